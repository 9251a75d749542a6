import { z } from "zod";
import { DaySchema } from "../time-schemas.ts";

export const SetQuotaSchema = z.strictObject({
  userId: z.uuid(),
  period: z.enum(["month", "quarter"]),
  startsOn: DaySchema,
  targetMinor: z
    .number()
    .int("must be an integer amount in minor units (e.g. cents)")
    .min(0)
    .max(Number.MAX_SAFE_INTEGER),
  currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD or EUR"),
});

export const LeaderboardQuerySchema = z.object({
  period: z.enum(["month", "quarter"]),
  startsOn: DaySchema,
});

export type SetQuotaInput = z.infer<typeof SetQuotaSchema>;
