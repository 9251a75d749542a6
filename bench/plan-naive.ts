// Plans' actuals and the reverse funnel's inputs the naive way, for bench/feedback-reports.ts:
// leads and their programs from the raw stage history (bench/feedback-naive.ts), deals, cost lines,
// quotas and plans with plain GROUP BYs.
import type { Pool } from "pg";
import { FUNNEL, leadsOf, WON_STAGES } from "./feedback-naive.ts";

/**
 * Plans' actuals for a period [start, end): per lead program (null: none), with its channel, the
 * five figures — leads, sales-ready, pipeline created, revenue won, spend — for a plan to add up.
 */
export async function naivePlanFigures(
  pool: Pool,
  f: { workspaceId: string; start: string; end: string; currency: string },
) {
  const result = await pool.query(
    `with ${leadsOf()}, ${WON_STAGES},
     ready as (
       select h.contact_id, min(h.changed_at) as ready_at from contact_stage_history h
       where h.workspace_id = $1 and h.to_stage in ('sales_ready', 'in_sales', 'customer') group by h.contact_id
     ),
     figures as (
       select l.program_id, 'leads' as figure, count(*)::numeric as v from leads l
       where l.funnel_at >= $2::timestamptz and l.funnel_at < $3::timestamptz group by 1
       union all
       select l.program_id, 'salesReady', count(*) from ready r join leads l on l.contact_id = r.contact_id
       where r.ready_at >= $2::timestamptz and r.ready_at < $3::timestamptz group by 1
       union all
       select l.program_id, 'pipelineMinor', sum(d.amount_minor) from deals d left join leads l on l.contact_id = d.contact_id
       where d.workspace_id = $1 and d.currency = $4 and d.created_at >= $2::timestamptz and d.created_at < $3::timestamptz group by 1
       union all
       select l.program_id, 'revenueMinor', sum(d.amount_minor)
       from deals d join won_stages w on w.pipeline_id = d.pipeline_id and w.stage = d.stage
       left join leads l on l.contact_id = d.contact_id
       where d.workspace_id = $1 and d.currency = $4 and d.closed_at >= $2::timestamptz and d.closed_at < $3::timestamptz group by 1
       union all
       select pc.program_id, 'spendMinor', sum(pc.amount_minor)
       from program_costs pc join programs p on p.workspace_id = pc.workspace_id and p.id = pc.program_id
       where pc.workspace_id = $1 and p.currency = $4
         and pc.incurred_on >= ($2::timestamptz at time zone 'UTC')::date and pc.incurred_on < ($3::timestamptz at time zone 'UTC')::date
       group by 1
     )
     select fg.program_id, p.channel, fg.figure, fg.v from figures fg
     left join programs p on p.workspace_id = $1 and p.id = fg.program_id`,
    [f.workspaceId, f.start, f.end, f.currency],
  );
  return result.rows.map((r) => ({
    programId: r.program_id as string | null,
    channel: r.channel as string | null,
    figure: r.figure as string,
    value: Number(r.v),
  }));
}

/** The reverse funnel's inputs: the lookback's counts and won amounts, the period's quotas and lead targets. */
export async function naiveReverseFunnel(
  pool: Pool,
  f: { workspaceId: string; start: string; end: string; period: string; startsOn: string; currency: string },
) {
  const counts = await pool.query(
    `with firsts as (
       select h.contact_id, min(h.changed_at) filter (where h.to_stage in ${FUNNEL}) as funnel_at,
         bool_or(h.to_stage in ('sales_ready', 'in_sales', 'customer')) as ready
       from contact_stage_history h where h.workspace_id = $1 group by h.contact_id
     ),
     with_deals as (select distinct d.contact_id from deals d where d.workspace_id = $1)
     select count(*) as leads, count(*) filter (where c.ready) as sales_ready,
       count(*) filter (where c.ready and wd.contact_id is not null) as opportunities
     from firsts c left join with_deals wd on wd.contact_id = c.contact_id
     where c.funnel_at >= $2::timestamptz and c.funnel_at < $3::timestamptz`,
    [f.workspaceId, f.start, f.end],
  );
  const deals = await pool.query(
    `with ${WON_STAGES}
     select count(*) filter (where w.stage is not null) as won, count(*) filter (where w.stage is null) as lost,
       avg(d.amount_minor) filter (where w.stage is not null and d.currency = $4) as average
     from deals d left join won_stages w on w.pipeline_id = d.pipeline_id and w.stage = d.stage
     where d.workspace_id = $1 and d.closed_at >= $2::timestamptz and d.closed_at < $3::timestamptz`,
    [f.workspaceId, f.start, f.end, f.currency],
  );
  const quotas = await pool.query(
    `select coalesce(sum(target_minor), 0) as total, count(*) as reps from quotas
     where workspace_id = $1 and period = $2 and starts_on = $3::date and currency = $4`,
    [f.workspaceId, f.period, f.startsOn, f.currency],
  );
  const plans = await pool.query(
    `select channel, program_id, leads_target from marketing_plans
     where workspace_id = $1 and period = $2 and starts_on = $3::date and leads_target is not null`,
    [f.workspaceId, f.period, f.startsOn],
  );
  const c = counts.rows[0];
  const d = deals.rows[0];
  const whole = plans.rows.find((p) => p.channel === null && p.program_id === null);
  const summed = (rows: { leads_target: number }[]) =>
    rows.length ? rows.reduce((s, p) => s + Number(p.leads_target), 0) : null;
  return {
    leads: Number(c.leads),
    salesReady: Number(c.sales_ready),
    opportunities: Number(c.opportunities),
    won: Number(d.won),
    lost: Number(d.lost),
    averageDealMinor: d.average === null ? null : Number(d.average),
    quotaMinor: Number(quotas.rows[0].total),
    reps: Number(quotas.rows[0].reps),
    plannedLeads: whole
      ? Number(whole.leads_target)
      : (summed(plans.rows.filter((p) => p.channel !== null)) ??
        summed(plans.rows.filter((p) => p.program_id !== null))),
  };
}
export type NaiveReverseFunnel = Awaited<ReturnType<typeof naiveReverseFunnel>>;
