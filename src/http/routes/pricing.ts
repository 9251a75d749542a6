import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { PRICE_CHANNELS } from "../../domain/pricing.ts";
import { decideApproval, listApprovals, requestApproval } from "../../services/pricing/approvals.ts";
import { getDiscountPolicy, setDiscountPolicy } from "../../services/pricing/discount-policy.ts";
import {
  createPriceBook,
  deletePriceBook,
  getPriceBook,
  listPriceBooks,
  updatePriceBook,
} from "../../services/pricing/price-books.ts";
import {
  ApprovalDecisionSchema,
  ApprovalRequestSchema,
  DiscountPolicySchema,
  LineItemsSchema,
  PriceBookFieldsSchema,
  UpdatePriceBookSchema,
} from "../../services/pricing/pricing-schemas.ts";
import { setLineItems } from "../../services/pricing/set-line-items.ts";
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
import { ApprovalSchema, DealDetailSchema, PolicyRules } from "./deal-schemas-openapi.ts";

const tags = ["Products and pricing"];
export const pricingRoutes = new OpenAPIHono<AppEnv>();

const PriceBookSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    channel: z.enum(PRICE_CHANNELS),
    currency: z.string(),
    partnerId: z.uuid().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("PriceBook");
// One book read, created or changed comes with its prices; the list leaves them out.
const PriceBookDetailSchema = PriceBookSchema.extend({
  entries: z.array(
    z.object({
      productId: z.uuid(),
      sku: z.string(),
      name: z.string(),
      active: z.boolean(),
      unitPriceMinor: z.number().int(),
    }),
  ),
}).openapi("PriceBookDetail");

const PolicySchema = z
  .object({
    ...PolicyRules,
    approvalAlertHours: z.number().int(),
    updatedAt: z.string().nullable(),
    updatedBy: z.uuid().nullable(),
  })
  .openapi("DiscountPolicy");

pricingRoutes.openapi(
  createRoute({
    method: "get",
    path: "/price-books",
    tags,
    summary: "Price books (a partner user sees its own and its channel's)",
    responses: { 200: json(z.object({ data: z.array(PriceBookSchema) }), "Price books"), ...errorResponses },
  }),
  async (c) => c.json(await listPriceBooks(c.get("deps"), c.get("identity")), 200),
);

pricingRoutes.openapi(
  createRoute({
    method: "post",
    path: "/price-books",
    tags,
    summary: "Create a price book for a channel (admin, marketing)",
    request: { body: jsonBody(PriceBookFieldsSchema.openapi("PriceBookInput")) },
    responses: {
      201: json(PriceBookDetailSchema, "The price book with its prices"),
      ...errorResponses,
      ...conflictResponse,
      ...unknownReferenceResponse,
    },
  }),
  async (c) => c.json(await createPriceBook(c.get("deps"), c.get("identity"), c.req.valid("json")), 201),
);

pricingRoutes.openapi(
  createRoute({
    method: "get",
    path: "/price-books/{id}",
    tags,
    summary: "Read a price book with its prices",
    request: { params: IdParam },
    responses: {
      200: json(PriceBookDetailSchema, "The price book with its prices"),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) => c.json(await getPriceBook(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);

pricingRoutes.openapi(
  createRoute({
    method: "patch",
    path: "/price-books/{id}",
    tags,
    summary: "Rename a price book or replace its prices (admin, marketing)",
    description: "Deals keep the list prices they were priced with.",
    request: { params: IdParam, body: jsonBody(UpdatePriceBookSchema.openapi("PriceBookUpdate")) },
    responses: {
      200: json(PriceBookDetailSchema, "The price book with its prices"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
      ...unknownReferenceResponse,
    },
  }),
  async (c) =>
    c.json(
      await updatePriceBook(c.get("deps"), c.get("identity"), c.req.valid("param").id, c.req.valid("json")),
      200,
    ),
);

pricingRoutes.openapi(
  createRoute({
    method: "delete",
    path: "/price-books/{id}",
    tags,
    summary: "Delete a price book no deal is priced from (admin, marketing)",
    request: { params: IdParam },
    responses: {
      204: { description: "Deleted" },
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) => {
    await deletePriceBook(c.get("deps"), c.get("identity"), c.req.valid("param").id);
    return c.body(null, 204);
  },
);

pricingRoutes.openapi(
  createRoute({
    method: "get",
    path: "/discount-policy",
    operationId: "getDiscountPolicy",
    tags,
    summary: "The discount policy: maximum discount by role and channel, give-aways allowed or not",
    responses: { 200: json(PolicySchema, "The policy"), ...errorResponses },
  }),
  async (c) => c.json(await getDiscountPolicy(c.get("deps"), c.get("identity")), 200),
);

pricingRoutes.openapi(
  createRoute({
    method: "put",
    path: "/discount-policy",
    operationId: "updateDiscountPolicy",
    tags,
    summary: "Set the discount policy (admin, marketing)",
    description:
      "Limits are basis points (100 = 1 %). The strictest of the seller's role limit and the channel limit applies; either falls back to `defaultMaxDiscountBp`.",
    request: { body: jsonBody(DiscountPolicySchema.openapi("DiscountPolicyInput")) },
    responses: { 200: json(PolicySchema, "The policy"), ...errorResponses },
  }),
  async (c) => c.json(await setDiscountPolicy(c.get("deps"), c.get("identity"), c.req.valid("json")), 200),
);

pricingRoutes.openapi(
  createRoute({
    method: "put",
    path: "/deals/{id}/line-items",
    tags,
    summary: "Replace a deal's line items, priced from a price book",
    description:
      "The book's currency must be the deal's (400 otherwise). Each product must be in the book (422). `unitPriceMinor` defaults to the book's price; `giveaway: true` charges nothing and shows the line's list value as given away. The deal's amount becomes the net total; a pending approval for other lines is superseded.",
    request: { params: IdParam, body: jsonBody(LineItemsSchema.openapi("DealLineItems")) },
    responses: {
      200: json(DealDetailSchema, "The deal"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
      ...unknownReferenceResponse,
    },
  }),
  async (c) =>
    c.json(
      await setLineItems(c.get("deps"), c.get("identity"), {
        dealId: c.req.valid("param").id,
        lines: c.req.valid("json"),
      }),
      200,
    ),
);

pricingRoutes.openapi(
  createRoute({
    method: "post",
    path: "/deals/{id}/approvals",
    operationId: "requestDealApproval",
    tags,
    summary: "Ask for the deal's deviations from the discount policy to be approved",
    description: "409 when the deal is within policy, already approved as priced, or already waiting.",
    request: { params: IdParam, body: jsonBody(ApprovalRequestSchema.openapi("ApprovalRequest")) },
    responses: {
      201: json(ApprovalSchema, "The request"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) =>
    c.json(
      await requestApproval(c.get("deps"), c.get("identity"), {
        dealId: c.req.valid("param").id,
        comment: c.req.valid("json").comment,
      }),
      201,
    ),
);

pricingRoutes.openapi(
  createRoute({
    method: "get",
    path: "/approvals",
    tags,
    summary: "Approval requests, newest first (a sales rep sees those on their own deals)",
    request: {
      query: z.object({
        status: z.enum(["pending", "approved", "rejected", "superseded"]).optional(),
        dealId: z.uuid().optional(),
      }),
    },
    responses: { 200: json(z.object({ data: z.array(ApprovalSchema) }), "Approvals"), ...errorResponses },
  }),
  async (c) => c.json(await listApprovals(c.get("deps"), c.get("identity"), c.req.valid("query")), 200),
);

pricingRoutes.openapi(
  createRoute({
    method: "post",
    path: "/approvals/{id}/decision",
    operationId: "decideApproval",
    tags,
    summary: "Approve or reject a waiting request (admin, marketing; never the person who asked)",
    request: { params: IdParam, body: jsonBody(ApprovalDecisionSchema.openapi("ApprovalDecision")) },
    responses: {
      200: json(ApprovalSchema, "The decided request"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) =>
    c.json(
      await decideApproval(c.get("deps"), c.get("identity"), {
        id: c.req.valid("param").id,
        decision: c.req.valid("json"),
      }),
      200,
    ),
);
