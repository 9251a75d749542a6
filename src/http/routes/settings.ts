import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { TOUCHPOINT_KIND_NAMES, TOUCHPOINT_KINDS } from "../../domain/touchpoint-kinds.ts";
import { ScoringSettingsSchema } from "../../services/scoring/scoring-schemas.ts";
import { getScoringSettings, updateScoringSettings } from "../../services/scoring/scoring-settings.ts";
import type { AppEnv } from "../env.ts";
import { errorResponses, json, jsonBody } from "../schemas.ts";

export const settingsRoutes = new OpenAPIHono<AppEnv>();

const SettingsView = z
  .object({
    halfLifeHours: z.number(),
    warmThreshold: z.number(),
    hotThreshold: z.number(),
    weights: z.record(z.string(), z.number()),
  })
  .openapi("ScoringSettings");

settingsRoutes.openapi(
  createRoute({
    method: "get",
    path: "/settings/scoring",
    operationId: "getScoringSettings",
    tags: ["Settings"],
    summary: "Temperature settings: weights per touchpoint kind, half-life and thresholds",
    responses: { 200: json(SettingsView, "The settings"), ...errorResponses },
  }),
  async (c) => c.json(await getScoringSettings(c.get("deps"), c.get("identity")), 200),
);

settingsRoutes.openapi(
  createRoute({
    method: "put",
    path: "/settings/scoring",
    operationId: "updateScoringSettings",
    tags: ["Settings"],
    summary: "Change the temperature settings and rescore every contact",
    description:
      "Kinds left out of `weights` keep their weight. Every contact is rescored in the same transaction; `rescored` counts them. Admin and marketing only.",
    request: { body: jsonBody(ScoringSettingsSchema.openapi("ScoringSettingsInput")) },
    responses: {
      200: json(z.object({ settings: SettingsView, rescored: z.number().int() }), "Saved and rescored"),
      ...errorResponses,
    },
  }),
  async (c) =>
    c.json(await updateScoringSettings(c.get("deps"), c.get("identity"), c.req.valid("json")), 200),
);

settingsRoutes.openapi(
  createRoute({
    method: "get",
    path: "/meta/touchpoint-kinds",
    operationId: "listTouchpointKinds",
    tags: ["Settings"],
    summary: "The touchpoint kinds, their default side and default weight",
    responses: {
      200: json(
        z.object({
          data: z.array(
            z.object({ kind: z.string(), label: z.string(), side: z.string(), defaultWeight: z.number() }),
          ),
        }),
        "Kinds",
      ),
    },
  }),
  (c) =>
    c.json(
      {
        data: TOUCHPOINT_KIND_NAMES.map((kind) => ({
          kind,
          label: TOUCHPOINT_KINDS[kind].label,
          side: TOUCHPOINT_KINDS[kind].side,
          defaultWeight: TOUCHPOINT_KINDS[kind].weight,
        })),
      },
      200,
    ),
);
