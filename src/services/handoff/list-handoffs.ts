import { and, asc, desc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import { explainScore } from "../../domain/explain.ts";
import { cooledWhileWaiting } from "../../domain/handoff.ts";
import { engagementAt } from "../../domain/temperature.ts";
import { loadScoringSettings } from "../../store/queries/scoring.ts";
import {
  companies,
  contactLifecycle,
  contactScores,
  contacts,
  handoffs,
  programs,
  touchpoints,
  users,
} from "../../store/schema/index.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";

/** The touches that count most towards a lead's heat at its hand-off, as the card shows them. */
const WHY_HOT = 3;
/** Touches older than this before the hand-off add less than 1/256 of their weight: left out. */
const WHY_HOT_HALF_LIVES = 8;

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
      e0: contactScores.e0,
      t0: contactScores.t0,
      ownerName: users.name,
      companyName: companies.name,
      programId: contactLifecycle.leadProgramId,
      programName: programs.name,
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
    .leftJoin(
      companies,
      and(eq(companies.workspaceId, contacts.workspaceId), eq(companies.id, contacts.companyId)),
    )
    .leftJoin(
      contactLifecycle,
      and(
        eq(contactLifecycle.workspaceId, handoffs.workspaceId),
        eq(contactLifecycle.contactId, handoffs.contactId),
      ),
    )
    .leftJoin(
      programs,
      and(
        eq(programs.workspaceId, contactLifecycle.workspaceId),
        eq(programs.id, contactLifecycle.leadProgramId),
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
    // The id (UUIDv7, time-ordered) breaks ties: two hand-offs at the same instant keep one order.
    .orderBy(
      filter.status === "pending" ? sql`${handoffs.slaDueAt} asc` : desc(handoffs.handedAt),
      filter.status === "pending" ? asc(handoffs.id) : desc(handoffs.id),
    )
    .limit(200);
  const settings = await loadScoringSettings(deps.db, actor.workspaceId);
  const why = await whyHot(
    deps,
    actor.workspaceId,
    rows.map((r) => r.handoff),
    settings,
  );
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
        companyName: r.companyName ?? null,
        score: engagementAt(
          { e0: r.e0 ?? 0, t0: r.t0?.getTime() ?? null },
          now.getTime(),
          settings.halfLifeMs,
        ),
        programId: r.programId ?? null,
        programName: r.programName ?? null,
        whyHot: why.get(h.id) ?? [],
      };
    }),
  };
}

/**
 * Why each lead was hot when it was handed over: its touches that counted most towards its
 * engagement at that instant (the score explanation's terms, largest first).
 */
async function whyHot(
  deps: Deps,
  workspaceId: string,
  list: { id: string; contactId: string; handedAt: Date }[],
  settings: Awaited<ReturnType<typeof loadScoringSettings>>,
) {
  const out = new Map<string, { kind: string; occurredAt: string; contribution: number }[]>();
  if (list.length === 0) return out;
  const earliest =
    Math.min(...list.map((h) => h.handedAt.getTime())) - WHY_HOT_HALF_LIVES * settings.halfLifeMs;
  const latest = Math.max(...list.map((h) => h.handedAt.getTime()));
  const touches = await deps.db
    .select({
      id: touchpoints.id,
      contactId: touchpoints.contactId,
      kind: touchpoints.kind,
      occurredAt: touchpoints.occurredAt,
    })
    .from(touchpoints)
    .where(
      and(
        eq(touchpoints.workspaceId, workspaceId),
        inArray(touchpoints.contactId, [...new Set(list.map((h) => h.contactId))]),
        gte(touchpoints.occurredAt, new Date(earliest)),
        lte(touchpoints.occurredAt, new Date(latest)),
      ),
    );
  const byContact = Map.groupBy(touches, (t) => t.contactId);
  for (const h of list) {
    const own = (byContact.get(h.contactId) ?? []).map((t) => ({
      id: t.id,
      kind: t.kind,
      occurredAt: t.occurredAt.getTime(),
    }));
    out.set(
      h.id,
      explainScore(own, h.handedAt.getTime(), settings)
        .contributions.filter((c) => c.contribution > 0)
        .slice(0, WHY_HOT)
        .map((c) => ({
          kind: c.kind,
          occurredAt: new Date(c.occurredAt).toISOString(),
          contribution: c.contribution,
        })),
    );
  }
  return out;
}
