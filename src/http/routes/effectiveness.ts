// The feedback loop's reports through the API: source effectiveness (JSON for the page, the same
// table as CSV with format=csv), the budget advice drawn from the same counts, and what sales heard.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { CHANNELS } from "../../domain/catalogue.ts";
import { budgetAdvice } from "../../services/reports/budget-advice.ts";
import { effectivenessTable } from "../../services/reports/effectiveness-table.ts";
import { handoffReport } from "../../services/reports/handoff-report.ts";
import { handoffTable } from "../../services/reports/handoff-table.ts";
import {
  BudgetAdviceQuerySchema,
  EffectivenessQuerySchema,
  HandoffReportQuerySchema,
  SalesFeedbackQuerySchema,
} from "../../services/reports/report-schemas.ts";
import { toCsv } from "../../services/reports/report-table.ts";
import { reverseFunnelReport } from "../../services/reports/reverse-funnel.ts";
import { salesFeedback } from "../../services/reports/sales-feedback.ts";
import { salesFeedbackTable } from "../../services/reports/sales-feedback-table.ts";
import { sourceEffectiveness } from "../../services/reports/source-effectiveness.ts";
import { DaySchema } from "../../services/time-schemas.ts";
import type { AppEnv } from "../env.ts";
import { errorResponses, json } from "../schemas.ts";
import { csv, Definition, sendCsv, reportTags as tags } from "./report-responses.ts";

export const effectivenessRoutes = new OpenAPIHono<AppEnv>();

const Interval = z.object({ low: z.number(), high: z.number() }).openapi("Interval");

const EffectivenessRow = z
  .object({
    programId: z.uuid().nullable(),
    programName: z.string().nullable(),
    channel: z.enum(CHANNELS).nullable(),
    leads: z.number().int(),
    customers: z.number().int(),
    revenueMinor: z.number().int(),
    costMinor: z.number().int().nullable().openapi({ description: "null: no cost entered in the period" }),
    conversion: z.number().nullable().openapi({ description: "customers ÷ leads" }),
    // A shared component: its meaning per field is in the report's definitions (an .openapi()
    // description here would rewrite the component for every field that uses it).
    conversionInterval: Interval.nullable(),
    revenuePerLeadMinor: z.number().nullable(),
    revenuePerLeadInterval: Interval.nullable(),
    revenuePerCost: z.number().nullable(),
    revenuePerCostInterval: Interval.nullable(),
    medianDaysToClose: z.number().nullable(),
  })
  .openapi("EffectivenessRow");

effectivenessRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reports/source-effectiveness",
    operationId: "getSourceEffectiveness",
    tags,
    summary:
      "Source effectiveness: P(customer | lead), revenue per lead and per unit of cost, each with its 95 % interval",
    description:
      "Per program (or channel), for the leads made in the period (inclusive UTC days, the last 90 by default): what they have become since. The `definitions` say how each interval is made.",
    request: { query: EffectivenessQuerySchema.openapi("SourceEffectivenessQuery") },
    responses: {
      200: {
        description: "The report",
        content: {
          "application/json": {
            schema: z
              .object({
                report: z.literal("source-effectiveness"),
                title: z.string(),
                from: z.string(),
                to: z.string(),
                currency: z.string(),
                groupBy: z.enum(["program", "channel"]),
                definitions: z.array(Definition),
                rows: z.array(EffectivenessRow),
                totals: EffectivenessRow,
              })
              .openapi("SourceEffectiveness"),
          },
          ...csv,
        },
      },
      ...errorResponses,
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const report = await sourceEffectiveness(c.get("deps"), c.get("identity"), query);
    if (query.format === "csv")
      return sendCsv(
        c,
        `source-effectiveness-${report.from}-${report.to}`,
        toCsv(effectivenessTable(report)),
      ) as never;
    return c.json(report, 200);
  },
);

const Spread = z.object({ median: z.number(), low: z.number(), high: z.number() }).openapi("Spread");
const AdviceSource = z.object({
  key: z.string(),
  label: z.string(),
  leads: z.number().int(),
  customers: z.number().int(),
  costMinor: z.number().int().nullable(),
  customersPerThousand: Spread.openapi({
    description: "customers per 1,000 major units of spend; 90 % interval",
  }),
});

effectivenessRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reports/budget-advice",
    operationId: "getBudgetAdvice",
    tags,
    summary: "Budget advice: where moving spend would buy more customers, by how many, and how sure that is",
    description:
      "From each channel's (or program's) leads, customers and spend in the period — by default the last 12 whole months — whether to move spend from the weakest source to the strongest, the expected change in customers with its 90 % interval, or `not_enough_data` and about how many more leads would settle it. Sources under `minLeads` leads or without cost are listed in `excluded`, never judged. `reasoning` says how it was reached.",
    request: { query: BudgetAdviceQuerySchema.openapi("BudgetAdviceQuery") },
    responses: {
      200: json(
        z
          .object({
            report: z.literal("budget-advice"),
            title: z.string(),
            from: z.string(),
            to: z.string(),
            currency: z.string(),
            groupBy: z.enum(["program", "channel"]),
            minLeads: z.number().int(),
            judged: z.array(AdviceSource),
            excluded: z.array(z.object({ key: z.string(), label: z.string(), reason: z.string() })),
            advice: z.discriminatedUnion("kind", [
              z.object({
                kind: z.literal("move"),
                from: z.string(),
                to: z.string(),
                amountMinor: z.number().int(),
                effect: Spread,
              }),
              z.object({
                kind: z.literal("not_enough_data"),
                from: z.string(),
                to: z.string(),
                amountMinor: z.number().int(),
                effect: Spread,
                moreLeadsNeeded: z.number().int().nullable(),
              }),
              z.object({ kind: z.literal("none"), reason: z.string() }),
            ]),
            reasoning: z.array(z.string()),
          })
          .openapi("BudgetAdvice"),
        "The advice",
      ),
      ...errorResponses,
    },
  }),
  async (c) => c.json(await budgetAdvice(c.get("deps"), c.get("identity"), c.req.valid("query")), 200),
);

const Heard = z.object({ label: z.string(), count: z.number().int() });
const HeardBlock = {
  leads: z.number().int(),
  recycled: z.array(Heard),
  objections: z.array(Heard.extend({ overcome: z.number().int() })),
  lost: z.array(Heard),
};

effectivenessRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reports/sales-feedback",
    operationId: "getSalesFeedback",
    tags,
    summary: "What sales heard: recycle reasons, objections and loss reasons of each program's leads",
    description:
      "Per program, for the leads it made in the period (inclusive UTC days, the last 90 by default), what sales reported back: why hand-offs were recycled, the objections raised in their deals (and how many were overcome), and why deals were lost; loudest first.",
    request: { query: SalesFeedbackQuerySchema.openapi("SalesFeedbackQuery") },
    responses: {
      200: {
        description: "The report",
        content: {
          "application/json": {
            schema: z
              .object({
                report: z.literal("sales-feedback"),
                title: z.string(),
                from: z.string(),
                to: z.string(),
                definitions: z.array(Definition),
                rows: z.array(
                  z.object({
                    programId: z.uuid().nullable(),
                    programName: z.string().nullable(),
                    channel: z.enum(CHANNELS).nullable(),
                    ...HeardBlock,
                  }),
                ),
                total: z.object(HeardBlock),
              })
              .openapi("SalesFeedback"),
          },
          ...csv,
        },
      },
      ...errorResponses,
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const report = await salesFeedback(c.get("deps"), c.get("identity"), query);
    if (query.format === "csv")
      return sendCsv(
        c,
        `sales-feedback-${report.from}-${report.to}`,
        toCsv(salesFeedbackTable(report)),
      ) as never;
    return c.json(report, 200);
  },
);

const Range = z.object({ low: z.number(), high: z.number() });

effectivenessRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reports/reverse-funnel",
    operationId: "getReverseFunnel",
    tags,
    summary:
      "Reverse funnel: from the period's quotas back to the won deals, opportunities, sales-ready leads and leads needed",
    description:
      "At the rates of the last 12 whole months, each with its 95 % interval (the `range` of each tier), and whether the plan's lead target for the period covers the leads needed. Default: this quarter, the quotas' main currency.",
    request: {
      query: z.object({
        period: z.enum(["month", "quarter"]).optional(),
        startsOn: DaySchema.optional(),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD or EUR")
          .optional(),
      }),
    },
    responses: {
      200: json(
        z
          .object({
            report: z.literal("reverse-funnel"),
            title: z.string(),
            period: z.enum(["month", "quarter"]),
            startsOn: z.string(),
            currency: z.string(),
            quotaMinor: z.number().int(),
            reps: z.number().int(),
            lookback: z.object({ from: z.string(), to: z.string() }),
            observed: z.object({
              leads: z.number().int(),
              salesReady: z.number().int(),
              opportunities: z.number().int(),
              won: z.number().int(),
              lost: z.number().int(),
              averageDealMinor: z.number().nullable(),
            }),
            tiers: z.array(
              z.object({
                tier: z.enum(["won", "opportunities", "salesReady", "leads"]),
                needed: z.number().int().nullable(),
                range: Range.nullable(),
                rate: z.number().nullable(),
                rateInterval: Range.nullable(),
              }),
            ),
            plannedLeads: z.number().int().nullable(),
            coverage: z.enum(["covered", "maybe", "short"]).nullable(),
            definitions: z.array(Definition),
          })
          .openapi("ReverseFunnel"),
        "The reverse funnel",
      ),
      ...errorResponses,
    },
  }),
  async (c) => c.json(await reverseFunnelReport(c.get("deps"), c.get("identity"), c.req.valid("query")), 200),
);

const HandoffFigures = {
  handoffs: z.number().int(),
  pending: z.number().int(),
  accepted: z.number().int(),
  recycled: z.number().int(),
  withinSla: z.number().int(),
  slaDue: z.number().int(),
  cooled: z.number().int(),
  medianFirstTouchSeconds: z.number().nullable(),
  p75FirstTouchSeconds: z.number().nullable(),
  recycleReasons: z.array(z.object({ label: z.string(), count: z.number().int() })),
  slaRate: z.number().nullable(),
  acceptanceRate: z.number().nullable(),
  recycleRate: z.number().nullable(),
};

effectivenessRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reports/handoffs",
    operationId: "getHandoffReport",
    tags,
    summary:
      "Hand-offs: time to the owner's first touch against the SLA, acceptance, recycling and why, leads that cooled waiting",
    description:
      "Per owner (default) or per the program that made the lead, for hand-offs in the period (inclusive UTC days, the last 90 by default).",
    request: { query: HandoffReportQuerySchema.openapi("HandoffReportQuery") },
    responses: {
      200: {
        description: "The report",
        content: {
          "application/json": {
            schema: z
              .object({
                report: z.literal("handoffs"),
                title: z.string(),
                from: z.string(),
                to: z.string(),
                groupBy: z.enum(["owner", "program"]),
                definitions: z.array(Definition),
                rows: z.array(
                  z.object({ key: z.string().nullable(), name: z.string().nullable(), ...HandoffFigures }),
                ),
                total: z.object(HandoffFigures),
              })
              .openapi("HandoffReport"),
          },
          ...csv,
        },
      },
      ...errorResponses,
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const report = await handoffReport(c.get("deps"), c.get("identity"), query);
    if (query.format === "csv")
      return sendCsv(c, `handoffs-${report.from}-${report.to}`, toCsv(handoffTable(report))) as never;
    return c.json(report, 200);
  },
);
