// The reports where sales' side flows back to marketing, through the API: what sales heard about
// each program's leads, the reverse funnel from the quotas, and the hand-offs (JSON, or the same
// table as CSV with format=csv where there is one).
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { CHANNELS } from "../../domain/catalogue.ts";
import { handoffReport } from "../../services/reports/handoff-report.ts";
import { handoffTable } from "../../services/reports/handoff-table.ts";
import { reverseFunnelTable } from "../../services/reports/loop-tables.ts";
import {
  HandoffReportQuerySchema,
  ReverseFunnelQuerySchema,
  SalesFeedbackQuerySchema,
} from "../../services/reports/report-schemas.ts";
import { reverseFunnelReport } from "../../services/reports/reverse-funnel.ts";
import { salesFeedback } from "../../services/reports/sales-feedback.ts";
import { salesFeedbackTable } from "../../services/reports/sales-feedback-table.ts";
import type { AppEnv } from "../env.ts";
import { errorResponses } from "../schemas.ts";
import { csv, Definition, jsonOrCsv, reportTags as tags, withCsv } from "./report-responses.ts";

export const feedbackReportRoutes = new OpenAPIHono<AppEnv>();
const Heard = z.object({ label: z.string(), count: z.number().int() });
const HeardBlock = {
  leads: z.number().int(),
  recycled: z.array(Heard),
  objections: z.array(Heard.extend({ overcome: z.number().int() })),
  lost: z.array(Heard),
};

feedbackReportRoutes.openapi(
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
    return jsonOrCsv(
      c,
      query.format,
      report,
      `sales-feedback-${report.from}-${report.to}`,
      salesFeedbackTable,
    );
  },
);

const Range = z.object({ low: z.number(), high: z.number() });
const Observed = z.object({
  leads: z.number().int(),
  salesReady: z.number().int(),
  opportunities: z.number().int(),
  won: z.number().int(),
  lost: z.number().int(),
  averageDealMinor: z.number().nullable(),
});
const Tiers = z.array(
  z.object({
    tier: z.enum(["won", "opportunities", "salesReady", "leads"]),
    needed: z.number().int().nullable(),
    range: Range.nullable(),
    rate: z.number().nullable(),
    rateInterval: Range.nullable(),
  }),
);
const Coverage = z.enum(["covered", "maybe", "short"]).nullable();

feedbackReportRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reports/reverse-funnel",
    operationId: "getReverseFunnel",
    tags,
    summary:
      "Reverse funnel: from the period's quotas back to the won deals, opportunities, sales-ready leads and leads needed",
    description:
      "At the rates of the last 12 whole months, each with its 95 % interval (the `range` of each tier), and whether the plan's lead target for the period covers the leads needed. `programs`: the same for each program that made leads in those months, at its own rates, against its plan's (else its channel's) lead target. Default: this quarter, the quotas' main currency.",
    request: { query: ReverseFunnelQuerySchema.openapi("ReverseFunnelQuery") },
    responses: {
      200: withCsv(
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
            observed: Observed,
            tiers: Tiers,
            plannedLeads: z.number().int().nullable(),
            coverage: Coverage,
            programs: z.array(
              z.object({
                programId: z.uuid(),
                name: z.string(),
                channel: z.enum(CHANNELS),
                observed: Observed,
                tiers: Tiers,
                plannedLeads: z.number().int().nullable(),
                plannedFrom: z.enum(["program", "channel"]).nullable(),
                coverage: Coverage,
              }),
            ),
            definitions: z.array(Definition),
          })
          .openapi("ReverseFunnel"),
        "The reverse funnel",
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const report = await reverseFunnelReport(c.get("deps"), c.get("identity"), query);
    return jsonOrCsv(
      c,
      query.format,
      report,
      `reverse-funnel-${report.period}-${report.startsOn}`,
      reverseFunnelTable,
    );
  },
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

feedbackReportRoutes.openapi(
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
    return jsonOrCsv(c, query.format, report, `handoffs-${report.from}-${report.to}`, handoffTable);
  },
);
