// The funnel's counts and times, from contact_lifecycle (one row per lead) and the deals' stage
// history for the cohort's deals. See domain/funnel.ts for the definitions.
import { type SQL, sql } from "drizzle-orm";
import type { PipelineStage } from "../../../domain/pipeline.ts";
import type { Executor } from "../../db.ts";
import { dayStart, nextDayStart } from "./period-sql.ts";

export interface FunnelFilter {
  workspaceId: string;
  from: string;
  to: string;
  programId?: string;
  channel?: string;
  ownerId?: string;
}

export interface CohortRow {
  month: string | null;
  leads: number;
  salesReady: number;
  accepted: number;
  won: number;
}

export interface StageTime {
  stage: "lead" | "sales_ready" | "in_sales";
  contacts: number;
  medianSeconds: number | null;
  p75Seconds: number | null;
}

function cohortSql(f: FunnelFilter): SQL {
  const where: SQL[] = [
    sql`l.workspace_id = ${f.workspaceId}`,
    sql`l.funnel_at >= ${dayStart(f.from)}::timestamptz and l.funnel_at < ${nextDayStart(f.to)}::timestamptz`,
  ];
  if (f.programId) where.push(sql`l.lead_program_id = ${f.programId}`);
  if (f.channel) {
    where.push(sql`exists (select 1 from programs p where p.workspace_id = l.workspace_id
      and p.id = l.lead_program_id and p.channel = ${f.channel})`);
  }
  if (f.ownerId) {
    where.push(sql`exists (select 1 from contacts c where c.workspace_id = l.workspace_id
      and c.id = l.contact_id and c.owner_id = ${f.ownerId})`);
  }
  return sql`cohort as (
    select l.contact_id, l.funnel_at, l.lead_at, l.sales_ready_at, l.in_sales_at, l.customer_at
    from contact_lifecycle l where ${sql.join(where, sql` and `)})`;
}

/** Per cohort month (and in total, month null): how many reached each stage. */
export async function funnelCohorts(ex: Executor, f: FunnelFilter): Promise<CohortRow[]> {
  const result = await ex.execute<{
    is_total: number;
    month: string | null;
    leads: string;
    sales_ready: string;
    accepted: string;
    won: string;
  }>(sql`
    with ${cohortSql(f)}
    select grouping(m.month) as is_total, m.month, count(*) as leads,
      count(*) filter (where coalesce(m.sales_ready_at, m.in_sales_at, m.customer_at) is not null) as sales_ready,
      count(*) filter (where coalesce(m.in_sales_at, m.customer_at) is not null) as accepted,
      count(*) filter (where m.customer_at is not null) as won
    from (select to_char(c.funnel_at at time zone 'UTC', 'YYYY-MM') as month, c.* from cohort c) m
    group by grouping sets ((m.month), ())
    order by grouping(m.month), m.month`);
  return result.rows.map((r) => ({
    month: Number(r.is_total) === 1 ? null : r.month,
    leads: Number(r.leads),
    salesReady: Number(r.sales_ready),
    accepted: Number(r.accepted),
    won: Number(r.won),
  }));
}

/** Median and 75th percentile of the time in each stage, for contacts that moved forward. */
export async function funnelStageTimes(ex: Executor, f: FunnelFilter): Promise<StageTime[]> {
  const result = await ex.execute<Record<string, string | number[] | null>>(sql`
    with ${cohortSql(f)},
    spans as (
      select
        extract(epoch from (least(c.sales_ready_at, c.in_sales_at, c.customer_at) - c.lead_at)) as lead_s,
        extract(epoch from (least(c.in_sales_at, c.customer_at) - c.sales_ready_at)) as sales_ready_s,
        extract(epoch from (c.customer_at - c.in_sales_at)) as in_sales_s
      from cohort c
    )
    -- One sort per stage for both quantiles (an array of fractions), not one per quantile.
    select
      count(*) filter (where lead_s >= 0) as lead_n,
      percentile_cont(array[0.5, 0.75]) within group (order by lead_s) filter (where lead_s >= 0) as lead_p,
      count(*) filter (where sales_ready_s >= 0) as sales_ready_n,
      percentile_cont(array[0.5, 0.75]) within group (order by sales_ready_s) filter (where sales_ready_s >= 0) as sales_ready_p,
      count(*) filter (where in_sales_s >= 0) as in_sales_n,
      percentile_cont(array[0.5, 0.75]) within group (order by in_sales_s) filter (where in_sales_s >= 0) as in_sales_p
    from spans`);
  const r = result.rows[0]!;
  const quantiles = (v: unknown) => (Array.isArray(v) ? v.map(Number) : [null, null]);
  return (["lead", "sales_ready", "in_sales"] as const).map((stage) => {
    const [median, p75] = quantiles(r[`${stage}_p`]);
    return {
      stage,
      contacts: Number(r[`${stage}_n`] ?? 0),
      medianSeconds: median ?? null,
      p75Seconds: p75 ?? null,
    };
  });
}

/** The default pipeline and, per deal of the cohort in it, the stages its history entered. */
export async function funnelDeals(
  ex: Executor,
  f: FunnelFilter,
): Promise<{ pipeline: { id: string; name: string; stages: PipelineStage[] } | null; deals: string[][] }> {
  const pipelines = await ex.execute<{ id: string; name: string; stages: PipelineStage[] }>(sql`
    select id, name, stages from pipelines where workspace_id = ${f.workspaceId} and is_default limit 1`);
  const pipeline = pipelines.rows[0] ?? null;
  if (!pipeline) return { pipeline: null, deals: [] };
  const result = await ex.execute<{ stages: string[] }>(sql`
    with ${cohortSql(f)}
    select array_agg(distinct h.to_stage) as stages
    from deals d
    join deal_stage_history h on h.workspace_id = d.workspace_id and h.deal_id = d.id
    where d.workspace_id = ${f.workspaceId} and d.pipeline_id = ${pipeline.id}
      and d.contact_id in (select contact_id from cohort)
    group by d.id`);
  return { pipeline, deals: result.rows.map((r) => r.stages) };
}
