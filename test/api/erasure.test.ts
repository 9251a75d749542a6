// GDPR erasure: after POST /contacts/{id}/erase, the person's address and name are nowhere in the
// database — checked by reading every text and jsonb column of every table — except as a hash;
// their deal stays without them; mail to the address is refused for good; the log says it
// happened without saying who.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { WEBHOOK_EVENTS } from "../../src/domain/webhooks.ts";
import { emailHash } from "../../src/services/audit/email-hash.ts";
import { webhookSubscriptions } from "../../src/store/schema/index.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import { newContact, newTemplate, queue, sendAll } from "../support/email.ts";

let api: TestApi;
before(async () => {
  api = await setupApi();
});
after(() => api.close());

/** Every (table, column) of the public schema whose values are text or jsonb. */
async function textColumns(): Promise<{ table: string; column: string }[]> {
  const result = await api.deps.db.execute<{ table_name: string; column_name: string }>(sql`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and data_type in ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY')
      and table_name in (select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE')`);
  return result.rows.map((r) => ({ table: r.table_name, column: r.column_name }));
}

/** Where any of the texts still appears, as "table.column", anywhere in the database. */
async function whereFound(needles: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const { table, column } of await textColumns()) {
    for (const needle of needles) {
      const result = await api.deps.db.execute<{ n: number }>(
        sql`select count(*)::int as n from ${sql.identifier(table)} where strpos(lower(${sql.identifier(column)}::text), ${needle.toLowerCase()}) > 0`,
      );
      if (result.rows[0]!.n > 0) found.push(`${table}.${column} (${needle})`);
    }
  }
  return found;
}

async function contactCountsAgree(): Promise<void> {
  const kept = await api.deps.db.execute<{ n: number }>(
    sql`select coalesce(sum(n), 0)::int as n from contact_counts where workspace_id = ${api.workspaceId}`,
  );
  const real = await api.deps.db.execute<{ n: number }>(
    sql`select count(*)::int as n from contacts where workspace_id = ${api.workspaceId}`,
  );
  assert.equal(kept.rows[0]!.n, real.rows[0]!.n);
}

describe("erasing a contact", () => {
  const token = crypto.randomUUID().slice(0, 8);
  const firstName = "Zelda";
  const lastName = `Quarrington${token}`;
  const fullName = `${firstName} ${lastName}`;
  const email = `Zelda.Q-${token}@Example.test`;
  let contactId: string;
  let dealId: string;
  let template: string;

  before(async () => {
    // A subscriber to every contact event: its deliveries' payloads hold the address and names.
    await api.deps.db.insert(webhookSubscriptions).values({
      workspaceId: api.workspaceId,
      url: "https://hooks.example.test/baton",
      events: [...WEBHOOK_EVENTS],
      secret: "whsec_test",
    });
    // Created with an Idempotency-Key: the stored reply holds the address too.
    const created = await api.call(
      "POST",
      "/api/v1/contacts",
      { email, firstName, lastName, title: "Head of Trials" },
      { "Idempotency-Key": `erase-${token}` },
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    contactId = created.body.id;
    const consent = await api.call("POST", `/api/v1/contacts/${contactId}/consents`, {
      purpose: "marketing",
      granted: true,
      source: "web form",
      text: `Yes — ${fullName}`,
    });
    assert.equal(consent.status, 201, JSON.stringify(consent.body));
    for (const kind of ["page_view", "form_submit"]) {
      const touch = await api.call("POST", "/api/v1/touchpoints", {
        contactId,
        kind,
        occurredAt: new Date().toISOString(),
      });
      assert.equal(touch.status, 201, JSON.stringify(touch.body));
    }
    // Mailed before the deal (a deal puts them in sales, where marketing mail pauses).
    template = await newTemplate(api);
    await queue(api, { contactId, templateId: template });
    await sendAll(api);
    const outbox = await api.deps.db.execute<{ status: string; to_address: string }>(
      sql`select status, to_address from outbox where workspace_id = ${api.workspaceId} and contact_id = ${contactId}`,
    );
    assert.deepEqual(
      outbox.rows.map((r) => r.status),
      ["sent"],
    );
    const task = await api.call("POST", "/api/v1/tasks", {
      contactId,
      kind: "call",
      title: `Call ${fullName}`,
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    assert.equal(task.status, 201, JSON.stringify(task.body));
    const deal = await api.call("POST", "/api/v1/deals", {
      name: `${fullName} — pilot`,
      contactId,
      amountMinor: 120_000,
      currency: "EUR",
    });
    assert.equal(deal.status, 201, JSON.stringify(deal.body));
    dealId = deal.body.id;
    // Suppressed by hand as well: the plain address must give way to the hash.
    const suppressed = await api.call("POST", "/api/v1/suppressions", { email, reason: "manual" });
    assert.equal(suppressed.status, 201, JSON.stringify(suppressed.body));
    assert.notDeepEqual(await whereFound([email, lastName]), [], "the fixture holds the person somewhere");
  });

  test("is for admins only, and a refusal changes nothing", async () => {
    const marketer = await api.userWithKey("marketing");
    const res = await api.callerFor(marketer.key)("POST", `/api/v1/contacts/${contactId}/erase`, {
      confirmEmail: email,
    });
    assert.equal(res.status, 403);
    assert.equal((await api.call("GET", `/api/v1/contacts/${contactId}`)).status, 200);
  });

  test("needs the contact's address typed back", async () => {
    const res = await api.call("POST", `/api/v1/contacts/${contactId}/erase`, {
      confirmEmail: "someone@else.test",
    });
    assert.equal(res.status, 400);
    assert.match(res.body.error.message, /email address exactly/);
    assert.equal((await api.call("GET", `/api/v1/contacts/${contactId}`)).status, 200);
  });

  test("leaves neither the address nor the name in any table", async () => {
    const res = await api.call("POST", `/api/v1/contacts/${contactId}/erase`, {
      confirmEmail: `  ${email.toUpperCase()} `,
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.dealsKept, 1);
    assert.deepEqual(await whereFound([email, lastName, fullName]), []);
    assert.equal((await api.call("GET", `/api/v1/contacts/${contactId}`)).status, 404);
    await contactCountsAgree();
    const left = await api.deps.db.execute<{ n: number }>(sql`
      select (select count(*) from touchpoints where workspace_id = ${api.workspaceId} and contact_id = ${contactId})
        + (select count(*) from tasks where workspace_id = ${api.workspaceId} and contact_id = ${contactId})
        + (select count(*) from outbox where workspace_id = ${api.workspaceId} and contact_id = ${contactId})
        + (select count(*) from consents where workspace_id = ${api.workspaceId} and contact_id = ${contactId})
        + (select count(*) from suppressions where workspace_id = ${api.workspaceId}) as n`);
    assert.equal(Number(left.rows[0]!.n), 0);
  });

  test("keeps the deal, without the person", async () => {
    const deal = await api.call("GET", `/api/v1/deals/${dealId}`);
    assert.equal(deal.status, 200, JSON.stringify(deal.body));
    assert.equal(deal.body.contactId, null);
    assert.equal(deal.body.contactName, "Erased contact");
    assert.equal(deal.body.name, "[erased] — pilot");
    assert.equal(deal.body.amountMinor, 120_000);
  });

  test("keeps the address only as its hash, and never mails it again", async () => {
    const stored = await api.deps.db.execute<{ email_hash: string }>(
      sql`select email_hash from erased_addresses where workspace_id = ${api.workspaceId}`,
    );
    assert.deepEqual(
      stored.rows.map((r) => r.email_hash),
      [emailHash(email)],
    );
    // Re-imported later, even with consent: a new record, but suppressed.
    const again = await newContact(api, { email: email.toLowerCase(), firstName: "Z", lastName: "Q" });
    const marketing = await queue(api, { contactId: again.id, templateId: template });
    const transactional = await queue(api, {
      contactId: again.id,
      templateId: await newTemplate(api, { kind: "transactional", body: "Your receipt" }),
    });
    for (const queued of [marketing, transactional]) {
      const row = await api.deps.db.execute<{ status: string; reason: string }>(
        sql`select status, reason from outbox where workspace_id = ${api.workspaceId} and id = ${queued.outboxId}`,
      );
      assert.deepEqual({ ...row.rows[0] }, { status: "skipped", reason: "suppressed" });
    }
  });

  test("is in the audit log without personal data", async () => {
    const res = await api.call("GET", "/api/v1/audit-events?action=contact.erased");
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.data.length, 1);
    const [event] = res.body.data;
    assert.equal(event.targetId, contactId);
    assert.equal(event.actor.userId, api.admin.userId);
    assert.equal(event.actor.via, "api_key");
    assert.equal(event.details.emailHash, emailHash(email));
    const text = JSON.stringify(event).toLowerCase();
    for (const needle of [email, lastName, "zelda"]) assert.equal(text.includes(needle.toLowerCase()), false);
  });

  test("an unknown contact is a 404", async () => {
    const res = await api.call("POST", `/api/v1/contacts/${crypto.randomUUID()}/erase`, {
      confirmEmail: email,
    });
    assert.equal(res.status, 404);
  });
});
