// The program scorecard's counts, from the report facts (program_reach, contact_lifecycle), the
// deals and the cost lines — never a scan of the touchpoints. See domain/scorecard.ts for what
// each count means.
import { type SQL, sql } from "drizzle-orm";
import { wholeMonths } from "../../../domain/months.ts";
import { EMPTY_COUNTS, type ScorecardCounts } from "../../../domain/scorecard.ts";
import type { Executor } from "../../db.ts";
import { dayStart, nextDayStart } from "./period-sql.ts";
import { reachFromRollup } from "./reach-rollup.ts";

export interface ScorecardFilter {
  workspaceId: string;
  /** Inclusive UTC days. */
  from: string;
  to: string;
  currency: string;
  groupBy: "program" | "channel";
  channel?: string;
  ownerId?: string;
  programId?: string;
}

/** Counts per group (a program id or a channel; null: leads no program made) and in total. */
export interface ScorecardCountRows {
  groups: Map<string | null, ScorecardCounts>;
  total: ScorecardCounts;
}

export async function scorecardCounts(ex: Executor, f: ScorecardFilter): Promise<ScorecardCountRows> {
  const ws = f.workspaceId;
  const programWhere: SQL[] = [sql`p.workspace_id = ${ws}`];
  if (f.channel) programWhere.push(sql`p.channel = ${f.channel}`);
  if (f.ownerId) programWhere.push(sql`p.owner_id = ${f.ownerId}`);
  if (f.programId) programWhere.push(sql`p.id = ${f.programId}`);
  // Leads no program made belong to the whole picture, not to a filtered one.
  const unfiltered = !f.channel && !f.ownerId && !f.programId;
  const progs = sql`progs as (select p.id, p.channel, p.currency from programs p where ${sql.join(programWhere, sql` and `)})`;
  // Grouped by the column itself (uuid or text): grouping a uuid cast to text sorted 1.7× slower.
  const key = f.groupBy === "channel" ? sql`p.channel` : sql`p.id`;

  // One repeatable-read transaction, so one snapshot for every figure. Measured at 10,000,000 touchpoints on 2
  // shared cores (BENCHMARKS.md): serial plans were faster than parallel ones (workers' start-up
  // and the shared cores cost more than they save), and the distinct counts spilled to disk at
  // the default work_mem. SET LOCAL needs the statements' own transaction.
  return ex.transaction(
    async (tx) => {
      await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
      await tx.execute(sql`set local work_mem = '64MB'`);
      const leads = await tx.execute<{
        is_total: number;
        key: string | null;
        leads: string;
        sales_ready: string;
        accepted: string;
        opportunities: string;
        won: string;
        revenue: string | null;
      }>(sql`
    with ${progs},
    won_stages as (
      select pl.id as pipeline_id, s->>'key' as stage from pipelines pl, jsonb_array_elements(pl.stages) s
      where pl.workspace_id = ${ws} and s->>'outcome' = 'won'
    ),
    -- Every deal of the workspace, once per contact: one pass over the deals measured faster than
    -- looking up each lead's (a semi-join on the period's leads, materialised).
    deal_facts as (
      select d.contact_id, count(*) as deals,
        sum(d.amount_minor) filter (where d.currency = ${f.currency} and w.stage is not null) as revenue
      from deals d
      left join won_stages w on w.pipeline_id = d.pipeline_id and w.stage = d.stage
      where d.workspace_id = ${ws}
      group by d.contact_id
    )
    select grouping(${key}) as is_total, ${key} as key,
      count(*) as leads,
      count(*) filter (where coalesce(c.sales_ready_at, c.in_sales_at, c.customer_at) is not null) as sales_ready,
      count(*) filter (where coalesce(c.in_sales_at, c.customer_at) is not null) as accepted,
      count(*) filter (where df.deals > 0) as opportunities,
      count(*) filter (where c.customer_at is not null) as won,
      sum(df.revenue) as revenue
    from contact_lifecycle c
    left join progs p on p.id = c.lead_program_id
    left join deal_facts df on df.contact_id = c.contact_id
    where c.workspace_id = ${ws}
      and c.funnel_at >= ${dayStart(f.from)}::timestamptz and c.funnel_at < ${nextDayStart(f.to)}::timestamptz
      and (c.lead_program_id in (select id from progs)${unfiltered ? sql` or c.lead_program_id is null` : sql``})
    group by grouping sets ((${key}), ())`);

      const reach = await reachRows(tx, f, programWhere, progs, key);

      const cost = await tx.execute<{ is_total: number; key: string | null; cost: string | null }>(sql`
    with ${progs}
    select grouping(${key}) as is_total, ${key} as key, sum(pc.amount_minor) as cost
    from program_costs pc join progs p on p.id = pc.program_id
    where pc.workspace_id = ${ws} and pc.incurred_on between ${f.from}::date and ${f.to}::date
      and p.currency = ${f.currency}
    group by grouping sets ((${key}), ())`);

      const groups = new Map<string | null, ScorecardCounts>();
      const total: ScorecardCounts = { ...EMPTY_COUNTS };
      const slot = (isTotal: number, k: string | null) => {
        if (Number(isTotal) === 1) return total;
        let counts = groups.get(k);
        if (!counts) {
          counts = { ...EMPTY_COUNTS };
          groups.set(k, counts);
        }
        return counts;
      };
      for (const r of leads.rows) {
        const s = slot(r.is_total, r.key);
        s.leads = Number(r.leads);
        s.salesReady = Number(r.sales_ready);
        s.accepted = Number(r.accepted);
        s.opportunities = Number(r.opportunities);
        s.won = Number(r.won);
        s.revenueMinor = Number(r.revenue ?? 0);
      }
      for (const r of reach) slot(r.is_total, r.key).reach = Number(r.reach);
      // No cost line is no cost entered (null), not a cost of 0: a group without lines has no row,
      // and the total's row (there is one even over no lines) sums to null.
      for (const r of cost.rows) slot(r.is_total, r.key).costMinor = r.cost === null ? null : Number(r.cost);
      return { groups, total };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

type ReachRow = { is_total: number; key: string | null; reach: string | number };

/**
 * Reach per group and in total. A period of whole months the rollup holds sums its months
 * (reach-rollup.ts): per program or channel from their own rows, the total from the channel's
 * (a channel filter) or every program's. An owner's or one program's subset has no rows of its
 * own, and any other period is counted live: the distinct contacts of the period's reach rows.
 */
async function reachRows(
  tx: Executor,
  f: ScorecardFilter,
  programWhere: SQL[],
  progs: SQL,
  key: SQL,
): Promise<ReachRow[]> {
  const ws = f.workspaceId;
  const months = f.ownerId || f.programId ? null : wholeMonths(f.from, f.to);
  if (months) {
    const groupKeys =
      f.groupBy === "channel"
        ? sql`select distinct p.channel from programs p where ${sql.join(programWhere, sql` and `)}`
        : sql`select p.id::text from programs p where ${sql.join(programWhere, sql` and `)}`;
    const groups = await reachFromRollup(tx, ws, f.groupBy, groupKeys, months.first, months.last);
    const total = f.channel
      ? await reachFromRollup(tx, ws, "channel", sql`${f.channel}`, months.first, months.last)
      : await reachFromRollup(tx, ws, "all", sql`''`, months.first, months.last);
    if (groups && total) {
      return [
        ...[...groups].map(([k, reach]) => ({ is_total: 0, key: k, reach })),
        { is_total: 1, key: null, reach: total.get(f.channel ?? "") ?? 0 },
      ];
    }
  }
  const live = await tx.execute<ReachRow>(sql`
    with ${progs}
    select grouping(${key}) as is_total, ${key} as key, count(distinct r.contact_id) as reach
    from program_reach r join progs p on p.id = r.program_id
    where r.workspace_id = ${ws} and r.day between ${f.from}::date and ${f.to}::date
    group by grouping sets ((${key}), ())`);
  return live.rows;
}

/** The programs a scorecard may list (the filter's), with what the rows show of them. */
export async function scorecardPrograms(ex: Executor, f: ScorecardFilter) {
  const where: SQL[] = [sql`p.workspace_id = ${f.workspaceId}`];
  if (f.channel) where.push(sql`p.channel = ${f.channel}`);
  if (f.ownerId) where.push(sql`p.owner_id = ${f.ownerId}`);
  if (f.programId) where.push(sql`p.id = ${f.programId}`);
  const result = await ex.execute<{
    id: string;
    name: string;
    channel: string;
    currency: string;
    archived: boolean;
    starts_on: string | null;
    ends_on: string | null;
  }>(sql`
    select p.id, p.name, p.channel, p.currency, p.archived_at is not null as archived,
      p.starts_on::text, p.ends_on::text
    from programs p where ${sql.join(where, sql` and `)} order by p.name, p.id`);
  return result.rows;
}

/** The currency most of the workspace's programs are in (the scorecard's default). */
export async function mainProgramCurrency(ex: Executor, workspaceId: string): Promise<string | null> {
  const result = await ex.execute<{ currency: string }>(sql`
    select currency from programs where workspace_id = ${workspaceId}
    group by currency order by count(*) desc, currency limit 1`);
  return result.rows[0]?.currency ?? null;
}

/**
 * One program over time: per week (from Monday) or month, the distinct contacts it reached, the
 * leads it made and its cost — each bucket clipped to the period, UTC days.
 */
export async function programSeries(
  ex: Executor,
  f: { workspaceId: string; programId: string; from: string; to: string; bucket: "week" | "month" },
) {
  const ws = f.workspaceId;
  const bucketOf = (day: SQL) => sql`date_trunc(${f.bucket}, ${day})::date`;
  const result = await ex.execute<{ start: string; reach: string; leads: string; cost: string }>(sql`
    with reach as (
      select ${bucketOf(sql`r.day`)} as b, count(distinct r.contact_id) as n from program_reach r
      where r.workspace_id = ${ws} and r.program_id = ${f.programId} and r.day between ${f.from}::date and ${f.to}::date
      group by 1
    ), leads as (
      select ${bucketOf(sql`(l.funnel_at at time zone 'UTC')::date`)} as b, count(*) as n from contact_lifecycle l
      where l.workspace_id = ${ws} and l.lead_program_id = ${f.programId}
        and l.funnel_at >= ${dayStart(f.from)}::timestamptz and l.funnel_at < ${nextDayStart(f.to)}::timestamptz
      group by 1
    ), cost as (
      select ${bucketOf(sql`pc.incurred_on`)} as b, sum(pc.amount_minor) as n from program_costs pc
      where pc.workspace_id = ${ws} and pc.program_id = ${f.programId} and pc.incurred_on between ${f.from}::date and ${f.to}::date
      group by 1
    ), buckets as (
      select distinct ${bucketOf(sql`d::date`)} as b
      from generate_series(${f.from}::date, ${f.to}::date, interval '1 day') d
    )
    select greatest(k.b, ${f.from}::date)::text as start, coalesce(reach.n, 0) as reach,
      coalesce(leads.n, 0) as leads, coalesce(cost.n, 0) as cost
    from buckets k
    left join reach on reach.b = k.b left join leads on leads.b = k.b left join cost on cost.b = k.b
    order by k.b`);
  return result.rows.map((r) => ({
    start: r.start,
    reach: Number(r.reach),
    leads: Number(r.leads),
    costMinor: Number(r.cost),
  }));
}
