// Touches to close: each customer won in the period with its touches before the win by side,
// and the channel of its first touch — one index range per customer (touchpoints_contact_idx).
import { sql } from "drizzle-orm";
import type { WonCustomer } from "../../../domain/touches-to-close.ts";
import type { Executor } from "../../db.ts";
import { dayStart, nextDayStart } from "./period-sql.ts";

export async function wonCustomers(
  ex: Executor,
  f: { workspaceId: string; from: string; to: string; ownerId?: string },
): Promise<WonCustomer[]> {
  const ws = f.workspaceId;
  const result = await ex.execute<{ marketing: string; sales: string; first_channel: string | null }>(sql`
    select
      (select count(*) from touchpoints t where t.workspace_id = ${ws} and t.contact_id = l.contact_id
        and t.occurred_at <= l.customer_at and t.side = 'marketing') as marketing,
      (select count(*) from touchpoints t where t.workspace_id = ${ws} and t.contact_id = l.contact_id
        and t.occurred_at <= l.customer_at and t.side = 'sales') as sales,
      (select p.channel from touchpoints t
        left join programs p on p.workspace_id = t.workspace_id and p.id = t.program_id
        where t.workspace_id = ${ws} and t.contact_id = l.contact_id
        order by t.occurred_at, t.id limit 1) as first_channel
    from contact_lifecycle l
    where l.workspace_id = ${ws}
      and l.customer_at >= ${dayStart(f.from)}::timestamptz and l.customer_at < ${nextDayStart(f.to)}::timestamptz
      ${f.ownerId ? sql`and exists (select 1 from contacts c where c.workspace_id = l.workspace_id and c.id = l.contact_id and c.owner_id = ${f.ownerId})` : sql``}`);
  return result.rows.map((r) => ({
    marketing: Number(r.marketing),
    sales: Number(r.sales),
    firstChannel: r.first_channel,
  }));
}
