// The contact's stage and its history, written set-based. Only the lifecycle service calls the
// writers (test/unit/one-stage-writer.test.ts keeps it so): one owner for every stage change.
import { sql } from "drizzle-orm";
import type { StageCause } from "../../domain/lifecycle.ts";
import type { Stage } from "../../domain/stages.ts";
import type { Executor } from "../db.ts";
import { refreshContactLifecycle } from "./report-facts.ts";
import { asDate } from "./rows.ts";
import { anyId, unnestRows } from "./unnest.ts";

export interface StageHistoryRow {
  id: string;
  contact_id: string;
  from_stage: Stage | null;
  to_stage: Stage;
  changed_at: string;
  reason: string | null;
  cause: StageCause;
  cause_id: string | null;
  user_id: string | null;
}

const HISTORY_COLUMNS = {
  id: "uuid",
  contact_id: "uuid",
  from_stage: "text",
  to_stage: "text",
  changed_at: "timestamptz",
  reason: "text",
  cause: "text",
  cause_id: "uuid",
  user_id: "uuid",
} as const;

/**
 * Records the transitions and moves each contact to the stage of its latest one (rows of one
 * contact in time order). A creation row (from null) to `prospect` leaves the contact as inserted.
 */
export async function writeStageHistory(
  ex: Executor,
  workspaceId: string,
  rows: readonly StageHistoryRow[],
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  const last = new Map<string, StageHistoryRow>();
  for (const r of rows) last.set(r.contact_id, r);
  const moves = [...last.values()]
    .filter((r) => r.from_stage !== null || r.to_stage !== "prospect")
    .map((r) => ({ contact_id: r.contact_id, to_stage: r.to_stage }));
  if (moves.length > 0) {
    await ex.execute(sql`
      update contacts c set stage = r.to_stage, updated_at = ${now.toISOString()}::timestamptz
      from ${unnestRows(moves, "r", { contact_id: "uuid", to_stage: "text" })}
      where c.workspace_id = ${workspaceId} and c.id = r.contact_id
        and ${anyId(
          sql`c.id`,
          moves.map((m) => m.contact_id),
        )}`);
  }
  await ex.execute(sql`
    insert into contact_stage_history
      (workspace_id, id, contact_id, from_stage, to_stage, changed_at, reason, cause, cause_id, user_id)
    select ${workspaceId}, r.id, r.contact_id, r.from_stage, r.to_stage, r.changed_at, r.reason, r.cause,
      r.cause_id, r.user_id
    from ${unnestRows(rows, "r", HISTORY_COLUMNS)}`);
  // A creation as a prospect changes no lifecycle fact; every other row may.
  const changed = new Set(rows.filter((r) => r.to_stage !== "prospect").map((r) => r.contact_id));
  await refreshContactLifecycle(ex, workspaceId, [...changed]);
}

/**
 * A backfilled inbound response older than the recorded prospect → lead transition moves that
 * transition to the response's instant: the history is the contact's life, not the order
 * touchpoints arrived in. Rows are each contact's earliest response in the batch.
 */
export async function moveLeadTransitionsEarlier(
  ex: Executor,
  workspaceId: string,
  rows: readonly { contact_id: string; at: string; touchpoint_id: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  // Each response finds its contact's transition with one index probe (`offset 0` keeps the
  // lateral subquery a nested loop), and the update reads only those contacts' rows: joined as a
  // whole, statistics from before a burst of new leads (no lead transitions yet) made the planner
  // compare every transition with every response, or scan the workspace's whole history.
  const moved = await ex.execute<{ contact_id: string }>(sql`
    with m as materialized (
      select l.id, r.at, r.touchpoint_id
      from ${unnestRows(rows, "r", { contact_id: "uuid", at: "timestamptz", touchpoint_id: "uuid" })}
      cross join lateral (
        select h.id from contact_stage_history h
        where h.workspace_id = ${workspaceId} and h.contact_id = r.contact_id
          and h.from_stage = 'prospect' and h.to_stage = 'lead' and h.changed_at > r.at
        offset 0
      ) l
    )
    update contact_stage_history h set changed_at = m.at, cause = 'touchpoint', cause_id = m.touchpoint_id
    from m
    where h.workspace_id = ${workspaceId} and h.id = m.id
      and ${anyId(
        sql`h.contact_id`,
        rows.map((r) => r.contact_id),
      )}
    returning h.contact_id`);
  await refreshContactLifecycle(
    ex,
    workspaceId,
    moved.rows.map((r) => r.contact_id),
  );
}

/**
 * A contact cannot become a lead before it exists: where the lead transition now lies before
 * the creation row (a response older than the record), the creation moves back to it.
 */
export async function keepCreationFirst(ex: Executor, workspaceId: string, contactIds: readonly string[]) {
  if (contactIds.length === 0) return;
  // Found first with two index probes per contact (scalar subqueries always probe), then fixed:
  // backfills are rare, so the update usually does not run. As one UPDATE … FROM, the planner
  // scanned every lead transition of the workspace and tested each against the whole id list:
  // 800 ms of a 1,000-touchpoint batch over 20,000 contacts, growing with the workspace.
  const late = await ex.execute<{ contact_id: string; lead_at: unknown }>(sql`
    select x.contact_id, x.lead_at from (
      select id as contact_id,
        (select min(l.changed_at) from contact_stage_history l
          where l.workspace_id = ${workspaceId} and l.contact_id = ids.id
            and l.from_stage = 'prospect' and l.to_stage = 'lead') as lead_at,
        (select min(c.changed_at) from contact_stage_history c
          where c.workspace_id = ${workspaceId} and c.contact_id = ids.id
            and c.from_stage is null) as created_at
      from unnest(${`{${contactIds.join(",")}}`}::uuid[]) as ids(id)
    ) x
    where x.lead_at < x.created_at`);
  if (late.rows.length === 0) return;
  const rows = late.rows.map((r) => ({ contact_id: r.contact_id, at: asDate(r.lead_at).toISOString() }));
  await ex.execute(sql`
    update contact_stage_history c set changed_at = r.at
    from ${unnestRows(rows, "r", { contact_id: "uuid", at: "timestamptz" })}
    where c.workspace_id = ${workspaceId} and c.contact_id = r.contact_id and c.from_stage is null
      and ${anyId(
        sql`c.contact_id`,
        rows.map((r) => r.contact_id),
      )}`);
}

export interface StageTransition {
  id: string;
  from: Stage | null;
  to: Stage;
  at: Date;
  cause: StageCause;
  causeId: string | null;
  userId: string | null;
  userName: string | null;
  reason: string | null;
}

/** A contact's transitions, oldest first (ties in the order they were written). */
export async function readStageHistory(
  ex: Executor,
  workspaceId: string,
  contactId: string,
): Promise<StageTransition[]> {
  const result = await ex.execute<{
    id: string;
    from_stage: Stage | null;
    to_stage: Stage;
    changed_at: unknown;
    cause: StageCause;
    cause_id: string | null;
    user_id: string | null;
    user_name: string | null;
    reason: string | null;
  }>(sql`
    select h.id, h.from_stage, h.to_stage, h.changed_at, h.cause, h.cause_id, h.user_id,
      u.name as user_name, h.reason
    from contact_stage_history h
    left join users u on u.workspace_id = h.workspace_id and u.id = h.user_id
    where h.workspace_id = ${workspaceId} and h.contact_id = ${contactId}
    order by h.changed_at, h.id`);
  return result.rows.map((r) => ({
    id: r.id,
    from: r.from_stage,
    to: r.to_stage,
    at: asDate(r.changed_at),
    cause: r.cause,
    causeId: r.cause_id,
    userId: r.user_id,
    userName: r.user_name,
    reason: r.reason,
  }));
}
