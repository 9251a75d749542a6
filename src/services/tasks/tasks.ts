import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { AppError, notFound } from "../../domain/errors.ts";
import { coolingSoonHorizon } from "../../domain/handoff.ts";
import { dayBounds, taskBucket } from "../../domain/tasks.ts";
import { defaultSideOf } from "../../domain/touchpoint-kinds.ts";
import type { Executor } from "../../store/db.ts";
import { existingIds } from "../../store/queries/ingest.ts";
import { asDate } from "../../store/queries/rows.ts";
import { loadScoringSettings } from "../../store/queries/scoring.ts";
import { temperatureAtSql } from "../../store/queries/temperature-sql.ts";
import { contacts, deals, tasks } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { loadHandoffSettings } from "../handoff/handoff-settings.ts";
import { recordTouchpointsIn } from "../touchpoints/record-touchpoints.ts";
import { checkAssignee } from "../users/assignee.ts";
import type { CompleteTaskInput, CreateTaskInput } from "./task-schemas.ts";

const TASK_WRITERS = ["admin", "sales"] as const;

function present(t: typeof tasks.$inferSelect, contactName?: string) {
  return {
    id: t.id,
    contactId: t.contactId,
    contactName: contactName ?? null,
    dealId: t.dealId,
    ownerId: t.ownerId,
    kind: t.kind,
    title: t.title,
    dueAt: t.dueAt.toISOString(),
    completedAt: t.completedAt?.toISOString() ?? null,
    outcome: t.outcome,
    touchpointId: t.touchpointId,
  };
}
export type TaskView = ReturnType<typeof present>;

async function readTask(ex: Executor, workspaceId: string, id: string) {
  const [row] = await ex
    .select()
    .from(tasks)
    .where(and(eq(tasks.workspaceId, workspaceId), eq(tasks.id, id)));
  if (!row) throw notFound("Task", id);
  return row;
}

export async function createTask(deps: Deps, actor: Actor, input: CreateTaskInput): Promise<TaskView> {
  authorize(actor, TASK_WRITERS, "create tasks");
  const ownerId = input.ownerId ?? actor.userId;
  const ws = actor.workspaceId;
  // One transaction, so the owner checked active (and locked) is still active at the insert.
  return inTransaction(deps.db, async (tx) => {
    if (!(await existingIds(tx, "contacts", ws, [input.contactId])).has(input.contactId)) {
      throw new AppError("unknown_reference", `Contact ${input.contactId} was not found.`);
    }
    await checkAssignee(tx, ws, ownerId);
    if (input.dealId) {
      const [deal] = await tx
        .select({ contactId: deals.contactId })
        .from(deals)
        .where(and(eq(deals.workspaceId, ws), eq(deals.id, input.dealId)));
      if (!deal) throw new AppError("unknown_reference", `Deal ${input.dealId} was not found.`);
      if (deal.contactId !== input.contactId)
        throw new AppError("validation_failed", "The deal belongs to another contact.");
    }
    const now = deps.now();
    const [row] = await tx
      .insert(tasks)
      .values({
        ...input,
        dealId: input.dealId ?? null,
        ownerId,
        workspaceId: ws,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    return present(row!);
  });
}

/** Completes a task and logs its sales touchpoint on the contact's timeline, in one transaction. */
export async function completeTask(
  deps: Deps,
  actor: Actor,
  input: { id: string; completion: CompleteTaskInput },
): Promise<TaskView> {
  authorize(actor, STAFF, "complete tasks");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const task = await readTask(tx, actor.workspaceId, input.id);
    // Marketing gets tasks too (a playbook's direct mail); it completes its own.
    if (actor.role === "marketing" && task.ownerId !== actor.userId) {
      throw new AppError("forbidden", "Marketing completes only the tasks given to it.");
    }
    if (task.completedAt) throw new AppError("conflict", "This task is already completed.");
    const occurredAt = input.completion.occurredAt ?? now;
    const [result] = await recordTouchpointsIn(
      tx,
      actor.workspaceId,
      [
        {
          contactId: task.contactId,
          kind: task.kind as CreateTaskInput["kind"],
          // A call is sales' touch; a playbook's direct mail is marketing's.
          side: defaultSideOf(task.kind as CreateTaskInput["kind"]),
          userId: actor.userId,
          occurredAt,
          properties: {
            task: task.title,
            ...(input.completion.outcome ? { outcome: input.completion.outcome } : {}),
          },
          externalId: `task:${task.id}`,
        },
      ],
      now,
    );
    if (result!.status === "error") throw new AppError(result!.error.code, result!.error.message);
    const [row] = await tx
      .update(tasks)
      .set({
        completedAt: now,
        outcome: input.completion.outcome ?? null,
        touchpointId: result!.touchpointId,
        updatedAt: now,
      })
      .where(and(eq(tasks.workspaceId, actor.workspaceId), eq(tasks.id, task.id)))
      .returning();
    return present(row!);
  });
}

/** The most a "my day" list shows; the counts say how many there are in all. */
export const MY_DAY_LIMIT = 100;

/**
 * A rep's day: open tasks overdue and due today, and hot contacts they own with no open task —
 * leads about to cool without a next step. "Today" is the UTC day.
 */
export async function myDay(deps: Deps, actor: Actor) {
  authorize(actor, STAFF, "read tasks");
  const now = deps.now();
  const { end } = dayBounds(now.getTime());
  // Tasks first, then their contacts by id: the planner otherwise scans every contact to name a
  // few hundred tasks (bench/deals.ts). Each list holds the MY_DAY_LIMIT most pressing tasks.
  const mine = and(
    eq(tasks.workspaceId, actor.workspaceId),
    eq(tasks.ownerId, actor.userId),
    isNull(tasks.completedAt),
  );
  const nowIso = now.toISOString();
  // One after another: `deps.db` may be a single client (a transaction, a benchmark session).
  const overdueRows = await deps.db
    .select()
    .from(tasks)
    .where(and(mine, sql`${tasks.dueAt} < ${nowIso}::timestamptz`))
    .orderBy(asc(tasks.dueAt))
    .limit(MY_DAY_LIMIT);
  const todayRows = await deps.db
    .select()
    .from(tasks)
    .where(
      and(
        mine,
        sql`${tasks.dueAt} >= ${nowIso}::timestamptz`,
        sql`${tasks.dueAt} < ${new Date(end).toISOString()}::timestamptz`,
      ),
    )
    .orderBy(asc(tasks.dueAt))
    .limit(MY_DAY_LIMIT);
  const [counts] = await deps.db
    .select({
      overdue: sql<number>`count(*) filter (where ${tasks.dueAt} < ${nowIso}::timestamptz)::int`,
      today: sql<number>`count(*) filter (where ${tasks.dueAt} >= ${nowIso}::timestamptz)::int`,
    })
    .from(tasks)
    .where(and(mine, sql`${tasks.dueAt} < ${new Date(end).toISOString()}::timestamptz`));
  const ids = [...new Set([...overdueRows, ...todayRows].map((t) => t.contactId))];
  const names = new Map(
    (ids.length === 0
      ? []
      : await deps.db
          .select({
            id: contacts.id,
            email: contacts.email,
            first: contacts.firstName,
            last: contacts.lastName,
          })
          .from(contacts)
          .where(and(eq(contacts.workspaceId, actor.workspaceId), inArray(contacts.id, ids)))
    ).map((c) => [c.id, [c.first, c.last].filter(Boolean).join(" ") || c.email]),
  );
  const view = (t: typeof tasks.$inferSelect) => ({
    ...present(t, names.get(t.contactId) ?? ""),
    bucket: taskBucket(t.dueAt.getTime(), now.getTime()),
  });
  const scoring = await loadScoringSettings(deps.db, actor.workspaceId);
  const hot = await deps.db.execute<{
    id: string;
    email: string;
    first_name: string | null;
    last_name: string | null;
    hot_until: unknown;
  }>(sql`
    select c.id, c.email, c.first_name, c.last_name, s.hot_until from contacts c
    join contact_scores s on s.workspace_id = c.workspace_id and s.contact_id = c.id
    where c.workspace_id = ${actor.workspaceId} and c.owner_id = ${actor.userId}
      and ${temperatureAtSql("hot", now, scoring)}
      and not exists (select 1 from tasks t where t.workspace_id = c.workspace_id and t.contact_id = c.id and t.completed_at is null)
    order by s.hot_until asc limit 100`);
  // Every cooling instant is known in advance, so "turns warm within two business days" is exact.
  const { businessHours } = await loadHandoffSettings(deps.db, actor.workspaceId);
  const coolingBy = coolingSoonHorizon(now.getTime(), businessHours);
  return {
    overdue: overdueRows.map(view),
    today: todayRows.map(view),
    overdueCount: counts?.overdue ?? 0,
    todayCount: counts?.today ?? 0,
    coolingBy: new Date(coolingBy).toISOString(),
    hotWithoutNextStep: hot.rows.map((r) => ({
      contactId: r.id,
      name: [r.first_name, r.last_name].filter(Boolean).join(" ") || r.email,
      hotUntil: asDate(r.hot_until).toISOString(),
      coolingSoon: asDate(r.hot_until).getTime() <= coolingBy,
    })),
  };
}

const RECENT_COMPLETED = 20;

/** A contact's open tasks (soonest due first) and the latest completed ones (newest first). */
export async function listContactTasks(deps: Deps, actor: Actor, contactId: string) {
  authorize(actor, STAFF, "read tasks");
  const ws = actor.workspaceId;
  const [contact] = await deps.db
    .select({ email: contacts.email, first: contacts.firstName, last: contacts.lastName })
    .from(contacts)
    .where(and(eq(contacts.workspaceId, ws), eq(contacts.id, contactId)));
  if (!contact) throw notFound("Contact", contactId);
  const name = [contact.first, contact.last].filter(Boolean).join(" ") || contact.email;
  const ofContact = and(eq(tasks.workspaceId, ws), eq(tasks.contactId, contactId));
  const [open, completed] = await Promise.all([
    deps.db
      .select()
      .from(tasks)
      .where(and(ofContact, isNull(tasks.completedAt)))
      .orderBy(asc(tasks.dueAt), asc(tasks.id)),
    deps.db
      .select()
      .from(tasks)
      .where(and(ofContact, isNotNull(tasks.completedAt)))
      .orderBy(desc(tasks.completedAt), desc(tasks.id))
      .limit(RECENT_COMPLETED),
  ]);
  return { open: open.map((t) => present(t, name)), completed: completed.map((t) => present(t, name)) };
}
