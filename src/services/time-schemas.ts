import { z } from "zod";

// ISO 8601 with a zone; years outside 1900–9999 are refused at the edge (PostgreSQL would
// refuse year 0 with a 500, and no touchpoint happened before 1900).
const inRange = (s: string) => {
  const year = Number(s.slice(0, 4));
  return year >= 1900 && year <= 9999;
};

export const InstantSchema = z.iso
  .datetime({ offset: true })
  .refine(inRange, "must be between the years 1900 and 9999")
  .transform((s) => new Date(s));

export const DaySchema = z.iso.date().refine(inRange, "must be between the years 1900 and 9999");
