import { and, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import { z } from "zod";
import { AUDIT_ACTIONS, AUDIT_VIAS } from "../../domain/audit.ts";
import { auditEvents, users } from "../../store/schema/index.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { pageById } from "../pagination.ts";
import { InstantSchema } from "../time-schemas.ts";

export const AuditQuerySchema = z.object({
  action: z.enum(AUDIT_ACTIONS).optional(),
  actorUserId: z.uuid().optional(),
  via: z.enum(AUDIT_VIAS).optional(),
  targetType: z.string().max(40).optional(),
  targetId: z.string().max(200).optional(),
  /** Events at or after this instant. */
  from: InstantSchema.optional(),
  /** Events before this instant. */
  to: InstantSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});
export type AuditQuery = z.output<typeof AuditQuerySchema>;

export interface AuditEventView {
  id: string;
  at: string;
  actor: { userId: string | null; name: string | null; via: (typeof AUDIT_VIAS)[number] };
  action: (typeof AUDIT_ACTIONS)[number];
  targetType: string;
  targetId: string | null;
  summary: string;
  details: Record<string, unknown>;
}

/** The workspace's audit log, newest first (ids are UUIDv7, so id order is recording order). Admins only. */
export async function listAuditEvents(
  deps: Deps,
  actor: Actor,
  query: AuditQuery,
): Promise<{ data: AuditEventView[]; nextCursor: string | null }> {
  authorize(actor, ["admin"], "read the audit log");
  const where: (SQL | undefined)[] = [
    eq(auditEvents.workspaceId, actor.workspaceId),
    query.action ? eq(auditEvents.action, query.action) : undefined,
    query.actorUserId ? eq(auditEvents.actorUserId, query.actorUserId) : undefined,
    query.via ? eq(auditEvents.actorVia, query.via) : undefined,
    query.targetType ? eq(auditEvents.targetType, query.targetType) : undefined,
    query.targetId ? eq(auditEvents.targetId, query.targetId) : undefined,
    query.from ? gte(auditEvents.at, query.from) : undefined,
    query.to ? lt(auditEvents.at, query.to) : undefined,
  ];
  return pageById(query, async ({ limit, afterId }) => {
    const rows = await deps.db
      .select({ event: auditEvents, name: users.name })
      .from(auditEvents)
      .leftJoin(
        users,
        and(eq(users.workspaceId, auditEvents.workspaceId), eq(users.id, auditEvents.actorUserId)),
      )
      .where(and(...where, afterId ? lt(auditEvents.id, afterId) : undefined))
      .orderBy(desc(auditEvents.id))
      .limit(limit);
    return rows.map(({ event: e, name }) => ({
      id: e.id,
      at: e.at.toISOString(),
      actor: { userId: e.actorUserId, name, via: e.actorVia },
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      summary: e.summary,
      details: e.details,
    }));
  });
}
