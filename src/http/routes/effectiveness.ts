// Source effectiveness through the API (JSON for the page, the same table as CSV with
// format=csv), and the budget advice drawn from the same counts.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { CHANNELS } from "../../domain/catalogue.ts";
import { budgetAdvice } from "../../services/reports/budget-advice.ts";
import { effectivenessTable } from "../../services/reports/effectiveness-table.ts";
import { budgetAdviceTable } from "../../services/reports/loop-tables.ts";
import { BudgetAdviceQuerySchema, EffectivenessQuerySchema } from "../../services/reports/report-schemas.ts";
import { sourceEffectiveness } from "../../services/reports/source-effectiveness.ts";
import type { AppEnv } from "../env.ts";
import { errorResponses } from "../schemas.ts";
import { csv, Definition, jsonOrCsv, reportTags as tags, withCsv } from "./report-responses.ts";

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
    return jsonOrCsv(
      c,
      query.format,
      report,
      `source-effectiveness-${report.from}-${report.to}`,
      effectivenessTable,
    );
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
      200: withCsv(
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
  async (c) => {
    const query = c.req.valid("query");
    const report = await budgetAdvice(c.get("deps"), c.get("identity"), query);
    return jsonOrCsv(c, query.format, report, `budget-advice-${report.from}-${report.to}`, budgetAdviceTable);
  },
);
