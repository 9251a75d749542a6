// Marketing consent in the demo (issue 11, item 8): most people who answered Northwind on the web
// — a form, a download, a webinar, an event sign-up — ticked the newsletter box when they did, so
// the outbox shows mail going out rather than every message skipped for want of consent. Who did
// is decided by the address (a fixed hash), not a random draw, so the rest of the demo's random
// sequence stays as it was.
import { sql } from "drizzle-orm";
import type { Deps } from "../services/context.ts";

/** The share of web responders who gave consent: about seven in ten. */
const CONSENTING_IN_TEN = 7;

export const DEMO_CONSENT_TEXT =
  "Yes, send me Northwind Notes and news about Northwind Analytics. I can unsubscribe at any time.";

/** FNV-1a over the address: the same people consent at every load. */
function addressHash(email: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < email.length; i++) {
    h ^= email.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export const consentsByAddress = (email: string) => addressHash(email.toLowerCase()) % 10 < CONSENTING_IN_TEN;

/** Records the consent of the web responders who gave it, at their first web response. */
export async function grantDemoConsents(deps: Deps, workspaceId: string): Promise<number> {
  const responders = await deps.db.execute<{ id: string; email: string; first_at: Date | string }>(sql`
    select c.id, c.email, min(t.occurred_at) as first_at
    from contacts c
    join touchpoints t on t.workspace_id = c.workspace_id and t.contact_id = c.id
    where c.workspace_id = ${workspaceId}
      and t.kind in ('form_submit', 'content_download', 'webinar', 'event_attended')
    group by c.id, c.email`);
  const consenting = responders.rows.filter((r) => consentsByAddress(r.email));
  if (consenting.length === 0) return 0;
  await deps.db.execute(sql`
    insert into consents (workspace_id, id, contact_id, purpose, granted, source, text, occurred_at)
    select ${workspaceId}, gen_random_uuid(), x.contact_id, 'marketing', true, 'Web form', ${DEMO_CONSENT_TEXT}, x.at
    from unnest(${`{${consenting.map((r) => r.id).join(",")}}`}::uuid[],
                ${`{${consenting.map((r) => new Date(r.first_at).toISOString()).join(",")}}`}::timestamptz[])
      as x(contact_id, at)`);
  return consenting.length;
}
