// Reach per closed month (schema/report-facts.ts, `reach_months` and `reach_rollups`): computed
// from program_reach by the reach-rollup job, invalidated by the writers that change program_reach
// in a closed month, and read by the scorecard for periods of whole months.
import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db.ts";

/** A scope's reach rows: its key, and the contacts it touched per month (one row per contact-month). */
const SCOPES: { scope: string; key: SQL; from: SQL }[] = [
  {
    scope: "program",
    key: sql`r.program_id::text`,
    from: sql`program_reach r`,
  },
  {
    scope: "channel",
    key: sql`p.channel`,
    from: sql`program_reach r join programs p on p.workspace_id = r.workspace_id and p.id = r.program_id`,
  },
  { scope: "all", key: sql`''`, from: sql`program_reach r` },
];

/**
 * Marks the rollup invalid from the month of `fromDay` on, and tells a job computing beside this
 * write to throw its result away — when that month has closed, by the writer's clock or the
 * database's, whichever is later (a writer on a clock set in the past, like the demo loader's or a
 * test's, still invalidates what a job on the real clock computed). A write into the current month
 * touches no row here, so concurrent ingest never queues on this row. Call it in the transaction
 * that changes program_reach.
 */
export async function invalidateReachRollup(
  ex: Executor,
  workspaceId: string,
  fromDay: string,
  now: Date,
): Promise<void> {
  await ex.execute(sql`
    update reach_rollups set generation = generation + 1,
      valid_through = case when valid_through is null then null
        else least(valid_through, (date_trunc('month', ${fromDay}::date) - interval '1 month')::date) end
    where workspace_id = ${workspaceId}
      and date_trunc('month', ${fromDay}::date) < date_trunc('month', greatest(${now.toISOString()}::timestamptz, now()) at time zone 'UTC')`);
}

/** The first day program_reach holds for a contact or a program (null: none): what a change to them invalidates from. */
export async function firstReachDay(
  ex: Executor,
  workspaceId: string,
  of: { contactId: string } | { programId: string },
): Promise<string | null> {
  const where = "contactId" in of ? sql`contact_id = ${of.contactId}` : sql`program_id = ${of.programId}`;
  const result = await ex.execute<{ day: string | null }>(sql`
    select min(day)::text as day from program_reach where workspace_id = ${workspaceId} and ${where}`);
  return result.rows[0]?.day ?? null;
}

export interface ReachRollupState {
  validThrough: string | null;
  generation: number;
}

/** The workspaces (or the one) whose rollup does not yet reach `throughMonth`, each with its state (created if missing). */
export async function staleReachRollups(
  ex: Executor,
  throughMonth: string,
  workspaceId?: string,
): Promise<(ReachRollupState & { workspaceId: string })[]> {
  const only = workspaceId ? sql`workspace_id = ${workspaceId}` : sql`true`;
  await ex.execute(sql`
    insert into reach_rollups (workspace_id) select workspace_id from workspaces where ${only}
    on conflict do nothing`);
  const result = await ex.execute<{
    workspace_id: string;
    valid_through: string | null;
    generation: string;
  }>(sql`
    select workspace_id, valid_through::text, generation from reach_rollups
    where ${only} and (valid_through is null or valid_through < ${throughMonth}::date)
    order by workspace_id`);
  return result.rows.map((r) => ({
    workspaceId: r.workspace_id,
    validThrough: r.valid_through,
    generation: Number(r.generation),
  }));
}

/**
 * Recomputes the months after `state.validThrough` up to `throughMonth` (first days of months), in
 * one transaction, and marks them valid — unless a writer invalidated the rollup meanwhile (the
 * generation moved), in which case nothing is kept and the next run starts again. Returns whether
 * it was kept. Another job already on this workspace makes this one a no-op.
 */
export async function rollUpReachMonths(
  ex: Executor,
  workspaceId: string,
  state: ReachRollupState,
  throughMonth: string,
): Promise<boolean> {
  return ex
    .transaction(async (tx) => {
      const locked = await tx.execute<{ ok: boolean }>(
        sql`select pg_try_advisory_xact_lock(hashtext('reach-rollup'), hashtext(${workspaceId})) as ok`,
      );
      if (!locked.rows[0]?.ok) return false;
      // A month's contacts and their previous month in the scope come from every row up to it, so
      // the lag runs over the whole history; only the months being computed are written.
      const first = state.validThrough
        ? sql`(${state.validThrough}::date + interval '1 month')::date`
        : sql`'-infinity'::date`;
      await tx.execute(sql`set local work_mem = '64MB'`);
      await tx.execute(
        sql`delete from reach_months where workspace_id = ${workspaceId} and month >= ${first}`,
      );
      for (const s of SCOPES) {
        await tx.execute(sql`
        insert into reach_months (workspace_id, scope, scope_key, month, prev_month, contacts)
        select ${workspaceId}::uuid, ${s.scope}, key, month, prev_month, count(*)
        from (
          select key, month,
            coalesce(lag(month) over (partition by key, contact_id order by month), '-infinity') as prev_month
          from (
            select distinct ${s.key} as key, r.contact_id, date_trunc('month', r.day)::date as month
            from ${s.from}
            where r.workspace_id = ${workspaceId}
              and r.day < (${throughMonth}::date + interval '1 month')::date
          ) contact_months
        ) lagged
        where month >= ${first}
        group by key, month, prev_month`);
      }
      const kept = await tx.execute(sql`
      update reach_rollups set valid_through = ${throughMonth}::date
      where workspace_id = ${workspaceId} and generation = ${state.generation}`);
      if ((kept.rowCount ?? 0) === 0) {
        // Roll back what was written: the history changed under it.
        throw new StaleRollup();
      }
      return true;
    })
    .catch((err) => {
      if (err instanceof StaleRollup) return false;
      throw err;
    });
}

class StaleRollup extends Error {}

/** The reach of whole months `firstMonth`…`lastMonth` per key of one scope, if the rollup holds them (else null). */
export async function reachFromRollup(
  ex: Executor,
  workspaceId: string,
  scope: "program" | "channel" | "all",
  keys: SQL,
  firstMonth: string,
  lastMonth: string,
): Promise<Map<string, number> | null> {
  // One statement, so the state and the months are read in one snapshot.
  const result = await ex.execute<{ ok: boolean; key: string | null; reach: string | null }>(sql`
    with state as (
      select exists (select 1 from reach_rollups where workspace_id = ${workspaceId}
        and valid_through >= ${lastMonth}::date) as ok
    )
    select state.ok, m.key, m.reach from state left join lateral (
      select scope_key as key, sum(contacts) as reach from reach_months
      where state.ok and workspace_id = ${workspaceId} and scope = ${scope} and scope_key in (${keys})
        and month between ${firstMonth}::date and ${lastMonth}::date and prev_month < ${firstMonth}::date
      group by scope_key
    ) m on true`);
  if (!result.rows[0]?.ok) return null;
  return new Map(result.rows.filter((r) => r.key !== null).map((r) => [r.key!, Number(r.reach)]));
}
