// The board's column counts, exact at the instant they are read, like every other temperature
// read (temperature-sql.ts).
import { type SQL, sql } from "drizzle-orm";
import type { Temperature } from "../../domain/catalogue.ts";
import type { ScoringSettings } from "../../domain/temperature.ts";
import type { Executor } from "../db.ts";
import { type ContactFilters, whereSql } from "./contacts.ts";
import { aheadOfSql, engagementAheadSql, instantSql, temperatureAtSql } from "./temperature-sql.ts";

export type TemperatureCounts = Record<Temperature | "total", number>;

export async function countContactsByTemperature(
  ex: Executor,
  workspaceId: string,
  f: Omit<ContactFilters, "temperature">,
  s: ScoringSettings,
  now: Date,
): Promise<TemperatureCounts> {
  // Any filter or instant set (one added later too) takes the general path.
  const filtered = Object.values(f).some((v) => v !== undefined && v !== "");
  return filtered
    ? countFiltered(ex, workspaceId, f, s, f.at ?? now)
    : countWholeWorkspaceNow(ex, workspaceId, s, now);
}

/** Any filter or instant: one pass over the matching contacts with the exact predicates. */
async function countFiltered(
  ex: Executor,
  workspaceId: string,
  f: Omit<ContactFilters, "temperature">,
  s: ScoringSettings,
  at: Date,
): Promise<TemperatureCounts> {
  const result = await ex.execute<{ cold: string; warm: string; hot: string; total: string }>(sql`
    select count(*) filter (where ${temperatureAtSql("cold", at, s)}) as cold,
           count(*) filter (where ${temperatureAtSql("warm", at, s)}) as warm,
           count(*) filter (where ${temperatureAtSql("hot", at, s)}) as hot,
           count(*) as total
    from contacts c left join contact_scores s on s.workspace_id = c.workspace_id and s.contact_id = c.id
    where ${whereSql(workspaceId, f, at, s)}`);
  const r = result.rows[0]!;
  return { cold: Number(r.cold), warm: Number(r.warm), hot: Number(r.hot), total: Number(r.total) };
}

/**
 * The whole workspace now, without reading a million rows: hot is a range of the hot_until
 * index and warm-or-hot one of the warm_until index (θ_warm < θ_hot, so the first is inside the
 * second), each corrected for the few contacts with a touch still ahead of now (their stored
 * state counts it already: they are counted from their arrival note or touchpoints instead); cold is the
 * rest of the total that triggers keep in contact_counts. One statement, so one snapshot.
 */
async function countWholeWorkspaceNow(
  ex: Executor,
  workspaceId: string,
  s: ScoringSettings,
  now: Date,
): Promise<TemperatureCounts> {
  const when = instantSql(now);
  const ranged = (col: SQL) =>
    sql`(select count(*) from contact_scores s where s.workspace_id = ${workspaceId} and ${col} >= ${when})`;
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
           count(*) filter (where a.e >= ${s.warmThreshold}::float8) as warm_ahead
    from (
      select s.hot_until, s.warm_until, ${engagementAheadSql(now, s)} as e
      from contact_scores s where s.workspace_id = ${workspaceId} and ${aheadOfSql(now)}
      offset 0 -- keeps the planner from summing each contact once per filter below
    ) a`);
  });
  const r = Object.fromEntries(Object.entries(result.rows[0]!).map(([k, v]) => [k, Number(v)]));
  const hot = r.hot_ranged! - r.hot_ahead_ranged! + r.hot_ahead!;
  const warmOrHot = r.warm_ranged! - r.warm_ahead_ranged! + r.warm_ahead!;
  return { hot, warm: warmOrHot - hot, cold: r.total! - warmOrHot, total: r.total! };
}
