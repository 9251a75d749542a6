// A workspace set up to mail many people at once, for the suites that run real workers: SMTP on a
// loopback port with a window open around the clock, and N consenting leads enrolled in a
// playbook with their first step due now — written straight into the tables.
import { sql } from "drizzle-orm";
import type { Database } from "../../src/store/db.ts";
import { emailSettings } from "../../src/store/schema/index.ts";
import { type PlaybookWorkspace, playbookWorkspace } from "./playbooks.ts";

/** A fresh workspace whose playbook's one email step is due now for `count` leads, mailed through the port. */
export async function mailingWorkspace(
  database: Database,
  smtpPort: number,
  count: number,
  domain: string,
): Promise<PlaybookWorkspace> {
  const w = await playbookWorkspace(new Date().toISOString(), { database });
  await sendThrough(database, w.api.workspaceId, smtpPort);
  const templateId = await w.template("marketing", "Launch");
  const playbook = await w.playbook({
    name: "Launch announcement",
    tier: null,
    steps: [{ side: "marketing", channel: "email", delayMinutes: 0, templateId }],
  });
  await enrolRecipients(database, w.api.workspaceId, playbook.id, count, domain);
  return w;
}

export async function sendThrough(database: Database, workspaceId: string, smtpPort: number): Promise<void> {
  await database.db.insert(emailSettings).values({
    workspaceId,
    smtpHost: "127.0.0.1",
    smtpPort,
    smtpSecurity: "none",
    fromName: "Acme News",
    fromAddress: "news@acme.test",
    sendWindow: { timeZone: "UTC", days: [1, 2, 3, 4, 5, 6, 7], start: "00:00", end: "00:00" },
    ratePerMinute: 100_000,
  });
}

export async function enrolRecipients(
  database: Database,
  workspaceId: string,
  playbookId: string,
  count: number,
  domain: string,
): Promise<void> {
  await database.db.execute(sql`
    with c as (
      insert into contacts (workspace_id, id, email, first_name, stage, created_at, updated_at)
      select ${workspaceId}, gen_random_uuid(), 'r' || n || ${`@${domain}`}, 'R' || n, 'lead', now(), now()
      from generate_series(1, ${count}) n
      returning id
    ), k as (
      insert into consents (workspace_id, id, contact_id, purpose, granted, source, occurred_at)
      select ${workspaceId}, gen_random_uuid(), c.id, 'marketing', true, 'fault test', now() from c
    )
    insert into enrolments (workspace_id, id, playbook_id, contact_id, status, next_position, next_run_at, enrolled_at)
    select ${workspaceId}, gen_random_uuid(), ${playbookId}, c.id, 'active', 0, now(), now() from c`);
}
