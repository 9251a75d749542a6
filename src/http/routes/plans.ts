// Marketing plans through the API: each plan comes back with its lines — target, actual, gap and
// the projection to the period's end — and the definitions of each actual.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { CHANNELS } from "../../domain/catalogue.ts";
import { PLAN_FIGURES } from "../../domain/plans.ts";
import { PlanInputSchema, PlanListQuerySchema, PlanUpdateSchema } from "../../services/plans/plan-schemas.ts";
import {
  createPlan,
  deletePlan,
  getPlan,
  listPlans,
  planProgramNames,
  updatePlan,
} from "../../services/plans/plans.ts";
import { plansTable } from "../../services/reports/loop-tables.ts";
import { toCsv } from "../../services/reports/report-table.ts";
import type { AppEnv } from "../env.ts";
import {
  conflictResponse,
  errorResponses,
  IdParam,
  json,
  jsonBody,
  notFoundResponse,
  unknownReferenceResponse,
} from "../schemas.ts";
import { Definition, sendCsv, withCsv } from "./report-responses.ts";

export const planRoutes = new OpenAPIHono<AppEnv>();
const tags = ["Plans"];

const PlanView = z
  .object({
    id: z.uuid(),
    period: z.enum(["month", "quarter"]),
    startsOn: z.string(),
    channel: z.enum(CHANNELS).nullable(),
    programId: z.uuid().nullable(),
    currency: z.string(),
    lines: z.array(
      z.object({
        figure: z.enum(PLAN_FIGURES),
        target: z.number().nullable(),
        actual: z.number(),
        gap: z.number().nullable(),
        projected: z.number().nullable(),
        projectedGap: z.number().nullable(),
      }),
    ),
    definitions: z.array(Definition),
    updatedAt: z.string(),
  })
  .openapi("MarketingPlan");

planRoutes.openapi(
  createRoute({
    method: "get",
    path: "/plans",
    operationId: "listPlans",
    tags,
    summary: "Marketing plans, each against its actual",
    request: { query: PlanListQuerySchema },
    responses: {
      200: withCsv(
        z.object({ data: z.array(PlanView) }),
        "The plans (or one line per plan and figure as CSV)",
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    const query = c.req.valid("query");
    const plans = await listPlans(c.get("deps"), c.get("identity"), query);
    if (query.format === "csv")
      return sendCsv(
        c,
        `plans${query.startsOn ? `-${query.startsOn}` : ""}`,
        toCsv(
          plansTable({
            ...plans,
            programNames: Object.fromEntries(await planProgramNames(c.get("deps"), c.get("identity"))),
          }),
        ),
      ) as never;
    return c.json(plans, 200);
  },
);

planRoutes.openapi(
  createRoute({
    method: "post",
    path: "/plans",
    operationId: "createPlan",
    tags,
    summary: "Set a plan for a month or quarter: the whole workspace, one channel or one program",
    request: { body: jsonBody(PlanInputSchema.openapi("MarketingPlanInput")) },
    responses: {
      201: json(PlanView, "Created"),
      ...errorResponses,
      ...conflictResponse,
      ...unknownReferenceResponse,
    },
  }),
  async (c) => c.json(await createPlan(c.get("deps"), c.get("identity"), c.req.valid("json")), 201),
);

planRoutes.openapi(
  createRoute({
    method: "get",
    path: "/plans/{id}",
    operationId: "getPlan",
    tags,
    summary: "One plan against its actual",
    request: { params: IdParam },
    responses: { 200: json(PlanView, "The plan"), ...errorResponses, ...notFoundResponse },
  }),
  async (c) => c.json(await getPlan(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);

planRoutes.openapi(
  createRoute({
    method: "patch",
    path: "/plans/{id}",
    operationId: "updatePlan",
    tags,
    summary: "Change a plan's targets (null clears one)",
    request: { params: IdParam, body: jsonBody(PlanUpdateSchema.openapi("MarketingPlanUpdate")) },
    responses: { 200: json(PlanView, "Changed"), ...errorResponses, ...notFoundResponse },
  }),
  async (c) =>
    c.json(
      await updatePlan(c.get("deps"), c.get("identity"), c.req.valid("param").id, c.req.valid("json")),
      200,
    ),
);

planRoutes.openapi(
  createRoute({
    method: "delete",
    path: "/plans/{id}",
    operationId: "deletePlan",
    tags,
    summary: "Remove a plan",
    request: { params: IdParam },
    responses: { 204: { description: "Removed" }, ...errorResponses, ...notFoundResponse },
  }),
  async (c) => {
    await deletePlan(c.get("deps"), c.get("identity"), c.req.valid("param").id);
    return c.body(null, 204);
  },
);
