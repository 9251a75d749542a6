// The actuals a marketing plan is set against (domain/plans.ts defines each): one statement per
// plan, over contact_lifecycle, deals and the cost lines of the plan's scope and period.
import { type SQL, sql } from "drizzle-orm";
import type { PlanFigure } from "../../domain/plans.ts";
import type { Executor } from "../db.ts";

export interface PlanScope {
  workspaceId: string;
  channel: string | null;
  programId: string | null;
  currency: string;
  /** [start, end) as ISO instants. */
  start: string;
  end: string;
  /** Today (UTC day): cost lines dated after it are spend booked ahead. */
  today: string;
}

export type PlanActuals = Record<PlanFigure, number> & { spendAheadMinor: number };

export async function planActuals(ex: Executor, s: PlanScope): Promise<PlanActuals> {
  const ws = s.workspaceId;
  // The scope's programs; the whole workspace also counts the leads no program made.
  const inScope = (programId: SQL): SQL =>
    s.programId
      ? sql`${programId} = ${s.programId}`
      : s.channel
        ? sql`${programId} in (select id from programs where workspace_id = ${ws} and channel = ${s.channel})`
        : sql`true`;
  const costScope: SQL = s.programId
    ? sql`p.id = ${s.programId}`
    : s.channel
      ? sql`p.channel = ${s.channel}`
      : sql`true`;
  const start = sql`${s.start}::timestamptz`;
  const end = sql`${s.end}::timestamptz`;
  const result = await ex.execute<Record<string, string | null>>(sql`
    select
      (select count(*) from contact_lifecycle l where l.workspace_id = ${ws}
        and l.funnel_at >= ${start} and l.funnel_at < ${end} and ${inScope(sql`l.lead_program_id`)}) as leads,
      (select count(*) from contact_lifecycle l where l.workspace_id = ${ws}
        and least(l.sales_ready_at, l.in_sales_at, l.customer_at) >= ${start}
        and least(l.sales_ready_at, l.in_sales_at, l.customer_at) < ${end}
        and ${inScope(sql`l.lead_program_id`)}) as sales_ready,
      (select coalesce(sum(d.amount_minor), 0) from deals d
        left join contact_lifecycle l on l.workspace_id = d.workspace_id and l.contact_id = d.contact_id
        where d.workspace_id = ${ws} and d.currency = ${s.currency}
          and d.created_at >= ${start} and d.created_at < ${end} and ${inScope(sql`l.lead_program_id`)}) as pipeline,
      (select coalesce(sum(d.amount_minor), 0) from deals d
        left join contact_lifecycle l on l.workspace_id = d.workspace_id and l.contact_id = d.contact_id
        where d.workspace_id = ${ws} and d.currency = ${s.currency}
          and d.closed_at >= ${start} and d.closed_at < ${end} and ${inScope(sql`l.lead_program_id`)}
          and exists (select 1 from pipelines pl, jsonb_array_elements(pl.stages) st
            where pl.workspace_id = d.workspace_id and pl.id = d.pipeline_id
              and st->>'key' = d.stage and st->>'outcome' = 'won')) as revenue,
      spend.total as spend, spend.ahead as spend_ahead
    from (select coalesce(sum(pc.amount_minor), 0) as total,
        coalesce(sum(pc.amount_minor) filter (where pc.incurred_on > ${s.today}::date), 0) as ahead
      from program_costs pc
      join programs p on p.workspace_id = pc.workspace_id and p.id = pc.program_id
      where pc.workspace_id = ${ws} and p.currency = ${s.currency} and ${costScope}
        and pc.incurred_on >= (${start} at time zone 'UTC')::date
        and pc.incurred_on < (${end} at time zone 'UTC')::date) spend`);
  const r = result.rows[0]!;
  return {
    leads: Number(r.leads),
    salesReady: Number(r.sales_ready),
    pipelineMinor: Number(r.pipeline),
    revenueMinor: Number(r.revenue),
    spendMinor: Number(r.spend),
    spendAheadMinor: Number(r.spend_ahead),
  };
}
