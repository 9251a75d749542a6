// The hand-off report's counts per owner or per lead program: hand-offs in the period, their
// owner's first touch, the SLA, the answers and recycle reasons, and the leads that cooled waiting.
import { sql } from "drizzle-orm";
import type { HandoffCounts } from "../../../domain/handoff-report.ts";
import type { Executor } from "../../db.ts";
import { dayStart, nextDayStart } from "./period-sql.ts";

export async function handoffCounts(
  ex: Executor,
  f: { workspaceId: string; from: string; to: string; groupBy: "owner" | "program"; now: Date },
): Promise<Map<string | null, HandoffCounts>> {
  const ws = f.workspaceId;
  const now = sql`${f.now.toISOString()}::timestamptz`;
  const key = f.groupBy === "owner" ? sql`h.owner_id::text` : sql`h.program_id::text`;
  const base = sql`base as (
    select h.id, h.owner_id, h.status, h.handed_at, h.sla_due_at, h.recycle_reason, l.lead_program_id as program_id,
      s.hot_until,
      (select min(t.occurred_at) from touchpoints t
        where t.workspace_id = h.workspace_id and t.contact_id = h.contact_id and t.side = 'sales'
          and t.user_id = h.owner_id and t.occurred_at >= h.handed_at) as first_touch
    from handoffs h
    left join contact_lifecycle l on l.workspace_id = h.workspace_id and l.contact_id = h.contact_id
    left join contact_scores s on s.workspace_id = h.workspace_id and s.contact_id = h.contact_id
    where h.workspace_id = ${ws}
      and h.handed_at >= ${dayStart(f.from)}::timestamptz and h.handed_at < ${nextDayStart(f.to)}::timestamptz
  )`;
  const counts = await ex.execute<Record<string, string | number | null>>(sql`
    with ${base}
    select grouping(${key}) as t, ${key} as key, count(*) as handoffs,
      count(*) filter (where h.status = 'pending') as pending,
      count(*) filter (where h.status = 'accepted') as accepted,
      count(*) filter (where h.status = 'recycled') as recycled,
      count(*) filter (where h.first_touch <= h.sla_due_at) as within_sla,
      count(*) filter (where h.first_touch is not null or h.sla_due_at <= ${now}) as sla_due,
      count(*) filter (where h.hot_until is not null and h.hot_until < coalesce(h.first_touch, ${now})
        and h.hot_until >= h.handed_at) as cooled,
      percentile_cont(array[0.5, 0.75]) within group (order by extract(epoch from h.first_touch - h.handed_at))
        filter (where h.first_touch is not null) as first_touch_q
    from base h
    group by grouping sets ((${key}), ())`);
  const reasons = await ex.execute<{
    t: number;
    key: string | null;
    reason: string | null;
    count: string;
  }>(sql`
    with ${base}
    select grouping(${key}) as t, ${key} as key, h.recycle_reason as reason, count(*) as count
    from base h where h.status = 'recycled'
    group by grouping sets ((${key}, h.recycle_reason), (h.recycle_reason))`);
  const out = new Map<string | null, HandoffCounts>();
  const name = (t: unknown, k: string | null) => (Number(t) === 1 ? "total" : k);
  for (const r of counts.rows) {
    const q = Array.isArray(r.first_touch_q) ? (r.first_touch_q as unknown[]).map(Number) : [null, null];
    out.set(name(r.t, r.key as string | null), {
      handoffs: Number(r.handoffs),
      pending: Number(r.pending),
      accepted: Number(r.accepted),
      recycled: Number(r.recycled),
      withinSla: Number(r.within_sla),
      slaDue: Number(r.sla_due),
      cooled: Number(r.cooled),
      medianFirstTouchSeconds: q[0] ?? null,
      p75FirstTouchSeconds: q[1] ?? null,
      recycleReasons: [],
    });
  }
  for (const r of reasons.rows) {
    const slot = out.get(name(r.t, r.key));
    slot?.recycleReasons.push({ label: r.reason ?? "", count: Number(r.count) });
  }
  return out;
}
