import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { createDeal } from "../../services/deals/create-deal.ts";
import { CreateDealSchema, MoveDealSchema, UpdateDealSchema } from "../../services/deals/deal-schemas.ts";
import { listDeals, pipelineBoard } from "../../services/deals/list-deals.ts";
import { moveDeal } from "../../services/deals/move-deal.ts";
import { listPipelines } from "../../services/deals/pipelines.ts";
import { deleteDeal, getDeal, updateDeal } from "../../services/deals/update-deal.ts";
import type { AppEnv } from "../env.ts";
import {
  conflictResponse,
  errorResponses,
  IdParam,
  json,
  jsonBody,
  notFoundResponse,
  PageQuery,
  pageOf,
  unknownReferenceResponse,
} from "../schemas.ts";
import { DealDetailSchema, DealSchema } from "./deal-schemas-openapi.ts";

const tags = ["Deals"];
export const dealRoutes = new OpenAPIHono<AppEnv>();

const StageSchema = z.object({
  key: z.string(),
  name: z.string(),
  outcome: z.enum(["open", "won", "lost"]),
  probability: z.number(),
});

const DealQuery = PageQuery.extend({
  pipelineId: z.uuid().optional(),
  stage: z.string().max(50).optional(),
  ownerId: z.uuid().optional(),
  contactId: z.uuid().optional(),
  companyId: z.uuid().optional(),
  status: z.enum(["open", "closed"]).optional().openapi({ description: "open (not won or lost) or closed" }),
});

dealRoutes.openapi(
  createRoute({
    method: "get",
    path: "/pipelines",
    tags,
    summary: "Pipelines with their stages, and the workspace's loss reasons",
    responses: {
      200: json(
        z.object({
          data: z.array(
            z.object({
              id: z.uuid(),
              name: z.string(),
              isDefault: z.boolean(),
              stages: z.array(StageSchema),
            }),
          ),
          lossReasons: z.array(z.object({ id: z.uuid(), label: z.string() })),
        }),
        "Pipelines",
      ),
      ...errorResponses,
    },
  }),
  async (c) => c.json(await listPipelines(c.get("deps"), c.get("identity")), 200),
);

dealRoutes.openapi(
  createRoute({
    method: "get",
    path: "/pipelines/board",
    operationId: "getPipelineBoard",
    tags,
    summary:
      "The pipeline board: each stage with its deal count, totals per currency and the weighted forecast",
    request: { query: z.object({ pipelineId: z.uuid().optional(), ownerId: z.uuid().optional() }) },
    responses: {
      200: json(
        z.object({
          pipeline: z.object({ id: z.uuid(), name: z.string() }),
          stages: z.array(
            StageSchema.extend({
              count: z.number().int(),
              totals: z.array(z.object({ currency: z.string(), amountMinor: z.number().int() })),
            }),
          ),
          weightedForecast: z.array(z.object({ currency: z.string(), amountMinor: z.number().int() })),
        }),
        "Board",
      ),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) => c.json(await pipelineBoard(c.get("deps"), c.get("identity"), c.req.valid("query")), 200),
);

dealRoutes.openapi(
  createRoute({
    method: "get",
    path: "/deals",
    tags,
    summary: "List deals",
    request: { query: DealQuery },
    responses: { 200: json(pageOf(DealSchema, "DealPage"), "A page of deals"), ...errorResponses },
  }),
  async (c) => c.json(await listDeals(c.get("deps"), c.get("identity"), c.req.valid("query")), 200),
);

dealRoutes.openapi(
  createRoute({
    method: "post",
    path: "/deals",
    tags,
    summary: "Open a deal for a contact",
    description:
      "Amounts are integer minor units. The deal starts in the pipeline's first open stage unless `stage` names another open one. Admin and sales.",
    request: { body: jsonBody(CreateDealSchema.openapi("DealInput")) },
    responses: { 201: json(DealSchema, "The deal"), ...errorResponses, ...unknownReferenceResponse },
  }),
  async (c) => c.json(await createDeal(c.get("deps"), c.get("identity"), c.req.valid("json")), 201),
);

dealRoutes.openapi(
  createRoute({
    method: "get",
    path: "/deals/{id}",
    tags,
    summary: "Read a deal with its line items, price-policy status and approvals",
    request: { params: IdParam },
    responses: { 200: json(DealDetailSchema, "The deal"), ...errorResponses, ...notFoundResponse },
  }),
  async (c) => c.json(await getDeal(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);

dealRoutes.openapi(
  createRoute({
    method: "patch",
    path: "/deals/{id}",
    tags,
    summary: "Change a deal's name, owner, amount or expected close date",
    description: "A deal with line items takes its amount and currency from them: changing either is a 409.",
    request: { params: IdParam, body: jsonBody(UpdateDealSchema.openapi("DealUpdate")) },
    responses: {
      200: json(DealDetailSchema, "The deal"),
      ...conflictResponse,
      ...errorResponses,
      ...notFoundResponse,
      ...unknownReferenceResponse,
    },
  }),
  async (c) =>
    c.json(
      await updateDeal(c.get("deps"), c.get("identity"), {
        id: c.req.valid("param").id,
        changes: c.req.valid("json"),
      }),
      200,
    ),
);

dealRoutes.openapi(
  createRoute({
    method: "post",
    path: "/deals/{id}/move",
    operationId: "moveDeal",
    tags,
    summary: "Move a deal to another stage of its pipeline",
    description:
      "A stage of another pipeline is a 400. Losing needs `lossReasonId` (400 without). Winning makes the contact a customer; a deal outside the discount policy is won only once an approval covers its exact line items (409 otherwise). A won or lost deal moves back only with `reopen: true` (409 otherwise).",
    request: { params: IdParam, body: jsonBody(MoveDealSchema.openapi("DealMove")) },
    responses: {
      200: json(DealSchema, "The deal"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
      ...unknownReferenceResponse,
    },
  }),
  async (c) =>
    c.json(
      await moveDeal(c.get("deps"), c.get("identity"), {
        id: c.req.valid("param").id,
        move: c.req.valid("json"),
      }),
      200,
    ),
);

dealRoutes.openapi(
  createRoute({
    method: "delete",
    path: "/deals/{id}",
    tags,
    summary: "Delete a deal (admins)",
    request: { params: IdParam },
    responses: { 204: { description: "Deleted" }, ...errorResponses, ...notFoundResponse },
  }),
  async (c) => {
    await deleteDeal(c.get("deps"), c.get("identity"), c.req.valid("param").id);
    return c.body(null, 204);
  },
);
