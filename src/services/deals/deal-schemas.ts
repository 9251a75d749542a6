import { z } from "zod";
import { DaySchema } from "../time-schemas.ts";

const amount = z
  .number()
  .int("must be an integer amount in minor units (e.g. cents)")
  .min(0, "must not be negative")
  // Sums over many deals stay exact (below 2^53) in the reports and on the board.
  .max(1_000_000_000_000_000, "must be at most 10^15 minor units");
const currency = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD or EUR");

export const CreateDealSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  contactId: z.uuid(),
  ownerId: z.uuid().optional(),
  pipelineId: z.uuid().optional(),
  stage: z.string().min(1).max(50).optional(),
  amountMinor: amount,
  currency,
  expectedCloseOn: DaySchema.nullable().optional(),
});

export const UpdateDealSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  ownerId: z.uuid().optional(),
  amountMinor: amount.optional(),
  currency: currency.optional(),
  expectedCloseOn: DaySchema.nullable().optional(),
});

export const MoveDealSchema = z.strictObject({
  stage: z.string().min(1).max(50),
  lossReasonId: z.uuid().nullable().optional(),
  lossNote: z.string().trim().max(2000).nullable().optional(),
  /** Moving a won or lost deal back to an open stage must be asked for explicitly. */
  reopen: z.boolean().optional(),
});

export type CreateDealInput = z.infer<typeof CreateDealSchema>;
export type UpdateDealInput = z.infer<typeof UpdateDealSchema>;
export type MoveDealInput = z.infer<typeof MoveDealSchema>;
