import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { LeaderboardQuerySchema, SetQuotaSchema } from "../../services/quotas/quota-schemas.ts";
import { quotaLeaderboard, setQuota } from "../../services/quotas/quotas.ts";
import type { AppEnv } from "../env.ts";
import { errorResponses, json, jsonBody, unknownReferenceResponse } from "../schemas.ts";

const tags = ["Quotas"];
export const quotaRoutes = new OpenAPIHono<AppEnv>();

quotaRoutes.openapi(
  createRoute({
    method: "put",
    path: "/quotas",
    operationId: "setQuota",
    tags,
    summary: "Set a sales user's quota for a month or a quarter (admins)",
    description:
      "`startsOn` is the period's first day (a quarter starts on January, April, July or October 1). Setting it again replaces the target.",
    request: { body: jsonBody(SetQuotaSchema.openapi("QuotaInput")) },
    responses: {
      200: json(
        z.object({
          id: z.uuid(),
          userId: z.uuid(),
          period: z.enum(["month", "quarter"]),
          startsOn: z.string(),
          targetMinor: z.number().int(),
          currency: z.string(),
        }),
        "The quota",
      ),
      ...errorResponses,
      ...unknownReferenceResponse,
    },
  }),
  async (c) => c.json(await setQuota(c.get("deps"), c.get("identity"), c.req.valid("json")), 200),
);

quotaRoutes.openapi(
  createRoute({
    method: "get",
    path: "/quotas/leaderboard",
    operationId: "getQuotaLeaderboard",
    tags,
    summary: "Quota attainment of every rep for a period, best first",
    description:
      "Attainment counts the rep's deals won (closed in the pipeline's won stage) within the period, in the quota's currency.",
    request: { query: LeaderboardQuerySchema },
    responses: {
      200: json(
        z.object({
          data: z.array(
            z.object({
              userId: z.uuid(),
              name: z.string(),
              currency: z.string(),
              targetMinor: z.number().int(),
              wonMinor: z.number().int(),
              wonDeals: z.number().int(),
              ratio: z.number().nullable(),
            }),
          ),
        }),
        "The leaderboard",
      ),
      ...errorResponses,
    },
  }),
  async (c) => c.json(await quotaLeaderboard(c.get("deps"), c.get("identity"), c.req.valid("query")), 200),
);
