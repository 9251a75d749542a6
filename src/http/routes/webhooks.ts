import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { DELIVERY_STATUSES, WEBHOOK_EVENTS } from "../../domain/webhooks.ts";
import {
  getDelivery,
  listDeliveries,
  replayDelivery,
  sendTestDelivery,
} from "../../services/webhooks/deliveries.ts";
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  listWebhooks,
  rotateWebhookSecret,
  updateWebhook,
} from "../../services/webhooks/subscriptions.ts";
import {
  CreateWebhookSchema,
  DeliveryFilterSchema,
  UpdateWebhookSchema,
} from "../../services/webhooks/webhook-schemas.ts";
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
} from "../schemas.ts";

const tags = ["Webhooks"];
export const webhookRoutes = new OpenAPIHono<AppEnv>();
const ADMIN = "Admins only (others get 403). See docs/WEBHOOKS.md for payloads, signatures and retries.";

const WebhookSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENTS)),
    active: z.boolean(),
    pausedReason: z
      .string()
      .nullable()
      .openapi({ description: "Why Baton paused it (the receiver answered 410 Gone); null otherwise" }),
    description: z.string().nullable(),
    secretHint: z.string().openapi({ description: "The signing secret's last four characters" }),
    createdBy: z.uuid().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Webhook");

const WebhookWithSecret = WebhookSchema.extend({
  secret: z.string().openapi({
    description: "The signing secret (`whsec_…`). Returned only here: store it with the receiver.",
  }),
}).openapi("WebhookWithSecret");

const DeliverySchema = z
  .object({
    id: z.uuid().openapi({ description: "Sent as `Baton-Delivery`: the receiver's idempotency key" }),
    subscriptionId: z.uuid(),
    event: z.string().openapi({ description: "The event type, or `webhook.ping` for a test" }),
    eventId: z.uuid(),
    status: z.enum(DELIVERY_STATUSES).openapi({
      description:
        "pending (not attempted yet), failed (an attempt failed; tried again at nextAttemptAt), delivered, dead (no more attempts)",
    }),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    lastAttemptAt: z.string().nullable(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable().openapi({ example: "timed out after 10 s" }),
    deliveredAt: z.string().nullable(),
    createdAt: z.string(),
    payload: z.record(z.string(), z.unknown()).openapi({ description: "The JSON body sent" }),
  })
  .openapi("WebhookDelivery");

const CreateBody = CreateWebhookSchema.openapi("WebhookInput", {
  description:
    "`url`: http(s), no user name or password, not a private, loopback or link-local address (checked again at every delivery).",
});
const UpdateBody = UpdateWebhookSchema.openapi("WebhookUpdate");

webhookRoutes.openapi(
  createRoute({
    method: "get",
    path: "/webhooks",
    tags,
    summary: "The workspace's webhook subscriptions",
    description: ADMIN,
    responses: { 200: json(z.object({ data: z.array(WebhookSchema) }), "Subscriptions"), ...errorResponses },
  }),
  async (c) => c.json(await listWebhooks(c.get("deps"), c.get("identity")), 200),
);

webhookRoutes.openapi(
  createRoute({
    method: "post",
    path: "/webhooks",
    tags,
    summary: "Subscribe a URL to events",
    description: `${ADMIN} The answer holds the signing secret, shown this once.`,
    request: { body: jsonBody(CreateBody) },
    responses: { 201: json(WebhookWithSecret, "The subscription and its secret"), ...errorResponses },
  }),
  async (c) => c.json(await createWebhook(c.get("deps"), c.get("identity"), c.req.valid("json")), 201),
);

webhookRoutes.openapi(
  createRoute({
    method: "get",
    path: "/webhooks/{id}",
    tags,
    summary: "One webhook subscription",
    description: ADMIN,
    request: { params: IdParam },
    responses: { 200: json(WebhookSchema, "The subscription"), ...errorResponses, ...notFoundResponse },
  }),
  async (c) => c.json(await getWebhook(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);

webhookRoutes.openapi(
  createRoute({
    method: "patch",
    path: "/webhooks/{id}",
    tags,
    summary: "Change a subscription's URL, events, description or switch it on or off",
    description: ADMIN,
    request: { params: IdParam, body: jsonBody(UpdateBody) },
    responses: { 200: json(WebhookSchema, "The subscription"), ...errorResponses, ...notFoundResponse },
  }),
  async (c) =>
    c.json(
      await updateWebhook(c.get("deps"), c.get("identity"), c.req.valid("param").id, c.req.valid("json")),
      200,
    ),
);

webhookRoutes.openapi(
  createRoute({
    method: "delete",
    path: "/webhooks/{id}",
    tags,
    summary: "Delete a subscription and its deliveries",
    description: ADMIN,
    request: { params: IdParam },
    responses: { 204: { description: "Deleted" }, ...errorResponses, ...notFoundResponse },
  }),
  async (c) => {
    await deleteWebhook(c.get("deps"), c.get("identity"), c.req.valid("param").id);
    return c.body(null, 204);
  },
);

webhookRoutes.openapi(
  createRoute({
    method: "post",
    path: "/webhooks/{id}/rotate-secret",
    operationId: "rotateWebhookSecret",
    tags,
    summary: "Replace the signing secret",
    description: `${ADMIN} Deliveries attempted from now on are signed with the new secret, returned this once.`,
    request: { params: IdParam },
    responses: {
      200: json(WebhookWithSecret, "The subscription and its new secret"),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) =>
    c.json(await rotateWebhookSecret(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);

webhookRoutes.openapi(
  createRoute({
    method: "post",
    path: "/webhooks/{id}/test",
    operationId: "testWebhook",
    tags,
    summary: "Send a test delivery (`webhook.ping`)",
    description: `${ADMIN} Queued like any delivery and sent within seconds; follow it in the deliveries list.`,
    request: { params: IdParam },
    responses: {
      202: json(DeliverySchema, "The test delivery, queued"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) => c.json(await sendTestDelivery(c.get("deps"), c.get("identity"), c.req.valid("param").id), 202),
);

webhookRoutes.openapi(
  createRoute({
    method: "get",
    path: "/webhook-deliveries",
    tags,
    summary: "Webhook deliveries, newest first",
    description: `${ADMIN} Filter by \`status\` (e.g. \`dead\`: the dead letters) or \`subscriptionId\`.`,
    request: { query: PageQuery.extend(DeliveryFilterSchema.shape) },
    responses: {
      200: json(pageOf(DeliverySchema, "WebhookDeliveryPage"), "A page of deliveries"),
      ...errorResponses,
    },
  }),
  async (c) => c.json(await listDeliveries(c.get("deps"), c.get("identity"), c.req.valid("query")), 200),
);

webhookRoutes.openapi(
  createRoute({
    method: "get",
    path: "/webhook-deliveries/{id}",
    tags,
    summary: "One webhook delivery",
    description: ADMIN,
    request: { params: IdParam },
    responses: { 200: json(DeliverySchema, "The delivery"), ...errorResponses, ...notFoundResponse },
  }),
  async (c) => c.json(await getDelivery(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);

webhookRoutes.openapi(
  createRoute({
    method: "post",
    path: "/webhook-deliveries/{id}/replay",
    operationId: "replayWebhookDelivery",
    tags,
    summary: "Replay a failed or dead delivery",
    description: `${ADMIN} It starts its retry schedule again, due now, with the same \`Baton-Delivery\` id.`,
    request: { params: IdParam },
    responses: {
      202: json(DeliverySchema, "The delivery, queued again"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) => c.json(await replayDelivery(c.get("deps"), c.get("identity"), c.req.valid("param").id), 202),
);
