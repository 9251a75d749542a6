// The SQL of GDPR erasure (services/contacts/erase-contact.ts): what holds a contact's personal
// data outside the rows that cascade with the contact, and the hash that is all that stays.
import { type SQL, sql } from "drizzle-orm";
import { ERASED_MARK } from "../../domain/erasure.ts";
import type { Executor } from "../db.ts";

/** SHA-256 (hex) of the trimmed, lower-cased address; the same as services/audit/email-hash.ts. */
export const emailHashSql = (email: SQL) =>
  sql`encode(sha256(convert_to(lower(btrim(${email})), 'UTF8')), 'hex')`;

/** A regular expression matching any of the texts literally, case-insensitively (flags 'gi'). */
function literalPattern(needles: string[]): string {
  return needles.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
}

/** `column` with every needle replaced by the erased mark. */
const scrub = (column: SQL, pattern: string) =>
  sql`regexp_replace(${column}, ${pattern}, ${ERASED_MARK}, 'gi')`;
const mentions = (column: SQL, pattern: string) => sql`${column} ~* ${pattern}`;

/**
 * Deals are the company's records: they stay, with their amounts, for the revenue reports. The
 * person leaves them: the contact link is cut and their name or address is taken out of the
 * deal's name, loss note, objections and approval comments. Returns how many deals were kept.
 */
export async function detachFromDeals(
  ex: Executor,
  workspaceId: string,
  contactId: string,
  needles: string[],
): Promise<number> {
  const p = literalPattern(needles);
  const ids = await ex.execute<{ id: string }>(sql`
    update deals set contact_id = null,
      name = ${scrub(sql`name`, p)},
      loss_note = ${scrub(sql`loss_note`, p)}
    where workspace_id = ${workspaceId} and contact_id = ${contactId}
    returning id`);
  const dealIds = `{${ids.rows.map((r) => r.id).join(",")}}`;
  if (ids.rows.length > 0) {
    await ex.execute(sql`
      update deal_objections set text = ${scrub(sql`text`, p)}
      where workspace_id = ${workspaceId} and deal_id = any(${dealIds}::uuid[]) and ${mentions(sql`text`, p)}`);
    await ex.execute(sql`
      update approvals set request_comment = ${scrub(sql`request_comment`, p)},
        decision_comment = ${scrub(sql`decision_comment`, p)}
      where workspace_id = ${workspaceId} and deal_id = any(${dealIds}::uuid[])
        and (${mentions(sql`request_comment`, p)} or ${mentions(sql`decision_comment`, p)})`);
  }
  return ids.rows.length;
}

/**
 * What is not tied to the contact by a key but may still name them: notifications (a hand-off's
 * "New lead for you: Jane Doe", or any that links to the contact) are deleted; stored replies of
 * Idempotency-Keys that contain the address or the id are deleted (a replay then runs the
 * request again, which finds no contact); plain suppressions of the address are replaced by the hash.
 */
export async function removeMentions(
  ex: Executor,
  workspaceId: string,
  contact: { id: string; email: string },
  needles: string[],
): Promise<{ notifications: number; idempotencyKeys: number }> {
  const p = literalPattern(needles);
  const notes = await ex.execute(sql`
    delete from notifications
    where workspace_id = ${workspaceId}
      and (position(${contact.id} in coalesce(link, '')) > 0
        or ${mentions(sql`title`, p)} or ${mentions(sql`coalesce(body, '')`, p)})`);
  const keys = await ex.execute(sql`
    delete from idempotency_keys
    where workspace_id = ${workspaceId} and body is not null
      and (position(${contact.id} in body::text) > 0 or ${mentions(sql`body::text`, p)})`);
  await ex.execute(sql`
    delete from suppressions where workspace_id = ${workspaceId} and email = lower(btrim(${contact.email}))`);
  return { notifications: notes.rowCount ?? 0, idempotencyKeys: keys.rowCount ?? 0 };
}

/** Keeps the address as a hash only, so no mail ever goes to it again. */
export async function keepErasedHash(
  ex: Executor,
  workspaceId: string,
  email: string,
  at: Date,
): Promise<string> {
  const result = await ex.execute<{ email_hash: string }>(sql`
    insert into erased_addresses (workspace_id, email_hash, erased_at)
    values (${workspaceId}, ${emailHashSql(sql`${email}`)}, ${at.toISOString()}::timestamptz)
    on conflict (workspace_id, email_hash) do update set erased_at = excluded.erased_at
    returning email_hash`);
  return result.rows[0]!.email_hash;
}
