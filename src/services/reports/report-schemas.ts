import { z } from "zod";
import { CHANNELS } from "../../domain/catalogue.ts";
import { PRICE_DEVIATION_GROUPS } from "../../domain/price-deviation.ts";
import { DaySchema } from "../time-schemas.ts";

const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD or EUR");

/** At most this many days in one report: ten years, enough for any budget question. */
const MAX_DAYS = 3660;

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** A report's period: inclusive UTC days. Either both ends or neither (the service's default). */
export const PeriodShape = {
  from: DaySchema.optional(),
  to: DaySchema.optional(),
};

export const periodRefinements = <T extends z.ZodType<{ from?: string; to?: string }>>(schema: T) =>
  schema
    .refine((p) => (p.from === undefined) === (p.to === undefined), {
      message: "give both from and to, or neither (the last 90 days)",
      path: ["to"],
    })
    .refine((p) => !p.from || !p.to || p.from <= p.to, {
      message: "to must not be before from",
      path: ["to"],
    })
    .refine((p) => !p.from || !p.to || daysBetween(p.from, p.to) < MAX_DAYS, {
      message: "the period may span at most ten years",
      path: ["to"],
    });

export const FORMATS = ["json", "csv"] as const;

export const ScorecardQueryShape = {
  ...PeriodShape,
  groupBy: z.enum(["program", "channel"]).default("program"),
  channel: z.enum(CHANNELS).optional(),
  ownerId: z.uuid().optional(),
  programId: z.uuid().optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD or EUR")
    .optional(),
  format: z.enum(FORMATS).default("json"),
};
export const ScorecardQuerySchema = periodRefinements(z.object(ScorecardQueryShape));
export type ScorecardQuery = z.infer<typeof ScorecardQuerySchema>;

export const SeriesQueryShape = {
  ...PeriodShape,
  programId: z.uuid(),
  bucket: z.enum(["week", "month"]).default("week"),
  format: z.enum(FORMATS).default("json"),
};
export const SeriesQuerySchema = periodRefinements(z.object(SeriesQueryShape));
export type SeriesQuery = z.infer<typeof SeriesQuerySchema>;

export const FunnelQueryShape = {
  ...PeriodShape,
  programId: z.uuid().optional(),
  channel: z.enum(CHANNELS).optional(),
  ownerId: z.uuid().optional(),
  format: z.enum(FORMATS).default("json"),
};
export const FunnelQuerySchema = periodRefinements(z.object(FunnelQueryShape));
export type FunnelQuery = z.infer<typeof FunnelQuerySchema>;

export const SalesQueryShape = {
  ...PeriodShape,
  ownerId: z.uuid().optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD or EUR")
    .optional(),
  format: z.enum(FORMATS).default("json"),
};
export const SalesQuerySchema = periodRefinements(z.object(SalesQueryShape));
export type SalesQuery = z.infer<typeof SalesQuerySchema>;

export const TouchesQueryShape = {
  ...PeriodShape,
  ownerId: z.uuid().optional(),
  format: z.enum(FORMATS).default("json"),
};
export const TouchesQuerySchema = periodRefinements(z.object(TouchesQueryShape));
export type TouchesQuery = z.infer<typeof TouchesQuerySchema>;

export const AttributionQueryShape = {
  ...PeriodShape,
  groupBy: z.enum(["program", "channel"]).default("program"),
  channel: z.enum(CHANNELS).optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD or EUR")
    .optional(),
  format: z.enum(FORMATS).default("json"),
};
export const AttributionQuerySchema = periodRefinements(z.object(AttributionQueryShape));
export type AttributionQuery = z.infer<typeof AttributionQuerySchema>;

export const EffectivenessQueryShape = AttributionQueryShape;
export const EffectivenessQuerySchema = periodRefinements(z.object(EffectivenessQueryShape));
export type EffectivenessQuery = z.infer<typeof EffectivenessQuerySchema>;

export const BudgetAdviceQuerySchema = periodRefinements(
  z.object({
    ...AttributionQueryShape,
    // A move to weigh instead of the default (weakest to strongest): source keys (channel or program id).
    moveFrom: z.string().max(100).optional(),
    moveTo: z.string().max(100).optional(),
  }),
).refine((q) => (q.moveFrom === undefined) === (q.moveTo === undefined), {
  message: "give both moveFrom and moveTo, or neither",
  path: ["moveTo"],
});
export type BudgetAdviceQuery = z.infer<typeof BudgetAdviceQuerySchema>;

export const SalesFeedbackQuerySchema = periodRefinements(
  z.object({ ...PeriodShape, channel: z.enum(CHANNELS).optional(), format: z.enum(FORMATS).default("json") }),
);
export type SalesFeedbackQuery = z.infer<typeof SalesFeedbackQuerySchema>;

export const HandoffReportQuerySchema = periodRefinements(
  z.object({
    ...PeriodShape,
    groupBy: z.enum(["owner", "program"]).default("owner"),
    format: z.enum(FORMATS).default("json"),
  }),
);
export type HandoffReportQuery = z.infer<typeof HandoffReportQuerySchema>;

export const PriceDeviationQuerySchema = periodRefinements(
  z.object({
    ...PeriodShape,
    groupBy: z.enum(PRICE_DEVIATION_GROUPS).default("owner"),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD or EUR")
      .optional(),
    format: z.enum(FORMATS).default("json"),
  }),
);
export type PriceDeviationQuery = z.infer<typeof PriceDeviationQuerySchema>;

export const ReverseFunnelQuerySchema = z.object({
  period: z.enum(["month", "quarter"]).optional(),
  startsOn: DaySchema.optional(),
  currency: CurrencyCode.optional(),
  format: z.enum(FORMATS).default("json"),
});
export type ReverseFunnelQuery = z.infer<typeof ReverseFunnelQuerySchema>;
