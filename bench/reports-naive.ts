// The scorecard the naive way, for the reports benchmark: every figure from the raw rows — reach
// as distinct contacts over the period's touchpoints, each lead from the stage history's first
// funnel row joined to its touchpoint, what became of it from the later history rows and the
// deals, cost from the cost lines. Same definitions as domain/scorecard.ts.
import type { Pool } from "pg";
import { EMPTY_COUNTS, type ScorecardCounts } from "../src/domain/scorecard.ts";

export interface NaiveFilter {
  workspaceId: string;
  from: string;
  to: string;
  groupBy: "program" | "channel";
  currency: string;
  channel?: string;
}

const FUNNEL = "('lead', 'sales_ready', 'in_sales', 'customer')";

/** Counts per program id or channel (null: leads no program made), and the totals under "total". */
export async function naiveScorecard(
  pool: Pool,
  f: NaiveFilter,
): Promise<Map<string | null, ScorecardCounts>> {
  const key = f.groupBy === "channel" ? "p.channel::text" : "p.id::text";
  const start = `${f.from}T00:00:00Z`;
  const end = new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000).toISOString();
  const progs = `progs as (select p.id, p.channel, p.currency from programs p where p.workspace_id = $1 ${f.channel ? "and p.channel = $4" : ""})`;
  const params = [f.workspaceId, start, end, ...(f.channel ? [f.channel] : [])];
  const leads = await pool.query(
    `with ${progs},
     first_funnel as (
       select distinct on (h.contact_id) h.contact_id, h.changed_at, h.cause, h.cause_id
       from contact_stage_history h
       where h.workspace_id = $1 and h.to_stage in ${FUNNEL}
       order by h.contact_id, h.changed_at, h.id
     ),
     cohort as (
       select ff.contact_id, t.program_id
       from first_funnel ff
       left join touchpoints t on ff.cause = 'touchpoint' and t.workspace_id = $1 and t.id = ff.cause_id
       where ff.changed_at >= $2::timestamptz and ff.changed_at < $3::timestamptz
         and (t.program_id in (select id from progs)${f.channel ? "" : " or t.program_id is null"})
     ),
     later as (
       select h.contact_id,
         bool_or(h.to_stage in ('sales_ready', 'in_sales', 'customer')) as sales_ready,
         bool_or(h.to_stage in ('in_sales', 'customer')) as accepted,
         bool_or(h.to_stage = 'customer') as won
       from contact_stage_history h
       where h.workspace_id = $1 and h.contact_id in (select contact_id from cohort)
       group by h.contact_id
     ),
     won_stages as (
       select pl.id as pipeline_id, s->>'key' as stage from pipelines pl, jsonb_array_elements(pl.stages) s
       where pl.workspace_id = $1 and s->>'outcome' = 'won'
     ),
     deal_facts as (
       select d.contact_id, count(*) as deals,
         sum(d.amount_minor) filter (where d.currency = 'USD' and w.stage is not null) as revenue
       from deals d left join won_stages w on w.pipeline_id = d.pipeline_id and w.stage = d.stage
       where d.workspace_id = $1 and d.contact_id in (select contact_id from cohort)
       group by d.contact_id
     )
     select grouping(${key}) as is_total, ${key} as key, count(*) as leads,
       count(*) filter (where l.sales_ready) as sales_ready, count(*) filter (where l.accepted) as accepted,
       count(*) filter (where df.deals > 0) as opportunities, count(*) filter (where l.won) as won,
       sum(df.revenue) as revenue
     from cohort c
     left join progs p on p.id = c.program_id
     left join later l on l.contact_id = c.contact_id
     left join deal_facts df on df.contact_id = c.contact_id
     group by grouping sets ((${key}), ())`,
    params,
  );
  const reach = await pool.query(
    `with ${progs}
     select grouping(${key}) as is_total, ${key} as key, count(distinct t.contact_id) as reach
     from touchpoints t join progs p on p.id = t.program_id
     where t.workspace_id = $1 and t.occurred_at >= $2::timestamptz and t.occurred_at < $3::timestamptz
     group by grouping sets ((${key}), ())`,
    params,
  );
  const cost = await pool.query(
    `with ${progs}
     select grouping(${key}) as is_total, ${key} as key, sum(pc.amount_minor) as cost
     from program_costs pc join progs p on p.id = pc.program_id
     where pc.workspace_id = $1 and pc.incurred_on >= $2::date and pc.incurred_on < $3::date and p.currency = 'USD'
     group by grouping sets ((${key}), ())`,
    params,
  );
  const out = new Map<string | null, ScorecardCounts>();
  const slot = (isTotal: number, k: string | null) => {
    const key = Number(isTotal) === 1 ? "total" : k;
    if (!out.has(key)) out.set(key, { ...EMPTY_COUNTS });
    return out.get(key)!;
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
  for (const r of reach.rows) slot(r.is_total, r.key).reach = Number(r.reach);
  for (const r of cost.rows) slot(r.is_total, r.key).costMinor = Number(r.cost ?? 0);
  return out;
}

export interface NaiveFunnel {
  /** Per cohort month ("YYYY-MM") and under "total": leads and how many reached each later stage. */
  cohorts: Map<string, { leads: number; salesReady: number; accepted: number; won: number }>;
  /** Per stage: contacts that moved on, and the median and 75th percentile of their seconds in it. */
  times: Map<string, { contacts: number; median: number | null; p75: number | null }>;
}

/**
 * The funnel the naive way: each contact's first entry into each stage straight from the stage
 * history (a GROUP BY over every history row of the workspace), the lead's program from its
 * touchpoint; the same definitions as domain/funnel.ts. Deal sub-stages are left out (the
 * fixture has no deal stage history).
 */
export async function naiveFunnel(
  pool: Pool,
  f: { workspaceId: string; from: string; to: string; channel?: string },
): Promise<NaiveFunnel> {
  const start = `${f.from}T00:00:00Z`;
  const end = new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000).toISOString();
  const params = [f.workspaceId, start, end, ...(f.channel ? [f.channel] : [])];
  const firsts = `firsts as (
       select h.contact_id,
         min(h.changed_at) filter (where h.to_stage in ${FUNNEL}) as funnel_at,
         min(h.changed_at) filter (where h.to_stage = 'lead') as lead_at,
         min(h.changed_at) filter (where h.to_stage = 'sales_ready') as sales_ready_at,
         min(h.changed_at) filter (where h.to_stage = 'in_sales') as in_sales_at,
         min(h.changed_at) filter (where h.to_stage = 'customer') as customer_at
       from contact_stage_history h where h.workspace_id = $1
       group by h.contact_id
     ),
     cohort as (
       select x.* from firsts x
       where x.funnel_at >= $2::timestamptz and x.funnel_at < $3::timestamptz
       ${
         f.channel
           ? `and exists (
         select 1 from contact_stage_history h
         join touchpoints t on t.workspace_id = h.workspace_id and t.id = h.cause_id
         join programs p on p.workspace_id = t.workspace_id and p.id = t.program_id
         where h.workspace_id = $1 and h.contact_id = x.contact_id and h.changed_at = x.funnel_at
           and h.to_stage in ${FUNNEL} and h.cause = 'touchpoint' and p.channel = $4)`
           : ""
       }
     )`;
  const cohorts = await pool.query(
    `with ${firsts}
     select grouping(m.month) as is_total, m.month, count(*) as leads,
       count(*) filter (where coalesce(m.sales_ready_at, m.in_sales_at, m.customer_at) is not null) as sales_ready,
       count(*) filter (where coalesce(m.in_sales_at, m.customer_at) is not null) as accepted,
       count(*) filter (where m.customer_at is not null) as won
     from (select to_char(c.funnel_at at time zone 'UTC', 'YYYY-MM') as month, c.* from cohort c) m
     group by grouping sets ((m.month), ())`,
    params,
  );
  const times = await pool.query(
    `with ${firsts},
     spans as (
       select 'lead' as stage, extract(epoch from (least(c.sales_ready_at, c.in_sales_at, c.customer_at) - c.lead_at)) as s from cohort c
       union all
       select 'sales_ready', extract(epoch from (least(c.in_sales_at, c.customer_at) - c.sales_ready_at)) from cohort c
       union all
       select 'in_sales', extract(epoch from (c.customer_at - c.in_sales_at)) from cohort c
     )
     select stage, count(*) as n, percentile_cont(0.5) within group (order by s) as p50,
       percentile_cont(0.75) within group (order by s) as p75
     from spans where s >= 0 group by stage`,
    params,
  );
  const out: NaiveFunnel = { cohorts: new Map(), times: new Map() };
  for (const r of cohorts.rows) {
    out.cohorts.set(Number(r.is_total) === 1 ? "total" : r.month, {
      leads: Number(r.leads),
      salesReady: Number(r.sales_ready),
      accepted: Number(r.accepted),
      won: Number(r.won),
    });
  }
  for (const r of times.rows) {
    out.times.set(r.stage, {
      contacts: Number(r.n),
      median: r.p50 === null ? null : Number(r.p50),
      p75: r.p75 === null ? null : Number(r.p75),
    });
  }
  return out;
}
