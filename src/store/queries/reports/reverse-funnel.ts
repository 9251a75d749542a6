// What the reverse funnel reads: the year's observed counts and won amounts, the period's quotas,
// and the plan's lead target for the period.
import { sql } from "drizzle-orm";
import type { Observed } from "../../../domain/reverse-funnel.ts";
import type { Executor } from "../../db.ts";

export async function observedFunnel(
  ex: Executor,
  f: { workspaceId: string; start: string; end: string; currency: string },
): Promise<Observed> {
  const ws = f.workspaceId;
  const start = sql`${f.start}::timestamptz`;
  const end = sql`${f.end}::timestamptz`;
  const won = sql`exists (select 1 from pipelines pl, jsonb_array_elements(pl.stages) st
    where pl.workspace_id = d.workspace_id and pl.id = d.pipeline_id and st->>'key' = d.stage and st->>'outcome' = 'won')`;
  const counts = await ex.execute<Record<string, string>>(sql`
    select
      (select count(*) from contact_lifecycle l where l.workspace_id = ${ws}
        and l.funnel_at >= ${start} and l.funnel_at < ${end}) as leads,
      (select count(*) from contact_lifecycle l where l.workspace_id = ${ws}
        and l.funnel_at >= ${start} and l.funnel_at < ${end}
        and coalesce(l.sales_ready_at, l.in_sales_at, l.customer_at) is not null) as sales_ready,
      (select count(*) from contact_lifecycle l where l.workspace_id = ${ws}
        and l.funnel_at >= ${start} and l.funnel_at < ${end}
        and coalesce(l.sales_ready_at, l.in_sales_at, l.customer_at) is not null
        and exists (select 1 from deals d where d.workspace_id = l.workspace_id and d.contact_id = l.contact_id)) as opportunities,
      (select count(*) from deals d where d.workspace_id = ${ws} and d.closed_at >= ${start} and d.closed_at < ${end}
        and ${won}) as won,
      (select count(*) from deals d where d.workspace_id = ${ws} and d.closed_at >= ${start} and d.closed_at < ${end}
        and not ${won}) as lost`);
  const amounts = await ex.execute<{ amount_minor: string }>(sql`
    select d.amount_minor from deals d where d.workspace_id = ${ws} and d.currency = ${f.currency}
      and d.closed_at >= ${start} and d.closed_at < ${end} and ${won}`);
  const r = counts.rows[0]!;
  return {
    leads: Number(r.leads),
    salesReady: Number(r.sales_ready),
    opportunities: Number(r.opportunities),
    won: Number(r.won),
    lost: Number(r.lost),
    wonAmounts: amounts.rows.map((a) => Number(a.amount_minor)),
  };
}

/** The period's quotas in the currency (sum) and how many reps hold one. */
export async function quotaTotal(
  ex: Executor,
  f: { workspaceId: string; period: string; startsOn: string; currency: string },
): Promise<{ quotaMinor: number; reps: number }> {
  const result = await ex.execute<{ total: string | null; reps: string }>(sql`
    select sum(target_minor) as total, count(*) as reps from quotas
    where workspace_id = ${f.workspaceId} and period = ${f.period} and starts_on = ${f.startsOn}
      and currency = ${f.currency}`);
  return { quotaMinor: Number(result.rows[0]?.total ?? 0), reps: Number(result.rows[0]?.reps ?? 0) };
}

/** The most common quota currency of the period (the reverse funnel's default). */
export async function mainQuotaCurrency(
  ex: Executor,
  f: { workspaceId: string; period: string; startsOn: string },
): Promise<string | null> {
  const result = await ex.execute<{ currency: string }>(sql`
    select currency from quotas where workspace_id = ${f.workspaceId} and period = ${f.period} and starts_on = ${f.startsOn}
    group by currency order by count(*) desc, currency limit 1`);
  return result.rows[0]?.currency.trim() ?? null;
}

/** The plan's lead target for the period: the workspace's plan, else its channels' summed, else its programs'. */
export async function plannedLeads(
  ex: Executor,
  f: { workspaceId: string; period: string; startsOn: string },
): Promise<number | null> {
  const result = await ex.execute<{
    whole: string | null;
    channels: string | null;
    programs: string | null;
  }>(sql`
    select
      max(leads_target) filter (where channel is null and program_id is null) as whole,
      sum(leads_target) filter (where channel is not null) as channels,
      sum(leads_target) filter (where program_id is not null) as programs
    from marketing_plans
    where workspace_id = ${f.workspaceId} and period = ${f.period} and starts_on = ${f.startsOn}`);
  const r = result.rows[0];
  const value = r?.whole ?? r?.channels ?? r?.programs ?? null;
  return value === null ? null : Number(value);
}

export interface ProgramObserved extends Observed {
  programId: string;
  name: string;
  channel: string;
}

/**
 * The same counts per program that made leads in the lookback: its leads and what became of
 * them, and the deals of every lead it ever made closed in the lookback (as the whole funnel counts
 * deals closed in the year, whoever's lead they were). Programs without a lead there are left out.
 */
export async function observedByProgram(
  ex: Executor,
  f: { workspaceId: string; start: string; end: string; currency: string },
): Promise<ProgramObserved[]> {
  const ws = f.workspaceId;
  const start = sql`${f.start}::timestamptz`;
  const end = sql`${f.end}::timestamptz`;
  const won = sql`exists (select 1 from pipelines pl, jsonb_array_elements(pl.stages) st
    where pl.workspace_id = d.workspace_id and pl.id = d.pipeline_id and st->>'key' = d.stage and st->>'outcome' = 'won')`;
  const ready = sql`coalesce(l.sales_ready_at, l.in_sales_at, l.customer_at) is not null`;
  const result = await ex.execute<{
    program_id: string;
    name: string;
    channel: string;
    leads: string;
    sales_ready: string;
    opportunities: string;
    won: string | null;
    lost: string | null;
    won_amounts: string[] | null;
  }>(sql`
    with leads as (
      select l.lead_program_id as program_id, count(*) as leads,
        count(*) filter (where ${ready}) as sales_ready,
        count(*) filter (where ${ready} and exists (select 1 from deals d
          where d.workspace_id = l.workspace_id and d.contact_id = l.contact_id)) as opportunities
      from contact_lifecycle l
      where l.workspace_id = ${ws} and l.funnel_at >= ${start} and l.funnel_at < ${end}
        and l.lead_program_id is not null
      group by 1
    ), closed as (
      select l.lead_program_id as program_id,
        count(*) filter (where ${won}) as won, count(*) filter (where not ${won}) as lost,
        array_agg(d.amount_minor) filter (where ${won} and d.currency = ${f.currency}) as won_amounts
      from deals d
      join contact_lifecycle l on l.workspace_id = d.workspace_id and l.contact_id = d.contact_id
      where d.workspace_id = ${ws} and d.closed_at >= ${start} and d.closed_at < ${end}
        and l.lead_program_id is not null
      group by 1
    )
    select p.id as program_id, p.name, p.channel, leads.leads, leads.sales_ready, leads.opportunities,
      closed.won, closed.lost, closed.won_amounts
    from leads
    join programs p on p.workspace_id = ${ws} and p.id = leads.program_id
    left join closed on closed.program_id = leads.program_id`);
  return result.rows.map((r) => ({
    programId: r.program_id,
    name: r.name,
    channel: r.channel,
    leads: Number(r.leads),
    salesReady: Number(r.sales_ready),
    opportunities: Number(r.opportunities),
    won: Number(r.won ?? 0),
    lost: Number(r.lost ?? 0),
    wonAmounts: (r.won_amounts ?? []).map(Number),
  }));
}

/** The lead targets the period's program and channel plans set (a plan without one is left out). */
export async function scopedLeadTargets(
  ex: Executor,
  f: { workspaceId: string; period: string; startsOn: string },
): Promise<{ programs: Map<string, number>; channels: Map<string, number> }> {
  const result = await ex.execute<{
    program_id: string | null;
    channel: string | null;
    leads_target: number;
  }>(
    sql`select program_id, channel, leads_target from marketing_plans
      where workspace_id = ${f.workspaceId} and period = ${f.period} and starts_on = ${f.startsOn}
        and leads_target is not null and (program_id is not null or channel is not null)`,
  );
  const programs = new Map<string, number>();
  const channels = new Map<string, number>();
  for (const r of result.rows) {
    if (r.program_id) programs.set(r.program_id, Number(r.leads_target));
    else if (r.channel) channels.set(r.channel, Number(r.leads_target));
  }
  return { programs, channels };
}
