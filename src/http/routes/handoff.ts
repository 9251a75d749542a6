import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { GRADES, RECYCLE_REASONS } from "../../domain/handoff.ts";
import {
  AcceptHandoffSchema,
  acceptHandoff,
  RecycleHandoffSchema,
  recycleHandoff,
} from "../../services/handoff/decide-handoff.ts";
import {
  getHandoffSettings,
  HandoffSettingsSchema,
  setHandoffSettings,
} from "../../services/handoff/handoff-settings.ts";
import { listHandoffs } from "../../services/handoff/list-handoffs.ts";
import {
  listMyNotifications,
  MarkReadSchema,
  markNotificationsRead,
} from "../../services/notifications/notifications.ts";
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

const tags = ["Hand-off"];
export const handoffRoutes = new OpenAPIHono<AppEnv>();

const HandoffSchema = z
  .object({
    id: z.uuid(),
    contactId: z.uuid(),
    contactName: z.string(),
    contactStage: z.string(),
    ownerId: z.uuid(),
    ownerName: z.string(),
    assignedBy: z.string().openapi({ description: '"round_robin", "manual" or "rule:<id>"' }),
    status: z.enum(["pending", "accepted", "recycled"]),
    handedAt: z.string(),
    slaDueAt: z.string(),
    overdue: z.boolean(),
    hotUntil: z.string().nullable(),
    cooledWhileWaiting: z
      .boolean()
      .openapi({ description: "Pending, and the lead has already cooled below hot (known from hotUntil)" }),
    taskId: z.uuid().nullable(),
    decidedAt: z.string().nullable(),
    recycleReason: z.string().nullable(),
    note: z.string().nullable(),
    companyName: z.string().nullable(),
    score: z.number().openapi({ description: "The lead's engagement E now" }),
    programId: z.uuid().nullable().openapi({ description: "The program that made the lead" }),
    programName: z.string().nullable(),
    whyHot: z
      .array(z.object({ kind: z.string(), occurredAt: z.string(), contribution: z.number() }))
      .openapi({
        description:
          "The touches that counted most towards its engagement when it was handed over (up to three, largest first)",
      }),
  })
  .openapi("Handoff");

const Decision = z.object({ id: z.uuid(), status: z.enum(["accepted", "recycled"]), contactId: z.uuid() });

const SettingsView = z
  .object({
    rule: z.object({ temperature: z.enum(["warm", "hot"]), minGrade: z.enum(GRADES).nullable() }),
    slaMinutes: z.number().int(),
    businessHours: z.object({
      timeZone: z.string(),
      days: z.array(z.number().int()),
      start: z.string(),
      end: z.string(),
    }),
    recycleCooldownDays: z.number().int(),
    assignmentRules: z.array(
      z.object({
        id: z.uuid(),
        field: HandoffSettingsSchema.shape.assignmentRules.element.shape.field,
        value: z.string(),
        userId: z.uuid(),
      }),
    ),
  })
  .openapi("HandoffSettings");

handoffRoutes.openapi(
  createRoute({
    method: "get",
    path: "/handoffs",
    tags,
    summary: "The hand-off inbox (a sales user sees the leads handed to them)",
    request: {
      query: z.object({
        status: z.enum(["pending", "accepted", "recycled"]).optional(),
        ownerId: z.uuid().optional(),
        contactId: z.uuid().optional(),
      }),
    },
    responses: { 200: json(z.object({ data: z.array(HandoffSchema) }), "Hand-offs"), ...errorResponses },
  }),
  async (c) => c.json(await listHandoffs(c.get("deps"), c.get("identity"), c.req.valid("query")), 200),
);

handoffRoutes.openapi(
  createRoute({
    method: "post",
    path: "/handoffs/{id}/accept",
    operationId: "acceptHandoff",
    tags,
    summary: "Accept a lead handed to you: it becomes in_sales",
    request: { params: IdParam, body: jsonBody(AcceptHandoffSchema) },
    responses: {
      200: json(Decision, "Accepted"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) =>
    c.json(
      await acceptHandoff(c.get("deps"), c.get("identity"), {
        id: c.req.valid("param").id,
        note: c.req.valid("json").note,
      }),
      200,
    ),
);

handoffRoutes.openapi(
  createRoute({
    method: "post",
    path: "/handoffs/{id}/recycle",
    operationId: "recycleHandoff",
    tags,
    summary: "Hand a lead back to marketing with a reason",
    description: `Reasons: ${RECYCLE_REASONS.join(", ")}. The lead becomes \`recycled\` and is not handed over again before the cool-down ends.`,
    request: { params: IdParam, body: jsonBody(RecycleHandoffSchema) },
    responses: {
      200: json(Decision.extend({ cooldownUntil: z.string() }), "Recycled"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) =>
    c.json(
      await recycleHandoff(c.get("deps"), c.get("identity"), {
        id: c.req.valid("param").id,
        ...c.req.valid("json"),
      }),
      200,
    ),
);

handoffRoutes.openapi(
  createRoute({
    method: "get",
    path: "/handoff-settings",
    operationId: "getHandoffSettings",
    tags,
    summary: "When a lead is sales-ready, the SLA, business hours, cool-down and assignment rules",
    responses: { 200: json(SettingsView, "Settings"), ...errorResponses },
  }),
  async (c) => c.json(await getHandoffSettings(c.get("deps"), c.get("identity")), 200),
);

handoffRoutes.openapi(
  createRoute({
    method: "put",
    path: "/handoff-settings",
    operationId: "updateHandoffSettings",
    tags,
    summary: "Set the hand-off rule, SLA, business hours, cool-down and assignment rules (admin, marketing)",
    request: { body: jsonBody(HandoffSettingsSchema) },
    responses: { 200: json(SettingsView, "Settings"), ...errorResponses, ...unknownReferenceResponse },
  }),
  async (c) => c.json(await setHandoffSettings(c.get("deps"), c.get("identity"), c.req.valid("json")), 200),
);

const NotificationsSchema = z
  .object({
    unread: z.number().int(),
    data: z.array(
      z.object({
        id: z.uuid(),
        kind: z.string(),
        title: z.string(),
        body: z.string().nullable(),
        link: z.string().nullable(),
        createdAt: z.string(),
        readAt: z.string().nullable(),
      }),
    ),
  })
  .openapi("Notifications");

handoffRoutes.openapi(
  createRoute({
    method: "get",
    path: "/me/notifications",
    operationId: "listMyNotifications",
    tags: ["Me"],
    summary: "Your latest notifications",
    responses: { 200: json(NotificationsSchema, "Notifications"), ...errorResponses },
  }),
  async (c) => c.json(await listMyNotifications(c.get("deps"), c.get("identity")), 200),
);

handoffRoutes.openapi(
  createRoute({
    method: "post",
    path: "/me/notifications/read",
    operationId: "markNotificationsRead",
    tags: ["Me"],
    summary: "Mark notifications read (all of yours without ids)",
    request: { body: jsonBody(MarkReadSchema) },
    responses: { 200: json(NotificationsSchema, "Notifications"), ...errorResponses },
  }),
  async (c) =>
    c.json(await markNotificationsRead(c.get("deps"), c.get("identity"), c.req.valid("json")), 200),
);
