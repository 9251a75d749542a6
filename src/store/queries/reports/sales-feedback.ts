// What sales heard: per lead program, the recycle reasons, objections and loss reasons of the
// period's leads (contact_lifecycle's cohort), each counted once per hand-off, objection or deal.
import { sql } from "drizzle-orm";
import type { Executor } from "../../db.ts";
import { dayStart, nextDayStart } from "./period-sql.ts";

export interface FeedbackFilter {
  workspaceId: string;
  from: string;
  to: string;
  channel?: string;
}

export interface FeedbackRows {
  leads: { program_id: string | null; leads: number }[];
  recycled: { program_id: string | null; reason: string | null; count: number }[];
  objections: { program_id: string | null; label: string | null; count: number; overcome: number }[];
  lost: { program_id: string | null; label: string | null; count: number }[];
}

export async function salesFeedbackRows(ex: Executor, f: FeedbackFilter): Promise<FeedbackRows> {
  const ws = f.workspaceId;
  const cohort = sql`cohort as (
    select c.contact_id, c.lead_program_id as program_id from contact_lifecycle c
    where c.workspace_id = ${ws}
      and c.funnel_at >= ${dayStart(f.from)}::timestamptz and c.funnel_at < ${nextDayStart(f.to)}::timestamptz
      ${f.channel ? sql`and c.lead_program_id in (select id from programs where workspace_id = ${ws} and channel = ${f.channel})` : sql``}
  )`;
  const num = <T extends Record<string, unknown>>(rows: T[], keys: (keyof T)[]) =>
    rows.map((r) => ({ ...r, ...Object.fromEntries(keys.map((k) => [k, Number(r[k])])) }));
  const leads = await ex.execute<{ program_id: string | null; leads: number }>(sql`
    with ${cohort} select program_id, count(*) as leads from cohort group by program_id`);
  const recycled = await ex.execute<{ program_id: string | null; reason: string | null; count: number }>(sql`
    with ${cohort}
    select c.program_id, h.recycle_reason as reason, count(*) as count
    from cohort c join handoffs h on h.workspace_id = ${ws} and h.contact_id = c.contact_id
    where h.status = 'recycled'
    group by 1, 2`);
  const objections = await ex.execute<{
    program_id: string | null;
    label: string | null;
    count: number;
    overcome: number;
  }>(sql`
    with ${cohort}
    select c.program_id, t.label, count(*) as count, count(*) filter (where o.overcome) as overcome
    from cohort c
    join deals d on d.workspace_id = ${ws} and d.contact_id = c.contact_id
    join deal_objections o on o.workspace_id = ${ws} and o.deal_id = d.id
    left join objection_types t on t.workspace_id = ${ws} and t.id = o.objection_type_id
    group by 1, 2`);
  const lost = await ex.execute<{ program_id: string | null; label: string | null; count: number }>(sql`
    with ${cohort}
    select c.program_id, r.label, count(*) as count
    from cohort c
    join deals d on d.workspace_id = ${ws} and d.contact_id = c.contact_id
    join loss_reasons r on r.workspace_id = ${ws} and r.id = d.loss_reason_id
    group by 1, 2`);
  return {
    leads: num(leads.rows, ["leads"]),
    recycled: num(recycled.rows, ["count"]),
    objections: num(objections.rows, ["count", "overcome"]),
    lost: num(lost.rows, ["count"]),
  };
}
