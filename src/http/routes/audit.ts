import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { AUDIT_ACTIONS, AUDIT_VIAS } from "../../domain/audit.ts";
import { AuditQuerySchema, listAuditEvents } from "../../services/audit/list-audit-events.ts";
import type { AppEnv } from "../env.ts";
import { errorResponses, Instant, json, pageOf } from "../schemas.ts";

const tags = ["Audit"];
export const auditRoutes = new OpenAPIHono<AppEnv>();

const AuditEventSchema = z
  .object({
    id: z.uuid(),
    at: z.string().openapi({ format: "date-time" }),
    actor: z.object({
      userId: z.uuid().nullable().openapi({ description: "Null for the CLI and for Baton itself" }),
      name: z.string().nullable(),
      via: z.enum(AUDIT_VIAS),
    }),
    action: z.enum(AUDIT_ACTIONS),
    targetType: z.string(),
    targetId: z.string().nullable(),
    summary: z.string(),
    details: z.record(z.string(), z.unknown()).openapi({
      description:
        "What changed (settings: before/after per key). Never secrets, never an erased contact's data",
    }),
  })
  .openapi("AuditEvent");

const Query = AuditQuerySchema.extend({
  from: Instant.optional().openapi({ description: "Events at or after this instant" }),
  to: Instant.optional().openapi({ description: "Events before this instant" }),
  cursor: z.string().max(500).optional().openapi({ description: "nextCursor of the previous page" }),
});

auditRoutes.openapi(
  createRoute({
    method: "get",
    path: "/audit-events",
    tags,
    summary: "The audit log, newest first (admins)",
    description:
      "Append-only record of user, role and API key changes, deletions and GDPR erasures, settings changes, suppression list changes and CSV exports. Filter by action, actor, target and time; page with nextCursor.",
    request: { query: Query },
    responses: {
      200: json(pageOf(AuditEventSchema, "AuditEventPage"), "A page of events"),
      ...errorResponses,
    },
  }),
  async (c) =>
    c.json((await listAuditEvents(c.get("deps"), c.get("identity"), c.req.valid("query"))) as never, 200),
);
