// Marketing's reports under /api/v1/reports/…: the program scorecard, one program's series and the
// funnel. JSON by default, the same table as CSV with format=csv.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { CHANNELS } from "../../domain/catalogue.ts";
import { funnelReport } from "../../services/reports/funnel.ts";
import { programScorecard } from "../../services/reports/program-scorecard.ts";
import { programSeries } from "../../services/reports/program-series.ts";
import {
  FunnelQuerySchema,
  ScorecardQuerySchema,
  SeriesQuerySchema,
} from "../../services/reports/report-schemas.ts";
import { funnelTable, scorecardTable, seriesTable, toCsv } from "../../services/reports/report-table.ts";
import type { AppEnv } from "../env.ts";
import { errorResponses, notFoundResponse } from "../schemas.ts";
import { csv, Definition, sendCsv, reportTags as tags } from "./report-responses.ts";

export const reportRoutes = new OpenAPIHono<AppEnv>();

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
    costMinor: z.number().int().nullable().openapi({
      description:
        "Sum of the cost lines dated in the period; null when there is none (no cost entered, not 0)",
    }),
    costPerLeadMinor: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "costMinor ÷ leads; null with no leads or no cost entered" }),
    costPerCustomerMinor: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "costMinor ÷ won; null with none won or no cost entered" }),
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
