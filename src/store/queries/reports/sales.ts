// Sales conversion's counts per rep (and for the team), from hand-offs, deals, quotas and the
// reps' logged sales touches (touchpoints_sales_activity_idx). See domain/sales-conversion.ts.
import { type SQL, sql } from "drizzle-orm";
import { SALES_ACTIVITIES, type SalesCounts } from "../../../domain/sales-conversion.ts";
import type { Executor } from "../../db.ts";
import { dayStart, nextDayStart } from "./period-sql.ts";

export interface SalesFilter {
  workspaceId: string;
  from: string;
  to: string;
  currency: string;
  ownerId?: string;
}

export interface SalesRow extends SalesCounts {
  /** null: the team. */
  userId: string | null;
  medianFirstTouchSeconds: number | null;
  medianCycleSeconds: number | null;
}

const EMPTY: Omit<SalesRow, "userId"> = {
  handoffsReceived: 0,
  handoffsAccepted: 0,
  dealsOpened: 0,
  won: 0,
  lost: 0,
  wonInCurrency: 0,
  wonMinor: 0,
  quotaTargetMinor: 0,
  quotaWonMinor: 0,
  activities: 0,
  medianFirstTouchSeconds: null,
  medianCycleSeconds: null,
};

/** A rep (or the team, null) with nothing in the period. */
export const emptySalesRow = (userId: string | null): SalesRow => ({ userId, ...EMPTY });

export async function salesCounts(ex: Executor, f: SalesFilter): Promise<Map<string | null, SalesRow>> {
  const ws = f.workspaceId;
  const start = dayStart(f.from);
  const end = nextDayStart(f.to);
  const owner = (column: SQL) => (f.ownerId ? sql` and ${column} = ${f.ownerId}` : sql``);
  const rows = new Map<string | null, SalesRow>();
  const row = (isTotal: unknown, userId: string | null) => {
    const key = Number(isTotal) === 1 ? null : userId;
    if (!rows.has(key)) rows.set(key, emptySalesRow(key));
    return rows.get(key)!;
  };
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

  const handoffs = await ex.execute<{
    t: number;
    owner_id: string;
    received: string;
    accepted: string;
    p50: string | null;
  }>(sql`
    select grouping(h.owner_id) as t, h.owner_id, count(*) as received,
      count(*) filter (where h.status = 'accepted') as accepted,
      percentile_cont(0.5) within group (order by extract(epoch from (h.first_touch - h.handed_at)))
        filter (where h.first_touch is not null) as p50
    from (
      select h.owner_id, h.status, h.handed_at,
        (select min(t.occurred_at) from touchpoints t
          where t.workspace_id = h.workspace_id and t.contact_id = h.contact_id and t.side = 'sales'
            and t.user_id = h.owner_id and t.occurred_at >= h.handed_at) as first_touch
      from handoffs h
      where h.workspace_id = ${ws} and h.handed_at >= ${start}::timestamptz and h.handed_at < ${end}::timestamptz
        ${owner(sql`h.owner_id`)}
    ) h
    group by grouping sets ((h.owner_id), ())`);
  for (const r of handoffs.rows) {
    const s = row(r.t, r.owner_id);
    s.handoffsReceived = Number(r.received);
    s.handoffsAccepted = Number(r.accepted);
    s.medianFirstTouchSeconds = num(r.p50);
  }

  const opened = await ex.execute<{ t: number; owner_id: string; n: string }>(sql`
    select grouping(d.owner_id) as t, d.owner_id, count(*) as n from deals d
    where d.workspace_id = ${ws} and d.created_at >= ${start}::timestamptz and d.created_at < ${end}::timestamptz
      ${owner(sql`d.owner_id`)}
    group by grouping sets ((d.owner_id), ())`);
  for (const r of opened.rows) row(r.t, r.owner_id).dealsOpened = Number(r.n);

  const closed = await ex.execute<{
    t: number;
    owner_id: string;
    won: string;
    lost: string;
    won_in_currency: string;
    won_minor: string | null;
    cycle_p50: string | null;
  }>(sql`
    with outcomes as (
      select pl.id as pipeline_id, s->>'key' as stage, s->>'outcome' as outcome
      from pipelines pl, jsonb_array_elements(pl.stages) s where pl.workspace_id = ${ws}
    )
    select grouping(d.owner_id) as t, d.owner_id,
      count(*) filter (where o.outcome = 'won') as won,
      count(*) filter (where o.outcome = 'lost') as lost,
      count(*) filter (where o.outcome = 'won' and d.currency = ${f.currency}) as won_in_currency,
      sum(d.amount_minor) filter (where o.outcome = 'won' and d.currency = ${f.currency}) as won_minor,
      percentile_cont(0.5) within group (order by extract(epoch from (d.closed_at - d.created_at)))
        filter (where o.outcome = 'won') as cycle_p50
    from deals d join outcomes o on o.pipeline_id = d.pipeline_id and o.stage = d.stage
    where d.workspace_id = ${ws} and d.closed_at >= ${start}::timestamptz and d.closed_at < ${end}::timestamptz
      ${owner(sql`d.owner_id`)}
    group by grouping sets ((d.owner_id), ())`);
  for (const r of closed.rows) {
    const s = row(r.t, r.owner_id);
    s.won = Number(r.won);
    s.lost = Number(r.lost);
    s.wonInCurrency = Number(r.won_in_currency);
    s.wonMinor = Number(r.won_minor ?? 0);
    s.medianCycleSeconds = num(r.cycle_p50);
  }

  const activities = await ex.execute<{ t: number; user_id: string; n: string }>(sql`
    select grouping(t.user_id) as t, t.user_id, count(*) as n from touchpoints t
    where t.workspace_id = ${ws} and t.side = 'sales' and t.user_id is not null
      and t.occurred_at >= ${start}::timestamptz and t.occurred_at < ${end}::timestamptz
      and t.kind = any(${`{${SALES_ACTIVITIES.join(",")}}`}::text[])
      ${owner(sql`t.user_id`)}
    group by grouping sets ((t.user_id), ())`);
  for (const r of activities.rows) row(r.t, r.user_id).activities = Number(r.n);

  // Quotas wholly inside the period, in the currency: quarterly ones where the rep has any, else
  // monthly; the amount won within each quota's own period counts towards it.
  const quotas = await ex.execute<{ t: number; user_id: string; target: string; won: string | null }>(sql`
    with inside as (
      select q.*, (q.starts_on + case when q.period = 'month' then interval '1 month' else interval '3 months' end)::date as ends_before
      from quotas q
      where q.workspace_id = ${ws} and q.currency = ${f.currency} and q.starts_on >= ${f.from}::date ${owner(sql`q.user_id`)}
    ), counted as (
      select i.* from inside i
      where i.ends_before <= ${f.to}::date + 1
        and (i.period = 'quarter' or not exists (
          select 1 from inside j where j.user_id = i.user_id and j.period = 'quarter' and j.ends_before <= ${f.to}::date + 1))
    ), won_stages as (
      select pl.id as pipeline_id, s->>'key' as stage from pipelines pl, jsonb_array_elements(pl.stages) s
      where pl.workspace_id = ${ws} and s->>'outcome' = 'won'
    )
    select grouping(c.user_id) as t, c.user_id, sum(c.target_minor) as target,
      sum((select sum(d.amount_minor) from deals d join won_stages w on w.pipeline_id = d.pipeline_id and w.stage = d.stage
        where d.workspace_id = ${ws} and d.owner_id = c.user_id and d.currency = c.currency
          and d.closed_at >= c.starts_on::timestamp at time zone 'UTC'
          and d.closed_at < c.ends_before::timestamp at time zone 'UTC')) as won
    from counted c
    group by grouping sets ((c.user_id), ())`);
  for (const r of quotas.rows) {
    if (r.target === null) continue;
    const s = row(r.t, r.user_id);
    s.quotaTargetMinor = Number(r.target);
    s.quotaWonMinor = Number(r.won ?? 0);
  }
  return rows;
}

/** The workspace's sales users (the rows a sales report always shows) and anyone else with figures. */
export async function repNames(
  ex: Executor,
  workspaceId: string,
): Promise<{ id: string; name: string; role: string }[]> {
  const result = await ex.execute<{ id: string; name: string; role: string }>(sql`
    select id, name, role from users where workspace_id = ${workspaceId} order by name, id`);
  return result.rows;
}

/** The currency most of the workspace's deals are in. */
export async function mainDealCurrency(ex: Executor, workspaceId: string): Promise<string | null> {
  const result = await ex.execute<{ currency: string }>(sql`
    select currency from deals where workspace_id = ${workspaceId}
    group by currency order by count(*) desc, currency limit 1`);
  return result.rows[0]?.currency ?? null;
}
