// The newsletter against a real SMTP server on loopback: who gets it, who is skipped and why, one
// recipient refused by the server without holding up the others, and idempotency per
// (newsletter, contact) and per (enrolment, step, contact).
import "@hono/zod-openapi";
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { runBroadcast } from "../../src/services/email/broadcasts.ts";
import { closeMailers } from "../../src/services/email/smtp-transport.ts";
import { outbox, suppressions } from "../../src/store/schema/index.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import { newContact, newTemplate, queue, sendAll, touchpointKinds, useSmtp } from "../support/email.ts";
import { startSmtp, type TestSmtp } from "../support/smtp.ts";

let smtp: TestSmtp;
before(async () => {
  smtp = await startSmtp();
});
after(async () => {
  closeMailers();
  await smtp.close();
});

describe("a newsletter to everyone", () => {
  let api: TestApi;
  let template: string;
  const people: Record<string, { id: string; email: string }> = {};
  let broadcast: { id: string; counts: { queued: number; skipped: Record<string, number> } };

  before(async () => {
    api = await setupApi();
    await useSmtp(api, smtp.port);
    template = await newTemplate(api, { subject: "The {{company}} newsletter", body: "Hi {{firstName}}!" });
    people.ada = await newContact(api, { firstName: "Ada" });
    people.bob = await newContact(api, { firstName: "Bob" });
    people.bounces = await newContact(api, { firstName: "Bounce" });
    people.sales = await newContact(api, { firstName: "Sal", stage: "in_sales" });
    people.noConsent = await newContact(api, { firstName: "Nora", consent: false });
    people.suppressed = await newContact(api, { firstName: "Sue" });
    const s = await api.call("POST", "/api/v1/suppressions", { email: people.suppressed.email });
    assert.equal(s.status, 201);
    smtp.refuse.set(people.bounces.email, 550);
  });
  after(() => api.close());

  test("POST /emails/broadcasts queues the template to every contact and skips with reasons", async () => {
    const res = await api.call("POST", "/api/v1/emails/broadcasts", { templateId: template, filter: {} });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    broadcast = res.body;
    assert.deepEqual(broadcast.counts, { queued: 3, skipped: { in_sales: 1, no_consent: 1, suppressed: 1 } });
    assert.ok(res.body.completedAt);
  });

  test("sending: a 550 for one recipient fails and suppresses only that one; the others arrive", async () => {
    const result = await sendAll(api);
    assert.deepEqual(
      { sent: result.sent, failed: result.failed, retried: result.retried },
      { sent: 2, failed: 1, retried: 0 },
    );
    for (const p of [people.ada!, people.bob!])
      assert.equal((await smtp.messagesTo(p.email)).length, 1, p.email);
    for (const p of [people.bounces!, people.sales!, people.noConsent!, people.suppressed!]) {
      assert.equal((await smtp.messagesTo(p.email)).length, 0, p.email);
    }
    const [s] = await api.deps.db
      .select()
      .from(suppressions)
      .where(
        and(eq(suppressions.workspaceId, api.workspaceId), eq(suppressions.email, people.bounces!.email)),
      );
    assert.equal(s?.reason, "hard_bounce");
    assert.deepEqual(await touchpointKinds(api, people.bounces!.id), ["email_bounce"]);
  });

  test("the outbox lists every row of the newsletter with its status and reason", async () => {
    const res = await api.call("GET", `/api/v1/outbox?broadcastId=${broadcast.id}&limit=50`);
    assert.equal(res.status, 200);
    const byContact = new Map(
      res.body.data.map((m: { contactId: string; status: string; reason: string | null }) => [
        m.contactId,
        [m.status, m.reason?.replace(/:.*/, "") ?? null],
      ]),
    );
    assert.deepEqual(byContact.get(people.ada!.id), ["sent", null]);
    assert.deepEqual(byContact.get(people.bounces!.id), ["failed", "bounced"]);
    assert.deepEqual(byContact.get(people.sales!.id), ["skipped", "in_sales"]);
    assert.deepEqual(byContact.get(people.noConsent!.id), ["skipped", "no_consent"]);
    assert.deepEqual(byContact.get(people.suppressed!.id), ["skipped", "suppressed"]);
    const skipped = await api.call("GET", `/api/v1/outbox?broadcastId=${broadcast.id}&status=skipped`);
    assert.equal(skipped.body.data.length, 3);
  });

  test("running the newsletter again adds nothing: one row per (newsletter, contact)", async () => {
    const again = await runBroadcast(api.deps, { workspaceId: api.workspaceId, broadcastId: broadcast.id });
    assert.deepEqual(again.counts, broadcast.counts);
    const rows = await api.deps.db
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.workspaceId, api.workspaceId), eq(outbox.broadcastId, broadcast.id)));
    assert.equal(rows.length, 6);
    assert.equal((await sendAll(api)).sent, 0);
    assert.equal((await smtp.messagesTo(people.ada!.email)).length, 1);
  });

  test("the newsletter is listed with its counts", async () => {
    const res = await api.call("GET", "/api/v1/emails/broadcasts");
    assert.equal(res.status, 200);
    assert.equal(res.body.data[0].id, broadcast.id);
    assert.equal(res.body.data[0].counts.queued, 3);
    const one = await api.call("GET", `/api/v1/emails/broadcasts/${broadcast.id}`);
    assert.equal(one.body.templateId, template);
  });
});

describe("who may send a newsletter, with what, to whom", () => {
  let api: TestApi;
  before(async () => {
    api = await setupApi();
  });
  after(() => api.close());

  test("the filter narrows the audience by stage and temperature", async () => {
    const template = await newTemplate(api);
    const lead = await newContact(api, { stage: "lead" });
    await newContact(api, { stage: "customer" });
    const byStage = await api.call("POST", "/api/v1/emails/broadcasts", {
      templateId: template,
      filter: { stage: "lead" },
    });
    assert.equal(byStage.status, 201);
    assert.equal(byStage.body.counts.queued, 1);
    const rows = await api.call("GET", `/api/v1/outbox?broadcastId=${byStage.body.id}`);
    assert.deepEqual(
      rows.body.data.map((m: { contactId: string }) => m.contactId),
      [lead.id],
    );
    const hot = await api.call("POST", "/api/v1/emails/broadcasts", {
      templateId: template,
      filter: { temperature: "hot" },
    });
    assert.equal(hot.status, 201);
    assert.deepEqual(hot.body.counts, { queued: 0, skipped: {} });
  });

  test("a transactional template cannot be a newsletter; unknown templates and filters are refused", async () => {
    const t = await newTemplate(api, { kind: "transactional" });
    const res = await api.call("POST", "/api/v1/emails/broadcasts", { templateId: t });
    assert.equal(res.status, 400);
    assert.match(res.body.error.message, /marketing template/);
    const unknown = await api.call("POST", "/api/v1/emails/broadcasts", { templateId: crypto.randomUUID() });
    assert.equal(unknown.status, 422);
    const badFilter = await api.call("POST", "/api/v1/emails/broadcasts", {
      templateId: t,
      filter: { stage: "vip" },
    });
    assert.equal(badFilter.status, 400);
  });

  test("marketing may send one; sales and partners may not", async () => {
    const template = await newTemplate(api);
    const marketing = api.callerFor((await api.userWithKey("marketing")).key);
    assert.equal(
      (await marketing("POST", "/api/v1/emails/broadcasts", { templateId: template })).status,
      201,
    );
    const sales = api.callerFor((await api.userWithKey("sales")).key);
    assert.equal((await sales("POST", "/api/v1/emails/broadcasts", { templateId: template })).status, 403);
    const partner = api.callerFor((await api.userWithKey("partner")).key);
    assert.equal((await partner("POST", "/api/v1/emails/broadcasts", { templateId: template })).status, 403);
    assert.equal((await partner("GET", "/api/v1/outbox")).status, 403);
  });
});

describe("a sequence step's email is queued once per (enrolment, step, contact)", () => {
  test("queueing again returns the same row, created: false", async () => {
    const api = await setupApi();
    try {
      const template = await newTemplate(api);
      const contact = await newContact(api);
      const step = { enrolmentId: crypto.randomUUID(), stepId: crypto.randomUUID() };
      const first = await queue(api, { contactId: contact.id, templateId: template, ...step });
      const second = await queue(api, { contactId: contact.id, templateId: template, ...step });
      assert.equal(first.created, true);
      assert.deepEqual(second, { outboxId: first.outboxId, status: "queued", created: false });
      const other = await queue(api, {
        contactId: contact.id,
        templateId: template,
        ...step,
        stepId: crypto.randomUUID(),
      });
      assert.notEqual(other.outboxId, first.outboxId);
      await assert.rejects(
        queue(api, { contactId: contact.id, templateId: template, enrolmentId: step.enrolmentId }),
        /both its enrolment and its step/,
      );
      await assert.rejects(queue(api, { contactId: crypto.randomUUID(), templateId: template }), /not found/);
    } finally {
      await api.close();
    }
  });
});
