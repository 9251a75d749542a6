import { and, desc, eq, sql } from "drizzle-orm";
import { cooledWhileWaiting } from "../../domain/handoff.ts";
import { contactScores, contacts, handoffs, users } from "../../store/schema/index.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";

/**
 * The hand-off inbox: pending leads with their SLA deadline and whether they cooled while
 * waiting (known in advance from hot_until); a sales user sees their own, others see all.
 */
export async function listHandoffs(
  deps: Deps,
  actor: Actor,
  filter: { status?: "pending" | "accepted" | "recycled"; ownerId?: string; contactId?: string },
) {
  authorize(actor, STAFF, "read hand-offs");
  const now = deps.now();
  const ownerId = actor.role === "sales" ? actor.userId : filter.ownerId;
  const rows = await deps.db
    .select({
      handoff: handoffs,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
      email: contacts.email,
      stage: contacts.stage,
      hotUntil: contactScores.hotUntil,
      ownerName: users.name,
    })
    .from(handoffs)
    .innerJoin(
      contacts,
      and(eq(contacts.workspaceId, handoffs.workspaceId), eq(contacts.id, handoffs.contactId)),
    )
    .innerJoin(users, and(eq(users.workspaceId, handoffs.workspaceId), eq(users.id, handoffs.ownerId)))
    .leftJoin(
      contactScores,
      and(
        eq(contactScores.workspaceId, handoffs.workspaceId),
        eq(contactScores.contactId, handoffs.contactId),
      ),
    )
    .where(
      and(
        eq(handoffs.workspaceId, actor.workspaceId),
        filter.status ? eq(handoffs.status, filter.status) : undefined,
        ownerId ? eq(handoffs.ownerId, ownerId) : undefined,
        filter.contactId ? eq(handoffs.contactId, filter.contactId) : undefined,
      ),
    )
    .orderBy(filter.status === "pending" ? sql`${handoffs.slaDueAt} asc` : desc(handoffs.handedAt))
    .limit(200);
  return {
    data: rows.map((r) => {
      const h = r.handoff;
      const pending = h.status === "pending";
      return {
        id: h.id,
        contactId: h.contactId,
        contactName: [r.firstName, r.lastName].filter(Boolean).join(" ") || r.email,
        contactStage: r.stage,
        ownerId: h.ownerId,
        ownerName: r.ownerName,
        assignedBy: h.assignedBy,
        status: h.status,
        handedAt: h.handedAt.toISOString(),
        slaDueAt: h.slaDueAt.toISOString(),
        overdue: pending && h.slaDueAt.getTime() < now.getTime(),
        hotUntil: r.hotUntil?.toISOString() ?? null,
        cooledWhileWaiting: pending && cooledWhileWaiting(r.hotUntil?.getTime() ?? null, now.getTime()),
        taskId: h.taskId,
        decidedAt: h.decidedAt?.toISOString() ?? null,
        recycleReason: h.recycleReason,
        note: h.note,
      };
    }),
  };
}
