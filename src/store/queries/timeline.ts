import { sql } from "drizzle-orm";
import type { Executor } from "../db.ts";
import { asDate } from "./rows.ts";

export type TimelineRow = {
  id: string;
  kind: string;
  side: "marketing" | "sales";
  program_id: string | null;
  program_name: string | null;
  user_id: string | null;
  user_name: string | null;
  occurred_at: Date;
  properties: Record<string, unknown>;
  external_id: string | null;
  contact_id: string;
  contact_name: string;
};

/** Whose timeline: one contact's, or every contact's at a company (its people's touches together). */
export type TimelineScope = { contactId: string } | { companyId: string };

/** The touchpoints of a contact or a company's contacts, newest first, keyset-paged on (occurred_at, id). */
export async function timelineRows(
  ex: Executor,
  workspaceId: string,
  scope: TimelineScope,
  page: { limit: number; before?: { at: string; id: string }; upTo?: Date },
): Promise<TimelineRow[]> {
  const whose =
    "contactId" in scope
      ? sql`t.contact_id = ${scope.contactId}`
      : sql`t.contact_id in (select id from contacts where workspace_id = ${workspaceId} and company_id = ${scope.companyId})`;
  const result = await ex.execute<TimelineRow>(sql`
    select t.id, t.kind, t.side, t.program_id, p.name as program_name, t.user_id, u.name as user_name,
      t.occurred_at, t.properties, t.external_id, t.contact_id,
      coalesce(nullif(concat_ws(' ', c.first_name, c.last_name), ''), c.email) as contact_name
    from touchpoints t
    join contacts c on c.workspace_id = t.workspace_id and c.id = t.contact_id
    left join programs p on p.workspace_id = t.workspace_id and p.id = t.program_id
    left join users u on u.workspace_id = t.workspace_id and u.id = t.user_id
    where t.workspace_id = ${workspaceId} and ${whose}
      ${page.before ? sql`and (t.occurred_at, t.id) < (${page.before.at}::timestamptz, ${page.before.id}::uuid)` : sql``}
      ${page.upTo ? sql`and t.occurred_at <= ${page.upTo.toISOString()}::timestamptz` : sql``}
    order by t.occurred_at desc, t.id desc
    limit ${page.limit}`);
  return result.rows.map((r) => ({ ...r, occurred_at: asDate(r.occurred_at) }));
}

/** Every touchpoint of a contact up to `at`, for the score explanation. */
export async function scoringTouches(
  ex: Executor,
  workspaceId: string,
  contactId: string,
  at: Date,
): Promise<{ id: string; kind: string; occurred_at: Date }[]> {
  const result = await ex.execute<{ id: string; kind: string; occurred_at: Date }>(sql`
    select id, kind, occurred_at from touchpoints
    where workspace_id = ${workspaceId} and contact_id = ${contactId} and occurred_at <= ${at.toISOString()}::timestamptz`);
  return result.rows.map((r) => ({ ...r, occurred_at: asDate(r.occurred_at) }));
}
