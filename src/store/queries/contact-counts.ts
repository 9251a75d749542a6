// The board's column counts, exact at the instant they are read, like every other temperature
// read (temperature-sql.ts).
import { type SQL, sql } from "drizzle-orm";
import type { Temperature } from "../../domain/catalogue.ts";
import type { ScoringSettings } from "../../domain/temperature.ts";
import type { Executor } from "../db.ts";
import { type ContactFilters, closedStageSql, whereSql } from "./contacts.ts";
import { aheadOfSql, engagementAheadSql, instantSql, temperatureAtSql } from "./temperature-sql.ts";

export type TemperatureCounts = Record<Temperature | "total", number>;

export async function countContactsByTemperature(
  ex: Executor,
  workspaceId: string,
  f: Omit<ContactFilters, "temperature">,
  s: ScoringSettings,
  now: Date,
): Promise<TemperatureCounts> {
  // Any filter or instant set (one added later too) takes the general path; leaving out the
  // closed stages alone does not: the whole workspace's counts less those of the closed stages.
  const { closed, ...rest } = f;
  const filtered = Object.values(rest).some((v) => v !== undefined && v !== "");
  if (filtered) return countWhere(ex, whereSql(workspaceId, f, f.at ?? now, s), s, f.at ?? now);
  return countWholeWorkspaceNow(ex, workspaceId, s, now, closed === "exclude" ? closedStageSql : undefined);
}

/** The contacts matching `where`: one pass over them with the exact predicates at `at`. */
async function countWhere(
  ex: Executor,
  where: SQL,
  s: ScoringSettings,
  at: Date,
): Promise<TemperatureCounts> {
  const result = await ex.execute<{ cold: string; warm: string; hot: string; total: string }>(sql`
    select count(*) filter (where ${temperatureAtSql("cold", at, s)}) as cold,
           count(*) filter (where ${temperatureAtSql("warm", at, s)}) as warm,
           count(*) filter (where ${temperatureAtSql("hot", at, s)}) as hot,
           count(*) as total
    from contacts c left join contact_scores s on s.workspace_id = c.workspace_id and s.contact_id = c.id
    where ${where}`);
  const r = result.rows[0]!;
  return { cold: Number(r.cold), warm: Number(r.warm), hot: Number(r.hot), total: Number(r.total) };
}

/**
 * The whole workspace now, without reading a million rows: hot is a range of the hot_until
 * index and warm-or-hot one of the warm_until index (θ_warm < θ_hot, so the first is inside the
 * second), each corrected for the few contacts with a touch still ahead of now (their stored
 * state counts it already: they are counted from their arrival note or touchpoints instead); cold is the
 * rest of the total that triggers keep in contact_counts. One statement, so one snapshot.
 * `leaveOut` (a predicate on the contact `c`, the closed stages) takes the same counts over the
 * contacts it matches — the two ranges joined to those contacts, and their number by the stage
 * index — and subtracts them, so the board's default costs about the ranges, not the workspace.
 */
async function countWholeWorkspaceNow(
  ex: Executor,
  workspaceId: string,
  s: ScoringSettings,
  now: Date,
  leaveOut?: SQL,
): Promise<TemperatureCounts> {
  const when = instantSql(now);
  const ranged = (col: SQL, only?: SQL) =>
    only
      ? sql`(select count(*) from contact_scores s join contacts c on c.workspace_id = s.workspace_id
          and c.id = s.contact_id where s.workspace_id = ${workspaceId} and ${col} >= ${when} and ${only})`
      : sql`(select count(*) from contact_scores s where s.workspace_id = ${workspaceId} and ${col} >= ${when})`;
  // The left-out part of each figure; zero without `leaveOut`.
  const out = (figure: SQL) => (leaveOut ? figure : sql`0`);
  const result = await ex.transaction(async (tx) => {
    // Measured at a million on 2 shared cores: the planner's parallel index-only scan of the warm
    // range took 107 ms p50, a serial one 27 ms (workers' start-up and the shared cores cost more
    // than they save). SET LOCAL needs the statement's own transaction.
    await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
    return tx.execute<Record<string, string>>(sql`
    select ${ranged(sql`s.hot_until`)} as hot_ranged,
           ${ranged(sql`s.warm_until`)} as warm_ranged,
           (select coalesce(sum(n), 0) from contact_counts where workspace_id = ${workspaceId}) as total,
           count(*) filter (where a.hot_until >= ${when}) as hot_ahead_ranged,
           count(*) filter (where a.warm_until >= ${when}) as warm_ahead_ranged,
           count(*) filter (where a.e >= ${s.hotThreshold}::float8) as hot_ahead,
           count(*) filter (where a.e >= ${s.warmThreshold}::float8) as warm_ahead,
           ${out(ranged(sql`s.hot_until`, leaveOut))} as out_hot_ranged,
           ${out(ranged(sql`s.warm_until`, leaveOut))} as out_warm_ranged,
           ${out(sql`(select count(*) from contacts c where c.workspace_id = ${workspaceId} and ${leaveOut})`)} as out_total,
           count(*) filter (where a.out and a.hot_until >= ${when}) as out_hot_ahead_ranged,
           count(*) filter (where a.out and a.warm_until >= ${when}) as out_warm_ahead_ranged,
           count(*) filter (where a.out and a.e >= ${s.hotThreshold}::float8) as out_hot_ahead,
           count(*) filter (where a.out and a.e >= ${s.warmThreshold}::float8) as out_warm_ahead
    from (
      select s.hot_until, s.warm_until, ${engagementAheadSql(now, s)} as e,
        ${leaveOut ? sql`exists (select 1 from contacts c where c.workspace_id = s.workspace_id and c.id = s.contact_id and ${leaveOut})` : sql`false`} as out
      from contact_scores s where s.workspace_id = ${workspaceId} and ${aheadOfSql(now)}
      offset 0 -- keeps the planner from summing each contact once per filter below
    ) a`);
  });
  const r = Object.fromEntries(Object.entries(result.rows[0]!).map(([k, v]) => [k, Number(v)]));
  // Hot and warm-or-hot: the stored ranges, less the contacts ahead they hold, plus those the
  // contacts ahead reach now.
  const figures = (p: "" | "out_") => ({
    hot: r[`${p}hot_ranged`]! - r[`${p}hot_ahead_ranged`]! + r[`${p}hot_ahead`]!,
    warmOrHot: r[`${p}warm_ranged`]! - r[`${p}warm_ahead_ranged`]! + r[`${p}warm_ahead`]!,
    total: r[`${p}total`]!,
  });
  const [all, left] = [figures(""), figures("out_")];
  const hot = all.hot - left.hot;
  const warmOrHot = all.warmOrHot - left.warmOrHot;
  const total = all.total - left.total;
  return { hot, warm: warmOrHot - hot, cold: total - warmOrHot, total };
}
