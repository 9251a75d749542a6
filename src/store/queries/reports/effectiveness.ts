// Source effectiveness's counts: the period's leads per program or channel (from
// contact_lifecycle), each lead's won revenue, the median time to close, and the cost lines.
import { type SQL, sql } from "drizzle-orm";
import type { EffectivenessCounts } from "../../../domain/source-effectiveness.ts";
import type { Executor } from "../../db.ts";
import { dayStart, nextDayStart } from "./period-sql.ts";

export interface EffectivenessFilter {
  workspaceId: string;
  from: string;
  to: string;
  currency: string;
  groupBy: "program" | "channel";
  channel?: string;
}

/** Counts per program id or channel (null: leads no program made) and, under "total", overall. */
export async function effectivenessCounts(
  ex: Executor,
  f: EffectivenessFilter,
): Promise<Map<string | null, EffectivenessCounts>> {
  const ws = f.workspaceId;
  const key = f.groupBy === "channel" ? sql`p.channel` : sql`p.id::text`;
  const programFilter: SQL = f.channel
    ? sql`c.lead_program_id in (select id from programs where workspace_id = ${ws} and channel = ${f.channel})`
    : sql`true`;
  const leads = await ex.execute<{
    is_total: number;
    key: string | null;
    leads: string;
    customers: string;
    revenues: string[] | null;
    median_close_s: number | null;
  }>(sql`
    with won_stages as (
      select pl.id as pipeline_id, s->>'key' as stage from pipelines pl, jsonb_array_elements(pl.stages) s
      where pl.workspace_id = ${ws} and s->>'outcome' = 'won'
    ),
    revenue as (
      select d.contact_id, sum(d.amount_minor) as amount
      from deals d join won_stages w on w.pipeline_id = d.pipeline_id and w.stage = d.stage
      where d.workspace_id = ${ws} and d.currency = ${f.currency}
      group by d.contact_id
    )
    select grouping(${key}) as is_total, ${key} as key, count(*) as leads,
      count(c.customer_at) as customers,
      array_agg(r.amount::bigint) filter (where r.amount > 0) as revenues,
      percentile_cont(0.5) within group (order by extract(epoch from c.customer_at - c.funnel_at))
        filter (where c.customer_at is not null) as median_close_s
    from contact_lifecycle c
    left join programs p on p.workspace_id = c.workspace_id and p.id = c.lead_program_id
    left join revenue r on r.contact_id = c.contact_id
    where c.workspace_id = ${ws}
      and c.funnel_at >= ${dayStart(f.from)}::timestamptz and c.funnel_at < ${nextDayStart(f.to)}::timestamptz
      and ${programFilter}
    group by grouping sets ((${key}), ())`);
  const cost = await ex.execute<{ is_total: number; key: string | null; cost: string | null }>(sql`
    select grouping(${key}) as is_total, ${key} as key, sum(pc.amount_minor) as cost
    from program_costs pc join programs p on p.workspace_id = pc.workspace_id and p.id = pc.program_id
    where pc.workspace_id = ${ws} and pc.incurred_on between ${f.from}::date and ${f.to}::date
      and p.currency = ${f.currency} ${f.channel ? sql`and p.channel = ${f.channel}` : sql``}
    group by grouping sets ((${key}), ())`);
  const out = new Map<string | null, EffectivenessCounts>();
  const slot = (isTotal: number, k: string | null) => {
    const name = Number(isTotal) === 1 ? "total" : k;
    if (!out.has(name))
      out.set(name, { leads: 0, customers: 0, revenues: [], medianSecondsToClose: null, costMinor: null });
    return out.get(name)!;
  };
  for (const r of leads.rows) {
    const s = slot(r.is_total, r.key);
    s.leads = Number(r.leads);
    s.customers = Number(r.customers);
    s.revenues = (r.revenues ?? []).map(Number);
    s.medianSecondsToClose = r.median_close_s === null ? null : Number(r.median_close_s);
  }
  for (const r of cost.rows) slot(r.is_total, r.key).costMinor = r.cost === null ? null : Number(r.cost);
  return out;
}
