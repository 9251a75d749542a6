import { z } from "zod";
import { CHANNELS } from "../../domain/catalogue.ts";
import { isPeriodStart } from "../../domain/quota.ts";
import { DaySchema } from "../time-schemas.ts";

const count = z.number().int("must be a whole number").min(0).max(1_000_000_000).nullable().optional();
const money = z
  .number()
  .int("must be an integer amount in minor units (e.g. cents)")
  .min(0)
  .max(Number.MAX_SAFE_INTEGER)
  .nullable()
  .optional();

const PlanFields = {
  leadsTarget: count,
  salesReadyTarget: count,
  pipelineTargetMinor: money,
  revenueTargetMinor: money,
  plannedSpendMinor: money,
};

export const PlanInputSchema = z
  .strictObject({
    period: z.enum(["month", "quarter"]),
    startsOn: DaySchema,
    channel: z.enum(CHANNELS).nullable().optional(),
    programId: z.uuid().nullable().optional(),
    currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD or EUR"),
    ...PlanFields,
  })
  .refine((p) => isPeriodStart(p.period, p.startsOn), {
    message: "must be the first day of a month (of a quarter for a quarterly plan)",
    path: ["startsOn"],
  })
  .refine((p) => !(p.channel && p.programId), {
    message: "a plan is for one channel or one program, not both",
    path: ["programId"],
  });
export type PlanInput = z.infer<typeof PlanInputSchema>;

// The scope and period stay; a plan elsewhere is another plan.
export const PlanUpdateSchema = z.strictObject({ ...PlanFields });
export type PlanUpdate = z.infer<typeof PlanUpdateSchema>;

export const PlanListQuerySchema = z.object({
  period: z.enum(["month", "quarter"]).optional(),
  startsOn: DaySchema.optional(),
  format: z.enum(["json", "csv"]).default("json"),
});
