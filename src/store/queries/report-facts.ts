// The facts the reports read, kept current by the writers of their sources in the same
// transaction (see store/schema/report-facts.ts). Each is a projection that could be rebuilt
// from its source at any time; test/api/report-facts.test.ts rebuilds them and compares.
import { sql } from "drizzle-orm";
import type { Executor } from "../db.ts";

const uuidArray = (ids: readonly string[]) => `{${ids.join(",")}}`;

/**
 * Rewrites the contacts' lifecycle facts from their whole stage history: the first entry into
 * each stage, the instant they entered the funnel and the touchpoint (and program) that did it.
 * Called by the stage-history writers with the contacts whose history they changed; reading
 * the history again (rather than patching the row) keeps a moved transition exact.
 */
export async function refreshContactLifecycle(
  ex: Executor,
  workspaceId: string,
  contactIds: readonly string[],
): Promise<void> {
  if (contactIds.length === 0) return;
  await ex.execute(sql`
    insert into contact_lifecycle (workspace_id, contact_id, funnel_at, lead_touchpoint_id, lead_program_id,
      lead_at, sales_ready_at, in_sales_at, customer_at, recycled_at, disqualified_at)
    select ${workspaceId}, f.contact_id, f.funnel_at, t.id, t.program_id,
      f.lead_at, f.sales_ready_at, f.in_sales_at, f.customer_at, f.recycled_at, f.disqualified_at
    from (
      select h.contact_id,
        min(h.changed_at) filter (where h.to_stage in ('lead', 'sales_ready', 'in_sales', 'customer')) as funnel_at,
        (array_agg(case when h.cause = 'touchpoint' then h.cause_id end order by h.changed_at, h.id)
          filter (where h.to_stage in ('lead', 'sales_ready', 'in_sales', 'customer')))[1] as first_touchpoint_id,
        min(h.changed_at) filter (where h.to_stage = 'lead') as lead_at,
        min(h.changed_at) filter (where h.to_stage = 'sales_ready') as sales_ready_at,
        min(h.changed_at) filter (where h.to_stage = 'in_sales') as in_sales_at,
        min(h.changed_at) filter (where h.to_stage = 'customer') as customer_at,
        min(h.changed_at) filter (where h.to_stage = 'recycled') as recycled_at,
        min(h.changed_at) filter (where h.to_stage = 'disqualified') as disqualified_at
      from contact_stage_history h
      where h.workspace_id = ${workspaceId} and h.contact_id = any(${uuidArray(contactIds)}::uuid[])
      group by h.contact_id
      having bool_or(h.to_stage <> 'prospect')
    ) f
    -- One index probe per contact (the limit keeps it a nested loop): as a plain join the planner
    -- hashed every touchpoint of the workspace when its statistics were behind the table.
    left join lateral (
      select t.id, t.program_id from touchpoints t
      where t.workspace_id = ${workspaceId} and t.id = f.first_touchpoint_id limit 1
    ) t on true
    on conflict (workspace_id, contact_id) do update set
      funnel_at = excluded.funnel_at, lead_touchpoint_id = excluded.lead_touchpoint_id,
      lead_program_id = excluded.lead_program_id, lead_at = excluded.lead_at,
      sales_ready_at = excluded.sales_ready_at, in_sales_at = excluded.in_sales_at,
      customer_at = excluded.customer_at, recycled_at = excluded.recycled_at,
      disqualified_at = excluded.disqualified_at`);
}
