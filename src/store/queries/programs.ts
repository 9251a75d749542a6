// Programs with their figures, and their dated cost lines.
import { and, desc, eq, isNull, lt, sql } from "drizzle-orm";
import type { Executor } from "../db.ts";
import { programs } from "../schema/index.ts";

export interface ProgramTotals {
  /** Null when no cost line is dated up to today: no cost entered, not a cost of 0. */
  costToDateMinor: number | null;
  leads: number;
  customers: number;
}

/**
 * Per program: the cost lines dated up to `today`, the leads it made (contacts whose first
 * inbound response came from it) and how many of those became customers — all time.
 */
export async function programTotals(
  ex: Executor,
  workspaceId: string,
  programIds: readonly string[],
  today: string,
): Promise<Map<string, ProgramTotals>> {
  const totals = new Map<string, ProgramTotals>();
  if (programIds.length === 0) return totals;
  const ids = `{${programIds.join(",")}}`;
  const result = await ex.execute<{ id: string; cost: string | null; leads: string; customers: string }>(sql`
    select p.id,
      (select sum(pc.amount_minor) from program_costs pc
        where pc.workspace_id = ${workspaceId} and pc.program_id = p.id and pc.incurred_on <= ${today}::date) as cost,
      (select count(*) from contact_lifecycle l
        where l.workspace_id = ${workspaceId} and l.lead_program_id = p.id) as leads,
      (select count(*) from contact_lifecycle l
        where l.workspace_id = ${workspaceId} and l.lead_program_id = p.id and l.customer_at is not null) as customers
    from unnest(${ids}::uuid[]) as p(id)`);
  for (const r of result.rows) {
    totals.set(r.id, {
      costToDateMinor: r.cost === null ? null : Number(r.cost),
      leads: Number(r.leads),
      customers: Number(r.customers),
    });
  }
  return totals;
}

export interface ProgramListFilter {
  includeArchived: boolean;
  channel?: string;
  ownerId?: string;
}

/** Programs newest first, after the id `afterId` when given: at most `limit` rows. */
export async function listProgramRows(
  ex: Executor,
  workspaceId: string,
  filter: ProgramListFilter,
  page: { limit: number; afterId?: string },
) {
  return ex
    .select()
    .from(programs)
    .where(
      and(
        eq(programs.workspaceId, workspaceId),
        filter.includeArchived ? undefined : isNull(programs.archivedAt),
        filter.channel
          ? eq(programs.channel, filter.channel as (typeof programs.channel.enumValues)[number])
          : undefined,
        filter.ownerId ? eq(programs.ownerId, filter.ownerId) : undefined,
        page.afterId ? lt(programs.id, page.afterId) : undefined,
      ),
    )
    .orderBy(desc(programs.id))
    .limit(page.limit);
}

export type CostLineRow = {
  id: string;
  program_id: string;
  incurred_on: string;
  amount_minor: string;
  note: string | null;
  created_by: string | null;
  created_at: unknown;
};

export async function insertCostLine(
  ex: Executor,
  workspaceId: string,
  line: {
    id: string;
    programId: string;
    incurredOn: string;
    amountMinor: number;
    note: string | null;
    createdBy: string;
  },
  now: Date,
): Promise<CostLineRow> {
  const result = await ex.execute<CostLineRow>(sql`
    insert into program_costs (workspace_id, id, program_id, incurred_on, amount_minor, note, created_by, created_at)
    values (${workspaceId}, ${line.id}, ${line.programId}, ${line.incurredOn}, ${line.amountMinor}, ${line.note},
      ${line.createdBy}, ${now.toISOString()})
    returning id, program_id, incurred_on::text, amount_minor, note, created_by, created_at`);
  return result.rows[0]!;
}

/** A program's cost lines, latest date first. */
export async function listCostLines(
  ex: Executor,
  workspaceId: string,
  programId: string,
): Promise<CostLineRow[]> {
  const result = await ex.execute<CostLineRow>(sql`
    select id, program_id, incurred_on::text, amount_minor, note, created_by, created_at from program_costs
    where workspace_id = ${workspaceId} and program_id = ${programId}
    order by incurred_on desc, id desc`);
  return result.rows;
}

export async function deleteCostLine(ex: Executor, workspaceId: string, programId: string, id: string) {
  const result = await ex.execute(sql`
    delete from program_costs where workspace_id = ${workspaceId} and program_id = ${programId} and id = ${id}`);
  return (result.rowCount ?? 0) > 0;
}
