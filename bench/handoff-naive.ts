// The hand-off report the naive way, for bench/feedback-reports.ts: the period's hand-offs joined
// to every sales touch of their owner on their contact (a GROUP BY for the first), the program from
// the contact's first funnel row in the stage history, the hot-until straight from contact_scores.
import type { Pool } from "pg";
import { bounds } from "./feedback-naive.ts";

export interface NaiveHandoffs {
  handoffs: number;
  pending: number;
  accepted: number;
  recycled: number;
  withinSla: number;
  slaDue: number;
  cooled: number;
  median: number | null;
  p75: number | null;
  /** Recycle reason code ("" for none) → count. */
  reasons: Map<string, number>;
}

export async function naiveHandoffs(
  pool: Pool,
  f: { workspaceId: string; from: string; to: string; groupBy: "owner" | "program"; now: Date },
): Promise<Map<string | null, NaiveHandoffs>> {
  const { start, end } = bounds(f.from, f.to);
  // The program only for the period's hand-offs: the first funnel row of each of their contacts,
  // then its touchpoint (joining every funnel row's touchpoint first drove the planner to a
  // parallel hash join over all 10 million touchpoints that spilled 14 GB and ran for minutes).
  const program = `left join (
       select f.contact_id, t.program_id
       from (
         select distinct on (fh.contact_id) fh.contact_id, fh.cause, fh.cause_id
         from contact_stage_history fh
         where fh.workspace_id = $1 and fh.to_stage in ('lead', 'sales_ready', 'in_sales', 'customer')
           and fh.contact_id in (select contact_id from handoffs where workspace_id = $1
             and handed_at >= $2::timestamptz and handed_at < $3::timestamptz)
         order by fh.contact_id, fh.changed_at, fh.id
       ) f
       left join touchpoints t on f.cause = 'touchpoint' and t.workspace_id = $1 and t.id = f.cause_id
     ) lp on lp.contact_id = h.contact_id`;
  const key = f.groupBy === "owner" ? "b.owner_id::text" : "b.program_id::text";
  const base = `base as (
       select h.id, h.owner_id, h.status, h.handed_at, h.sla_due_at, h.recycle_reason, s.hot_until,
         ${f.groupBy === "program" ? "lp.program_id" : "null::uuid as program_id"}, min(t.occurred_at) as first_touch
       from handoffs h
       left join touchpoints t on t.workspace_id = $1 and t.contact_id = h.contact_id and t.side = 'sales'
         and t.user_id = h.owner_id and t.occurred_at >= h.handed_at
       left join contact_scores s on s.workspace_id = $1 and s.contact_id = h.contact_id
       ${f.groupBy === "program" ? program : ""}
       where h.workspace_id = $1 and h.handed_at >= $2::timestamptz and h.handed_at < $3::timestamptz
       group by 1, 2, 3, 4, 5, 6, 7, 8
     )`;
  const params = [f.workspaceId, start, end, f.now.toISOString()];
  const counts = await pool.query(
    `with ${base}
     select grouping(${key}) as t, ${key} as key, count(*) as handoffs,
       count(*) filter (where b.status = 'pending') as pending, count(*) filter (where b.status = 'accepted') as accepted,
       count(*) filter (where b.status = 'recycled') as recycled,
       count(*) filter (where b.first_touch <= b.sla_due_at) as within_sla,
       count(*) filter (where b.first_touch is not null or b.sla_due_at <= $4::timestamptz) as sla_due,
       count(*) filter (where b.hot_until >= b.handed_at and b.hot_until < coalesce(b.first_touch, $4::timestamptz)) as cooled,
       percentile_cont(0.5) within group (order by extract(epoch from b.first_touch - b.handed_at)) as median,
       percentile_cont(0.75) within group (order by extract(epoch from b.first_touch - b.handed_at)) as p75
     from base b group by grouping sets ((${key}), ())`,
    params,
  );
  const reasons = await pool.query(
    `with ${base}
     select grouping(${key}) as t, ${key} as key, coalesce(b.recycle_reason, '') as reason, count(*) as count
     from base b where b.status = 'recycled'
     group by grouping sets ((${key}, coalesce(b.recycle_reason, '')), (coalesce(b.recycle_reason, '')))`,
    params.slice(0, 3),
  );
  const out = new Map<string | null, NaiveHandoffs>();
  const name = (r: { t: unknown; key: string | null }) => (Number(r.t) === 1 ? "total" : r.key);
  for (const r of counts.rows)
    out.set(name(r), {
      handoffs: Number(r.handoffs),
      pending: Number(r.pending),
      accepted: Number(r.accepted),
      recycled: Number(r.recycled),
      withinSla: Number(r.within_sla),
      slaDue: Number(r.sla_due),
      cooled: Number(r.cooled),
      median: r.median === null ? null : Number(r.median),
      p75: r.p75 === null ? null : Number(r.p75),
      reasons: new Map(),
    });
  for (const r of reasons.rows) out.get(name(r))?.reasons.set(r.reason, Number(r.count));
  return out;
}
