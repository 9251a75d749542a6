// Attribution through the API: the report (JSON or CSV), one deal's credits touch by touch, and
// the workspace's settings (changing them recomputes every won deal's credits).
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { ATTRIBUTION_MODELS } from "../../domain/attribution.ts";
import { CHANNELS } from "../../domain/catalogue.ts";
import { AttributionSettingsSchema } from "../../services/attribution/attribution-schemas.ts";
import {
  getAttributionSettings,
  updateAttributionSettings,
} from "../../services/attribution/attribution-settings.ts";
import { dealAttribution } from "../../services/attribution/deal-attribution.ts";
import { attributionReport } from "../../services/reports/attribution.ts";
import { attributionTable } from "../../services/reports/attribution-table.ts";
import { AttributionQuerySchema } from "../../services/reports/report-schemas.ts";
import { toCsv } from "../../services/reports/report-table.ts";
import type { AppEnv } from "../env.ts";
import { errorResponses, json, jsonBody, notFoundResponse } from "../schemas.ts";
import { csv, Definition, sendCsv, reportTags as tags } from "./report-responses.ts";

export const attributionRoutes = new OpenAPIHono<AppEnv>();

const Credits = z
  .object(
    Object.fromEntries(ATTRIBUTION_MODELS.map((m) => [m, z.number().int()])) as Record<
      (typeof ATTRIBUTION_MODELS)[number],
      z.ZodNumber
    >,
  )
  .openapi("AttributionCredits", { description: "Minor units of the deal's currency, per model" });
const Model = z.enum(ATTRIBUTION_MODELS);
const Roles = z.array(z.enum(["first", "lead", "opportunity", "closing"]));

const AttributionRow = z
  .object({
    programId: z.uuid().nullable(),
    programName: z.string().nullable(),
    channel: z.enum(CHANNELS).nullable(),
    deals: z.number().int(),
  })
  .extend(Credits.shape)
  .openapi("AttributionRow");

attributionRoutes.openapi(
  createRoute({
    method: "get",
    path: "/reports/attribution",
    operationId: "getAttribution",
    tags,
    summary: "Attribution: the revenue of deals won in the period, credited to programs under each model",
    description:
      "Per program (or channel), each model's credits of the deals won in the period (inclusive UTC days, the last 90 by default) in one currency. `unattributed` is what no touch earned (deals without touches, lead creation without a lead-creation touch); null with a channel filter. The `definitions` say how each model shares a deal.",
    request: { query: AttributionQuerySchema.openapi("AttributionQuery") },
    responses: {
      200: {
        description: "The report",
        content: {
          "application/json": {
            schema: z
              .object({
                report: z.literal("attribution"),
                title: z.string(),
                from: z.string(),
                to: z.string(),
                currency: z.string(),
                groupBy: z.enum(["program", "channel"]),
                models: z.array(Model),
                definitions: z.array(Definition),
                rows: z.array(AttributionRow),
                wonDeals: z.number().int(),
                revenueMinor: z.number().int(),
                credited: Credits,
                unattributed: Credits.nullable(),
              })
              .openapi("AttributionReport"),
          },
          ...csv,
        },
      },
      ...errorResponses,
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const report = await attributionReport(c.get("deps"), c.get("identity"), query);
    if (query.format === "csv")
      return sendCsv(c, `attribution-${report.from}-${report.to}`, toCsv(attributionTable(report))) as never;
    return c.json(report, 200);
  },
);

attributionRoutes.openapi(
  createRoute({
    method: "get",
    path: "/deals/{id}/attribution",
    operationId: "getDealAttribution",
    tags: ["Deals"],
    summary: "One won deal's credits, touch by touch, under every model",
    request: { params: z.object({ id: z.uuid() }) },
    responses: {
      200: json(
        z
          .object({
            dealId: z.uuid(),
            amountMinor: z.number().int(),
            currency: z.string(),
            won: z.boolean(),
            models: z.array(Model),
            definitions: z.array(Definition),
            touches: z.array(
              z.object({
                touchpointId: z.uuid(),
                kind: z.string(),
                side: z.string(),
                occurredAt: z.string(),
                contactId: z.uuid(),
                programId: z.uuid().nullable(),
                programName: z.string().nullable(),
                roles: Roles,
                credits: Credits,
              }),
            ),
            totals: Credits,
          })
          .openapi("DealAttribution"),
        "The deal's credits (none until it is won)",
      ),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) => c.json(await dealAttribution(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);

const SettingsView = z
  .object({ halfLifeDays: z.number(), buyingGroup: z.boolean() })
  .openapi("AttributionSettings");

attributionRoutes.openapi(
  createRoute({
    method: "get",
    path: "/settings/attribution",
    operationId: "getAttributionSettings",
    tags: ["Settings"],
    summary: "Attribution settings: time decay's half-life and whether a deal's buying group counts",
    responses: { 200: json(SettingsView, "The settings"), ...errorResponses },
  }),
  async (c) => c.json(await getAttributionSettings(c.get("deps"), c.get("identity")), 200),
);

attributionRoutes.openapi(
  createRoute({
    method: "put",
    path: "/settings/attribution",
    operationId: "updateAttributionSettings",
    tags: ["Settings"],
    summary: "Change the attribution settings and recompute every won deal's credits",
    description: "In one transaction; `recomputedDeals` counts them. Admin and marketing only.",
    request: { body: jsonBody(AttributionSettingsSchema.openapi("AttributionSettingsInput")) },
    responses: {
      200: json(SettingsView.extend({ recomputedDeals: z.number().int() }), "Saved and recomputed"),
      ...errorResponses,
    },
  }),
  async (c) =>
    c.json(await updateAttributionSettings(c.get("deps"), c.get("identity"), c.req.valid("json")), 200),
);
