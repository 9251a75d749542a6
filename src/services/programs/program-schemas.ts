import { z } from "zod";
import { CHANNELS } from "../../domain/catalogue.ts";
import { DaySchema } from "../time-schemas.ts";

const minor = z
  .number()
  .int("must be an integer amount in minor units (e.g. cents)")
  .min(0)
  .max(Number.MAX_SAFE_INTEGER);

const ProgramShape = z.strictObject({
  name: z.string().trim().min(1).max(200),
  channel: z.enum(CHANNELS),
  description: z.string().max(5000).nullable().optional(),
  budgetMinor: minor.nullable().optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD or EUR"),
  startsOn: DaySchema.nullable().optional(),
  endsOn: DaySchema.nullable().optional(),
  callToAction: z.string().trim().max(500).nullable().optional(),
  utmCampaign: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, "letters, digits, '.', '_' and '-' only")
    .nullable()
    .optional(),
  ownerId: z.uuid().nullable().optional(),
});

const datesInOrder = (p: { startsOn?: string | null; endsOn?: string | null }) =>
  !p.startsOn || !p.endsOn || p.startsOn <= p.endsOn;
const datesMessage = { message: "endsOn must not be before startsOn", path: ["endsOn"] };

export const ProgramFieldsSchema = ProgramShape.refine(datesInOrder, datesMessage);
export const UpdateProgramSchema = ProgramShape.extend({
  /** Archive (true) or restore (false): an archived program leaves the lists, its figures stay. */
  archived: z.boolean().optional(),
})
  .partial()
  .refine(datesInOrder, datesMessage);
export type ProgramInput = z.infer<typeof ProgramFieldsSchema>;
export type UpdateProgramInput = z.infer<typeof UpdateProgramSchema>;

export const ProgramListQuerySchema = z.object({
  includeArchived: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true"),
  channel: z.enum(CHANNELS).optional(),
  ownerId: z.uuid().optional(),
});
export type ProgramListQuery = z.infer<typeof ProgramListQuerySchema>;

export const CostLineInputSchema = z.strictObject({
  incurredOn: DaySchema,
  amountMinor: minor.min(1, "must be at least 1 (a cost in minor units, e.g. cents)"),
  note: z.string().trim().max(500).nullable().optional(),
});
export type CostLineInput = z.infer<typeof CostLineInputSchema>;
