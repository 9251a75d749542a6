// Source effectiveness through the API: JSON for the page, the same table as CSV with format=csv.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { CHANNELS } from "../../domain/catalogue.ts";
import { effectivenessTable } from "../../services/reports/effectiveness-table.ts";
import { EffectivenessQuerySchema } from "../../services/reports/report-schemas.ts";
import { toCsv } from "../../services/reports/report-table.ts";
import { sourceEffectiveness } from "../../services/reports/source-effectiveness.ts";
import type { AppEnv } from "../env.ts";
import { errorResponses } from "../schemas.ts";
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
    conversionInterval: Interval.nullable().openapi({ description: "95 % Wilson score interval" }),
    revenuePerLeadMinor: z.number().nullable(),
    revenuePerLeadInterval: Interval.nullable().openapi({
      description: "95 %: percentile bootstrap up to 5,000 leads, normal approximation above",
    }),
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
