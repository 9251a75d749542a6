import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { TEMPERATURES } from "../../domain/catalogue.ts";
import { OUTBOX_STATUSES } from "../../domain/email-guards.ts";
import { STAGES } from "../../domain/stages.ts";
import { createBroadcast, getBroadcast, listBroadcasts } from "../../services/email/broadcasts.ts";
import { BroadcastInputSchema } from "../../services/email/email-schemas.ts";
import { getOutboxMessage, listOutbox } from "../../services/email/outbox-messages.ts";
import type { AppEnv } from "../env.ts";
import {
  errorResponses,
  IdParam,
  json,
  jsonBody,
  notFoundResponse,
  PageQuery,
  pageOf,
  unknownReferenceResponse,
} from "../schemas.ts";

const tags = ["Email"];
export const outboxRoutes = new OpenAPIHono<AppEnv>();

const MessageSchema = z
  .object({
    id: z.uuid(),
    contactId: z.uuid(),
    contactName: z.string().nullable(),
    enrolmentId: z.uuid().nullable(),
    stepId: z.uuid().nullable(),
    broadcastId: z.uuid().nullable(),
    templateId: z.uuid().nullable(),
    kind: z
      .enum(["marketing", "sales", "transactional"])
      .openapi({ description: "sales: a one-to-one sequence's mail" }),
    from: z.string(),
    to: z.string(),
    subject: z.string(),
    messageId: z.string(),
    status: z.enum(OUTBOX_STATUSES),
    reason: z.string().nullable().openapi({
      description:
        "Why it was skipped (suppressed, in_sales, no_consent, unsafe_header), why it failed, or the last temporary error",
    }),
    attempts: z.number().int(),
    local: z.boolean().openapi({ description: "Delivered to the local outbox only (no SMTP configured)" }),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .openapi("OutboxMessage");

const MessageDetailSchema = MessageSchema.extend({
  textBody: z.string(),
  htmlBody: z
    .string()
    .openapi({ description: "The HTML part with tracking removed, for display in a sandbox" }),
  links: z.array(z.string()),
}).openapi("OutboxMessageDetail");

outboxRoutes.openapi(
  createRoute({
    method: "get",
    path: "/outbox",
    operationId: "listOutboxMessages",
    tags,
    summary: "Messages sent, waiting or skipped, newest first",
    request: {
      query: PageQuery.extend({
        status: z.enum(OUTBOX_STATUSES).optional(),
        contactId: z.uuid().optional(),
        broadcastId: z.uuid().optional(),
      }),
    },
    responses: { 200: json(pageOf(MessageSchema, "OutboxPage"), "A page of messages"), ...errorResponses },
  }),
  async (c) => c.json(await listOutbox(c.get("deps"), c.get("identity"), c.req.valid("query")), 200),
);

outboxRoutes.openapi(
  createRoute({
    method: "get",
    path: "/outbox/{id}",
    operationId: "getOutboxMessage",
    tags,
    summary: "One message with its text and HTML parts",
    request: { params: IdParam },
    responses: { 200: json(MessageDetailSchema, "The message"), ...errorResponses, ...notFoundResponse },
  }),
  async (c) => c.json(await getOutboxMessage(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);

const BroadcastSchema = z
  .object({
    id: z.uuid(),
    templateId: z.uuid(),
    templateName: z.string().nullable(),
    filter: z.object({ temperature: z.enum(TEMPERATURES).optional(), stage: z.enum(STAGES).optional() }),
    createdBy: z.uuid().nullable(),
    createdAt: z.string(),
    completedAt: z.string().nullable(),
    counts: z
      .object({ queued: z.number().int(), skipped: z.record(z.string(), z.number().int()) })
      .nullable()
      .openapi({ description: "Messages queued, and skipped by reason" }),
  })
  .openapi("Newsletter");

outboxRoutes.openapi(
  createRoute({
    method: "post",
    path: "/emails/broadcasts",
    operationId: "createBroadcast",
    tags,
    summary: "Send a newsletter: queue a marketing template to every matching contact (admin, marketing)",
    description:
      "Contacts sales owns (sales_ready, in_sales), suppressed addresses and contacts without marketing consent get a skipped message with the reason. One message per (newsletter, contact).",
    request: { body: jsonBody(BroadcastInputSchema.openapi("NewsletterInput")) },
    responses: {
      201: json(BroadcastSchema, "The newsletter and its counts"),
      ...errorResponses,
      ...unknownReferenceResponse,
    },
  }),
  async (c) => c.json(await createBroadcast(c.get("deps"), c.get("identity"), c.req.valid("json")), 201),
);

outboxRoutes.openapi(
  createRoute({
    method: "get",
    path: "/emails/broadcasts",
    operationId: "listBroadcasts",
    tags,
    summary: "Newsletters, newest first",
    request: { query: PageQuery },
    responses: { 200: json(pageOf(BroadcastSchema, "NewsletterPage"), "Newsletters"), ...errorResponses },
  }),
  async (c) => c.json(await listBroadcasts(c.get("deps"), c.get("identity"), c.req.valid("query")), 200),
);

outboxRoutes.openapi(
  createRoute({
    method: "get",
    path: "/emails/broadcasts/{id}",
    operationId: "getBroadcast",
    tags,
    summary: "One newsletter with its counts",
    request: { params: IdParam },
    responses: { 200: json(BroadcastSchema, "The newsletter"), ...errorResponses, ...notFoundResponse },
  }),
  async (c) => c.json(await getBroadcast(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);
