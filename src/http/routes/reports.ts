// Reports under /api/v1/reports/…: JSON by default, the same table as CSV with format=csv.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { CHANNELS } from "../../domain/catalogue.ts";
import { funnelReport } from "../../services/reports/funnel.ts";
import { programScorecard } from "../../services/reports/program-scorecard.ts";
import { programSeries } from "../../services/reports/program-series.ts";
import {
  FunnelQuerySchema,
  SalesQuerySchema,
  ScorecardQuerySchema,
  SeriesQuerySchema,
  TouchesQuerySchema,
} from "../../services/reports/report-schemas.ts";
import {
  funnelTable,
  salesTable,
  scorecardTable,
  seriesTable,
  toCsv,
  touchesTable,
} from "../../services/reports/report-table.ts";
import { salesConversion } from "../../services/reports/sales-conversion.ts";
import { touchesToClose } from "../../services/reports/touches-to-close.ts";
import type { AppEnv } from "../env.ts";
import { errorResponses, notFoundResponse } from "../schemas.ts";

const tags = ["Reports"];
export const reportRoutes = new OpenAPIHono<AppEnv>();

const Definition = z.object({ term: z.string(), meaning: z.string() }).openapi("ReportDefinition");
const csv = {
  "text/csv": { schema: z.string().openapi({ description: "The same table as CSV (RFC 4180)" }) },
};
const sendCsv = (c: Context, name: string, body: string) =>
  c.body(body, 200, {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${name}.csv"`,
  });

const ScorecardRow = z
  .object({
    programId: z.uuid().nullable(),
    programName: z.string().nullable(),
    channel: z.enum(CHANNELS).nullable(),
    reach: z.number().int(),
    leads: z.number().int(),
    salesReady: z.number().int(),
    accepted: z.number().int(),
    opportunities: z.number().int(),
    won: z.number().int(),
    revenueMinor: z.number().int(),
    costMinor: z.number().int(),
    costPerLeadMinor: z.number().int().nullable(),
    costPerCustomerMinor: z.number().int().nullable(),
    roi: z.number().nullable().openapi({ description: "(revenue − cost) ÷ cost, a fraction" }),
    successRate: z.number().nullable().openapi({ description: "won ÷ leads, a fraction" }),
  })
  .openapi("ScorecardRow");

reportRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reports/program-scorecard",
    operationId: "getProgramScorecard",
    tags,
    summary: "Program scorecard: reach, leads and what became of them, cost, cost per lead, ROI",
    description:
      "Per program (or channel) for a period of inclusive UTC days, the last 90 days by default. The response's `definitions` say exactly how each figure is made. A row with no program and no channel holds the leads no program made (only without filters).",
    request: { query: ScorecardQuerySchema.openapi("ProgramScorecardQuery") },
    responses: {
      200: {
        description: "The scorecard",
        content: {
          "application/json": {
            schema: z
              .object({
                report: z.literal("program-scorecard"),
                title: z.string(),
                from: z.string(),
                to: z.string(),
                currency: z.string(),
                groupBy: z.enum(["program", "channel"]),
                definitions: z.array(Definition),
                rows: z.array(ScorecardRow),
                totals: ScorecardRow,
              })
              .openapi("ProgramScorecard"),
          },
          ...csv,
        },
      },
      ...errorResponses,
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const report = await programScorecard(c.get("deps"), c.get("identity"), query);
    if (query.format === "csv")
      return sendCsv(
        c,
        `program-scorecard-${report.from}-${report.to}`,
        toCsv(scorecardTable(report)),
      ) as never;
    return c.json(report, 200);
  },
);

reportRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reports/program-series",
    operationId: "getProgramSeries",
    tags,
    summary: "One program over time: reach, leads and cost per week or month",
    description:
      "Weeks start on Monday; each bucket is clipped to the period (inclusive UTC days, the last 90 by default) and named by its first day in it. Reach counts distinct contacts within the bucket.",
    request: { query: SeriesQuerySchema.openapi("ProgramSeriesQuery") },
    responses: {
      200: {
        description: "The series",
        content: {
          "application/json": {
            schema: z
              .object({
                report: z.literal("program-series"),
                programId: z.uuid(),
                bucket: z.enum(["week", "month"]),
                currency: z.string(),
                from: z.string(),
                to: z.string(),
                rows: z.array(
                  z.object({
                    start: z.string(),
                    reach: z.number().int(),
                    leads: z.number().int(),
                    costMinor: z.number().int(),
                  }),
                ),
              })
              .openapi("ProgramSeries"),
          },
          ...csv,
        },
      },
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const series = await programSeries(c.get("deps"), c.get("identity"), query);
    if (query.format === "csv")
      return sendCsv(c, `program-series-${series.from}-${series.to}`, toCsv(seriesTable(series))) as never;
    return c.json(series, 200);
  },
);

const Conversions = {
  leadToSalesReady: z.number().nullable(),
  salesReadyToAccepted: z.number().nullable(),
  acceptedToWon: z.number().nullable(),
  leadToWon: z.number().nullable(),
};
const FunnelCounts = {
  leads: z.number().int(),
  salesReady: z.number().int(),
  accepted: z.number().int(),
  won: z.number().int(),
};

reportRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reports/funnel",
    operationId: "getFunnel",
    tags,
    summary: "Funnel: cohorts of leads by month, conversion per stage, time in stage, deal stages",
    description:
      "Leads made in the period (inclusive UTC days, the last 90 by default), grouped by the month they became leads; `definitions` says how each figure is made. Filters: the program or channel that made the lead, the contact's owner. The CSV holds the cohort table.",
    request: { query: FunnelQuerySchema.openapi("FunnelQuery") },
    responses: {
      200: {
        description: "The funnel",
        content: {
          "application/json": {
            schema: z
              .object({
                report: z.literal("funnel"),
                title: z.string(),
                from: z.string(),
                to: z.string(),
                definitions: z.array(Definition),
                cohorts: z.array(z.object({ month: z.string(), ...FunnelCounts, ...Conversions })),
                total: z.object({ ...FunnelCounts, ...Conversions }),
                timeInStage: z.array(
                  z.object({
                    stage: z.enum(["lead", "sales_ready", "in_sales"]),
                    contacts: z.number().int(),
                    medianSeconds: z.number().nullable(),
                    p75Seconds: z.number().nullable(),
                  }),
                ),
                dealStages: z
                  .object({
                    pipelineId: z.uuid(),
                    pipelineName: z.string(),
                    deals: z.number().int(),
                    stages: z.array(z.object({ key: z.string(), name: z.string(), deals: z.number().int() })),
                  })
                  .nullable(),
              })
              .openapi("Funnel"),
          },
          ...csv,
        },
      },
      ...errorResponses,
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const report = await funnelReport(c.get("deps"), c.get("identity"), query);
    if (query.format === "csv")
      return sendCsv(c, `funnel-${report.from}-${report.to}`, toCsv(funnelTable(report))) as never;
    return c.json(report, 200);
  },
);

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

reportRoutes.openapi(
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

reportRoutes.openapi(
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
