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
};

/** A contact's touchpoints, newest first, keyset-paged on (occurred_at, id). */
export async function timelineRows(
  ex: Executor,
  workspaceId: string,
  contactId: string,
  page: { limit: number; before?: { at: string; id: string }; upTo?: Date },
): Promise<TimelineRow[]> {
  const result = await ex.execute<TimelineRow>(sql`
    select t.id, t.kind, t.side, t.program_id, p.name as program_name, t.user_id, u.name as user_name,
      t.occurred_at, t.properties, t.external_id
    from touchpoints t
    left join programs p on p.workspace_id = t.workspace_id and p.id = t.program_id
    left join users u on u.workspace_id = t.workspace_id and u.id = t.user_id
    where t.workspace_id = ${workspaceId} and t.contact_id = ${contactId}
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
