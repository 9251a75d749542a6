// The issue-10 reports the naive way, for bench/feedback-reports.ts: each figure straight from the
// raw rows — a lead's instant and program from its first funnel row in the stage history and
// that row's touchpoint (not contact_lifecycle), attribution shares from the journeys' touchpoints
// (not the stored credits) — with plain joins and GROUP BYs, written apart from the services.
import type { Pool } from "pg";

export const FUNNEL = "('lead', 'sales_ready', 'in_sales', 'customer')";
const UNATTRIBUTED = "('email_sent', 'email_bounce', 'unsubscribe')";

/** [start, end) of inclusive UTC days. */
export const bounds = (from: string, to: string) => ({
  start: `${from}T00:00:00Z`,
  end: new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000).toISOString(),
});

/** Each funnel contact's first funnel row: its instant, and the program of the touchpoint that caused it. */
export const leadsOf = (where = "true") => `
  first_funnel as (
    select distinct on (h.contact_id) h.contact_id, h.changed_at as funnel_at, h.cause, h.cause_id
    from contact_stage_history h
    where h.workspace_id = $1 and h.to_stage in ${FUNNEL}
    order by h.contact_id, h.changed_at, h.id
  ),
  leads as (
    select f.contact_id, f.funnel_at, t.program_id
    from first_funnel f
    left join touchpoints t on f.cause = 'touchpoint' and t.workspace_id = $1 and t.id = f.cause_id
    where ${where}
  )`;

export const WON_STAGES = `won_stages as (
    select pl.id as pipeline_id, s->>'key' as stage from pipelines pl, jsonb_array_elements(pl.stages) s
    where pl.workspace_id = $1 and s->>'outcome' = 'won'
  )`;

const keyOf = (groupBy: string) => (groupBy === "channel" ? "p.channel::text" : "p.id::text");
const slotName = (r: { t: unknown; key: string | null }) => (Number(r.t) === 1 ? "total" : r.key);

export interface NaiveCredits {
  deals: number;
  firstTouch: number;
  leadCreation: number;
  lastTouch: number;
  linear: number;
}

/**
 * Attribution: per program or channel, the credits under the four models that need no weights —
 * all to the first, the lead-creation or the last touch of the journey, and linear (each touch the
 * amount ÷ n rounded down, the first amount mod n touches one minor unit more) — of the deals won
 * in the period; and under "total", also the won deals with a journey and their amount, which the
 * other models share out whole.
 */
export async function naiveAttribution(
  pool: Pool,
  f: { workspaceId: string; from: string; to: string; currency: string; groupBy: "program" | "channel" },
) {
  const { start, end } = bounds(f.from, f.to);
  const key = keyOf(f.groupBy);
  const result = await pool.query(
    `with ${WON_STAGES},
     won as (
       select d.id, d.contact_id, d.amount_minor as amount, d.closed_at
       from deals d join won_stages w on w.pipeline_id = d.pipeline_id and w.stage = d.stage
       where d.workspace_id = $1 and d.closed_at >= $2::timestamptz and d.closed_at < $3::timestamptz and d.currency = $4
     ),
     lead_touch as (
       select distinct on (h.contact_id) h.contact_id, case when h.cause = 'touchpoint' then h.cause_id end as touch_id
       from contact_stage_history h
       where h.workspace_id = $1 and h.to_stage in ${FUNNEL}
       order by h.contact_id, h.changed_at, h.id
     ),
     journey as (
       select w.id as deal_id, w.amount, t.program_id, t.id = lt.touch_id as is_lead,
         row_number() over (partition by w.id order by t.occurred_at, t.id) as rn,
         count(*) over (partition by w.id) as n
       from won w
       join touchpoints t on t.workspace_id = $1 and t.contact_id = w.contact_id and t.occurred_at <= w.closed_at
         and t.kind not in ${UNATTRIBUTED}
       left join lead_touch lt on lt.contact_id = w.contact_id
     )
     select grouping(${key}) as t, ${key} as key, count(distinct j.deal_id) as deals,
       sum(case when j.rn = 1 then j.amount else 0 end) as first_touch,
       sum(case when j.is_lead then j.amount else 0 end) as lead_creation,
       sum(case when j.rn = j.n then j.amount else 0 end) as last_touch,
       sum(j.amount / j.n + case when j.rn <= j.amount % j.n then 1 else 0 end) as linear,
       sum(case when j.rn = 1 then j.amount else 0 end) as journeyed_amount
     from journey j left join programs p on p.workspace_id = $1 and p.id = j.program_id
     group by grouping sets ((${key}), ())`,
    [f.workspaceId, start, end, f.currency],
  );
  const won = await pool.query(
    `with ${WON_STAGES}
     select count(*) as deals, coalesce(sum(d.amount_minor), 0) as revenue
     from deals d join won_stages w on w.pipeline_id = d.pipeline_id and w.stage = d.stage
     where d.workspace_id = $1 and d.closed_at >= $2::timestamptz and d.closed_at < $3::timestamptz and d.currency = $4`,
    [f.workspaceId, start, end, f.currency],
  );
  const groups = new Map<string | null, NaiveCredits>();
  let journeyed = 0;
  for (const r of result.rows) {
    const name = slotName(r);
    if (name === "total") journeyed = Number(r.journeyed_amount);
    groups.set(name, {
      deals: Number(r.deals),
      firstTouch: Number(r.first_touch),
      leadCreation: Number(r.lead_creation),
      lastTouch: Number(r.last_touch),
      linear: Number(r.linear),
    });
  }
  return {
    groups,
    journeyedAmount: journeyed,
    wonDeals: Number(won.rows[0].deals),
    revenueMinor: Number(won.rows[0].revenue),
  };
}
export type NaiveAttribution = Awaited<ReturnType<typeof naiveAttribution>>;

export interface NaiveEffect {
  leads: number;
  customers: number;
  /** Leads with won revenue, and that revenue (what the revenue interval is drawn from). */
  paying: number;
  revenue: number;
  medianSecondsToClose: number | null;
  cost: number | null;
}

/** Source effectiveness (and budget advice's inputs): per program or channel, and "total". */
export async function naiveEffectiveness(
  pool: Pool,
  f: { workspaceId: string; from: string; to: string; currency: string; groupBy: "program" | "channel" },
): Promise<Map<string | null, NaiveEffect>> {
  const { start, end } = bounds(f.from, f.to);
  const key = keyOf(f.groupBy);
  const leads = await pool.query(
    `with ${leadsOf("f.funnel_at >= $2::timestamptz and f.funnel_at < $3::timestamptz")}, ${WON_STAGES},
     customers as (
       select h.contact_id, min(h.changed_at) as customer_at from contact_stage_history h
       where h.workspace_id = $1 and h.to_stage = 'customer' group by h.contact_id
     ),
     revenue as (
       select d.contact_id, sum(d.amount_minor) as amount
       from deals d join won_stages w on w.pipeline_id = d.pipeline_id and w.stage = d.stage
       where d.workspace_id = $1 and d.currency = $4 group by d.contact_id
     )
     select grouping(${key}) as t, ${key} as key, count(*) as leads, count(cu.customer_at) as customers,
       count(*) filter (where r.amount > 0) as paying, coalesce(sum(r.amount) filter (where r.amount > 0), 0) as revenue,
       percentile_cont(0.5) within group (order by extract(epoch from cu.customer_at - l.funnel_at))
         filter (where cu.customer_at is not null) as median_s
     from leads l
     left join programs p on p.workspace_id = $1 and p.id = l.program_id
     left join customers cu on cu.contact_id = l.contact_id
     left join revenue r on r.contact_id = l.contact_id
     group by grouping sets ((${key}), ())`,
    [f.workspaceId, start, end, f.currency],
  );
  const cost = await pool.query(
    `select grouping(${key}) as t, ${key} as key, sum(pc.amount_minor) as cost
     from program_costs pc join programs p on p.workspace_id = pc.workspace_id and p.id = pc.program_id
     where pc.workspace_id = $1 and pc.incurred_on >= $2::date and pc.incurred_on <= $3::date and p.currency = $4
     group by grouping sets ((${key}), ())`,
    [f.workspaceId, f.from, f.to, f.currency],
  );
  const out = new Map<string | null, NaiveEffect>();
  const slot = (name: string | null) => {
    if (!out.has(name))
      out.set(name, {
        leads: 0,
        customers: 0,
        paying: 0,
        revenue: 0,
        medianSecondsToClose: null,
        cost: null,
      });
    return out.get(name)!;
  };
  for (const r of leads.rows)
    Object.assign(slot(slotName(r)), {
      leads: Number(r.leads),
      customers: Number(r.customers),
      paying: Number(r.paying),
      revenue: Number(r.revenue),
      medianSecondsToClose: r.median_s === null ? null : Number(r.median_s),
    });
  for (const r of cost.rows) slot(slotName(r)).cost = r.cost === null ? null : Number(r.cost);
  return out;
}

/** What sales heard: per lead program (null: none), rows of (what, label, count, overcome). */
export async function naiveSalesFeedback(pool: Pool, f: { workspaceId: string; from: string; to: string }) {
  const { start, end } = bounds(f.from, f.to);
  const result = await pool.query(
    `with ${leadsOf("f.funnel_at >= $2::timestamptz and f.funnel_at < $3::timestamptz")}
     select 'leads' as what, l.program_id, null as label, count(*) as count, 0 as overcome from leads l group by 2
     union all
     select 'recycled', l.program_id, h.recycle_reason, count(*), 0
     from leads l join handoffs h on h.workspace_id = $1 and h.contact_id = l.contact_id and h.status = 'recycled'
     group by 2, 3
     union all
     select 'objections', l.program_id, ot.label, count(*), count(*) filter (where o.overcome)
     from leads l join deals d on d.workspace_id = $1 and d.contact_id = l.contact_id
     join deal_objections o on o.workspace_id = $1 and o.deal_id = d.id
     left join objection_types ot on ot.workspace_id = $1 and ot.id = o.objection_type_id
     group by 2, 3
     union all
     select 'lost', l.program_id, lr.label, count(*), 0
     from leads l join deals d on d.workspace_id = $1 and d.contact_id = l.contact_id
     join loss_reasons lr on lr.workspace_id = $1 and lr.id = d.loss_reason_id
     group by 2, 3`,
    [f.workspaceId, start, end],
  );
  return result.rows.map((r) => ({
    what: r.what as "leads" | "recycled" | "objections" | "lost",
    programId: r.program_id as string | null,
    label: r.label as string | null,
    count: Number(r.count),
    overcome: Number(r.overcome),
  }));
}
export type NaiveFeedbackRow = Awaited<ReturnType<typeof naiveSalesFeedback>>[number];
