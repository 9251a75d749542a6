// Sales's reports under /api/v1/reports/…: sales conversion and touches to close. JSON by
// default, the same table as CSV with format=csv.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { CHANNELS } from "../../domain/catalogue.ts";
import { SalesQuerySchema, TouchesQuerySchema } from "../../services/reports/report-schemas.ts";
import { salesTable, toCsv, touchesTable } from "../../services/reports/report-table.ts";
import { salesConversion } from "../../services/reports/sales-conversion.ts";
import { touchesToClose } from "../../services/reports/touches-to-close.ts";
import type { AppEnv } from "../env.ts";
import { errorResponses } from "../schemas.ts";
import { csv, Definition, sendCsv, reportTags as tags } from "./report-responses.ts";

export const salesReportRoutes = new OpenAPIHono<AppEnv>();

const SalesRow = z
  .object({
    userId: z.uuid().nullable(),
    name: z.string().nullable(),
    handoffsReceived: z.number().int(),
    handoffsAccepted: z.number().int(),
    acceptanceRate: z.number().nullable(),
    medianFirstTouchSeconds: z.number().nullable(),
    dealsOpened: z.number().int(),
    won: z.number().int(),
    lost: z.number().int(),
    winRate: z.number().nullable(),
    medianCycleSeconds: z.number().nullable(),
    wonInCurrency: z.number().int(),
    wonMinor: z.number().int(),
    averageDealMinor: z.number().int().nullable(),
    quotaTargetMinor: z.number().int(),
    quotaWonMinor: z.number().int(),
    quotaAttainment: z.number().nullable(),
    activities: z.number().int(),
    activitiesPerWon: z.number().nullable(),
  })
  .openapi("SalesConversionRow");

salesReportRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reports/sales-conversion",
    operationId: "getSalesConversion",
    tags,
    summary:
      "Sales conversion per rep and team: hand-offs, speed to first touch, win rate, cycle, quota, activities",
    description:
      "For a period of inclusive UTC days (the last 90 by default); `definitions` says how each figure is made. Money in one currency (by default the one most deals use).",
    request: { query: SalesQuerySchema.openapi("SalesConversionQuery") },
    responses: {
      200: {
        description: "Sales conversion",
        content: {
          "application/json": {
            schema: z
              .object({
                report: z.literal("sales-conversion"),
                title: z.string(),
                from: z.string(),
                to: z.string(),
                currency: z.string(),
                definitions: z.array(Definition),
                rows: z.array(SalesRow),
                team: SalesRow,
              })
              .openapi("SalesConversion"),
          },
          ...csv,
        },
      },
      ...errorResponses,
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const report = await salesConversion(c.get("deps"), c.get("identity"), query);
    if (query.format === "csv")
      return sendCsv(c, `sales-conversion-${report.from}-${report.to}`, toCsv(salesTable(report))) as never;
    return c.json(report, 200);
  },
);

const Distribution = {
  customers: z.number().int(),
  median: z.number().nullable(),
  p25: z.number().nullable(),
  p75: z.number().nullable(),
  medianMarketing: z.number().nullable(),
  medianSales: z.number().nullable(),
  withinRuleOfThumb: z
    .number()
    .nullable()
    .openapi({ description: "share of customers won within ruleOfThumb touches" }),
};

salesReportRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reports/touches-to-close",
    operationId: "getTouchesToClose",
    tags,
    summary: "Touches to close: touches before the win per customer, by side and by channel of first touch",
    description:
      "Customers won in the period (inclusive UTC days, the last 90 by default): the distribution of their touches before the win, a histogram, and the share within the rule of thumb (8). The CSV holds the per-channel table.",
    request: { query: TouchesQuerySchema.openapi("TouchesToCloseQuery") },
    responses: {
      200: {
        description: "Touches to close",
        content: {
          "application/json": {
            schema: z
              .object({
                report: z.literal("touches-to-close"),
                title: z.string(),
                from: z.string(),
                to: z.string(),
                ruleOfThumb: z.number().int(),
                definitions: z.array(Definition),
                overall: z.object(Distribution),
                histogram: z.array(
                  z.object({ touches: z.number().int(), orMore: z.boolean(), customers: z.number().int() }),
                ),
                byFirstChannel: z.array(z.object({ channel: z.enum(CHANNELS).nullable(), ...Distribution })),
              })
              .openapi("TouchesToClose"),
          },
          ...csv,
        },
      },
      ...errorResponses,
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const report = await touchesToClose(c.get("deps"), c.get("identity"), query);
    if (query.format === "csv")
      return sendCsv(c, `touches-to-close-${report.from}-${report.to}`, toCsv(touchesTable(report))) as never;
    return c.json(report, 200);
  },
);
