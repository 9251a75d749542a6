// Sending for real: a loopback SMTP server (smtp-server) receives what Baton sends, mailparser
// reads it back. Headers, merge escaping, the unsubscribe link and its token, the guards at send
// time, temporary and permanent SMTP failures, tracking.

// Before any schema is built: zod schemas get .openapi() only if created after this import.
import "@hono/zod-openapi";
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { and, count, eq, sql } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { RetryableSendError, sendOutboxMessage } from "../../src/services/email/send-outbox-message.ts";
import { closeMailers } from "../../src/services/email/smtp-transport.ts";
import { signToken } from "../../src/services/email/tokens.ts";
import { consents, outbox, suppressions, touchpoints, workspaces } from "../../src/store/schema/index.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import {
  newContact,
  newTemplate,
  outboxRow,
  pathOf,
  publicRequest,
  queue,
  sendAll,
  touchpointKinds,
  useSmtp,
} from "../support/email.ts";
import { startSmtp, type TestSmtp } from "../support/smtp.ts";

let api: TestApi;
let smtp: TestSmtp;
let marketing: string;
let transactional: string;

before(async () => {
  api = await setupApi();
  smtp = await startSmtp();
  await useSmtp(api, smtp.port);
  marketing = await newTemplate(api, {
    subject: "News for {{firstName}}",
    body: "Hi {{firstName}} {{lastName}},\n\nSee https://acme.test/pricing?plan=pro&seats=5 for prices.\n\nBye: {{unsubscribeUrl}}",
  });
  transactional = await newTemplate(api, {
    kind: "transactional",
    subject: "Your invoice",
    body: "Hello {{firstName}}, your invoice is attached.",
  });
});
after(async () => {
  closeMailers();
  await smtp.close();
  await api.close();
});

// mailparser folds List-* headers into one object; the raw line is what a mail client reads.
const rawHeader = (mail: ParsedMail, name: string) =>
  mail.headerLines
    .find((h) => h.key === name.toLowerCase())
    ?.line.replace(/^[^:]+:\s*/, "")
    .replace(/\r?\n\s+/g, " ");

const unsubscribeUrlOf = (mail: ParsedMail) => {
  const header = rawHeader(mail, "List-Unsubscribe");
  const m = /^<(https:\/\/[^>]+)>$/.exec(header ?? "");
  assert.ok(m, `List-Unsubscribe: ${header}`);
  return m[1]!;
};

async function unsubscribeWrites(contactId: string, email: string) {
  const ws = api.workspaceId;
  const [s] = await api.deps.db
    .select({ n: count() })
    .from(suppressions)
    .where(and(eq(suppressions.workspaceId, ws), eq(suppressions.email, email.toLowerCase())));
  const [k] = await api.deps.db
    .select({ n: count() })
    .from(consents)
    .where(and(eq(consents.workspaceId, ws), eq(consents.contactId, contactId)));
  const [t] = await api.deps.db
    .select({ n: count() })
    .from(touchpoints)
    .where(
      and(
        eq(touchpoints.workspaceId, ws),
        eq(touchpoints.contactId, contactId),
        eq(touchpoints.kind, "unsubscribe"),
      ),
    );
  return { suppressions: s!.n, consents: k!.n, unsubscribes: t!.n };
}

describe("a marketing email as it arrives", () => {
  test("From, To, Subject, the row's Message-ID, List-Unsubscribe (https) and List-Unsubscribe-Post", async () => {
    const contact = await newContact(api, { firstName: "Grace", lastName: "Hopper" });
    const queued = await queue(api, { contactId: contact.id, templateId: marketing });
    assert.equal(queued.status, "queued");
    const result = await sendAll(api);
    assert.ok(result.sent >= 1);
    const [mail] = await smtp.messagesTo(contact.email);
    assert.ok(mail, "the message arrived");
    const row = await outboxRow(api, queued.outboxId);
    assert.equal(row.status, "sent");
    assert.equal(row.local, false);
    assert.equal(mail.messageId, row.messageId);
    assert.match(row.messageId, /^<[0-9a-f-]{36}@acme\.test>$/);
    assert.deepEqual(mail.from?.value, [{ address: "news@acme.test", name: "Acme News" }]);
    assert.equal(mail.to && !Array.isArray(mail.to) ? mail.to.text : "", contact.email);
    assert.equal(mail.subject, "News for Grace");
    const url = unsubscribeUrlOf(mail);
    assert.match(url, /^https:\/\/baton\.example\.test\/u\/[A-Za-z0-9_-]+$/);
    assert.equal(rawHeader(mail, "List-Unsubscribe-Post"), "List-Unsubscribe=One-Click");
    // One recipient per SMTP transaction.
    const envelope = smtp.received.find((r) => r.to.includes(contact.email))!;
    assert.deepEqual(envelope.to, [contact.email]);
    assert.equal(envelope.from, "news@acme.test");
    // The text part keeps the original URL; the HTML part links through the click redirect.
    assert.match(mail.text ?? "", /https:\/\/acme\.test\/pricing\?plan=pro&seats=5/);
    assert.match(String(mail.html), /href="https:\/\/baton\.example\.test\/t\/c\/[A-Za-z0-9_-]+"/);
    assert.match(String(mail.html), /<img src="https:\/\/baton\.example\.test\/t\/o\/[A-Za-z0-9_-]+"/);
    assert.deepEqual(await touchpointKinds(api, contact.id), ["email_sent"]);
  });

  test("the email_sent touchpoint is recorded once, even if the row is marked again", async () => {
    const contact = await newContact(api);
    const queued = await queue(api, { contactId: contact.id, templateId: marketing });
    await sendAll(api);
    const again = await sendOutboxMessage(api.deps, {
      workspaceId: api.workspaceId,
      outboxId: queued.outboxId,
    });
    assert.equal(again.attempted, false);
    assert.equal(again.status, "sent");
    assert.equal((await smtp.messagesTo(contact.email)).length, 1);
    assert.deepEqual(await touchpointKinds(api, contact.id), ["email_sent"]);
  });

  test("merge values arrive as data: markup is escaped in HTML, {{email}} in a name stays literal", async () => {
    const contact = await newContact(api, { firstName: "<script>alert(1)</script>", lastName: "{{email}}" });
    await queue(api, { contactId: contact.id, templateId: marketing });
    await sendAll(api);
    const [mail] = await smtp.messagesTo(contact.email);
    assert.ok(mail);
    const html = String(mail.html);
    assert.doesNotMatch(html, /<script>/);
    assert.match(html, /Hi &lt;script&gt;alert\(1\)&lt;\/script&gt; \{\{email\}\},/);
    assert.match(mail.text ?? "", /^Hi <script>alert\(1\)<\/script> \{\{email\}\},/);
    assert.doesNotMatch(mail.text ?? "", new RegExp(`Hi .*${contact.email}`));
    assert.equal(mail.subject, "News for <script>alert(1)</script>");
  });

  test("a contact whose name would break the subject line gets nothing (skipped, unsafe_header)", async () => {
    const contact = await newContact(api, { firstName: "Eve\r\nBcc: victim@example.test" });
    const queued = await queue(api, { contactId: contact.id, templateId: marketing });
    assert.deepEqual([queued.status, queued.reason], ["skipped", "unsafe_header"]);
  });
});

describe("header injection is refused when saving", () => {
  test("a template subject with CR/LF is a 400 and nothing is saved", async () => {
    const before = await api.call("GET", "/api/v1/email-templates?limit=200");
    for (const subject of ["Hi\r\nBcc: all@example.test", "Hi\nthere"]) {
      const res = await api.call("POST", "/api/v1/email-templates", {
        name: `Bad ${crypto.randomUUID()}`,
        kind: "marketing",
        subject,
        body: "x",
      });
      assert.equal(res.status, 400);
      assert.equal(res.body.error.code, "validation_failed");
      assert.match(res.body.error.message, /subject/);
    }
    const after = await api.call("GET", "/api/v1/email-templates?limit=200");
    assert.equal(after.body.data.length, before.body.data.length);
  });
  test("changing a subject to two lines is refused too", async () => {
    const res = await api.call("PATCH", `/api/v1/email-templates/${marketing}`, { subject: "A\r\nB" });
    assert.equal(res.status, 400);
  });
});

describe("unsubscribing through the List-Unsubscribe link", () => {
  let contact: { id: string; email: string };
  let url: string;
  before(async () => {
    contact = await newContact(api);
    await queue(api, { contactId: contact.id, templateId: marketing });
    await sendAll(api);
    const [mail] = await smtp.messagesTo(contact.email);
    url = unsubscribeUrlOf(mail!);
  });

  test("a GET shows a confirmation page with a POST button and writes nothing", async () => {
    const res = await publicRequest(api, pathOf(url));
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /text\/html/);
    assert.match(res.text, /<form method="post">/);
    assert.doesNotMatch(
      res.text,
      new RegExp(contact.email.replace(/[.]/g, "\\.")),
      "the full address is not shown",
    );
    assert.deepEqual(await unsubscribeWrites(contact.id, contact.email), {
      suppressions: 0,
      consents: 1,
      unsubscribes: 0,
    });
  });

  test("the one-click POST without cookies unsubscribes: suppression, consent withdrawn, touchpoint", async () => {
    const res = await publicRequest(api, pathOf(url), {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    assert.equal(res.status, 200);
    assert.match(res.text, /You are unsubscribed/);
    assert.deepEqual(await unsubscribeWrites(contact.id, contact.email), {
      suppressions: 1,
      consents: 2,
      unsubscribes: 1,
    });
    const consentsNow = await api.call("GET", `/api/v1/contacts/${contact.id}/consents`);
    assert.equal(consentsNow.body.marketing, false);
    assert.equal(consentsNow.body.data[0].source, "unsubscribe link");
    const [s] = await api.deps.db
      .select()
      .from(suppressions)
      .where(and(eq(suppressions.workspaceId, api.workspaceId), eq(suppressions.email, contact.email)));
    assert.equal(s!.reason, "unsubscribe");
  });

  test("a replay (POST with an empty body, or the GET) answers the same and writes nothing new", async () => {
    const res = await publicRequest(api, pathOf(url), { method: "POST" });
    assert.equal(res.status, 200);
    assert.match(res.text, /You are unsubscribed/);
    const page = await publicRequest(api, pathOf(url));
    assert.match(page.text, /You are unsubscribed/);
    assert.deepEqual(await unsubscribeWrites(contact.id, contact.email), {
      suppressions: 1,
      consents: 2,
      unsubscribes: 1,
    });
  });

  test("the next marketing email to the contact is skipped as suppressed", async () => {
    const queued = await queue(api, { contactId: contact.id, templateId: marketing });
    assert.deepEqual([queued.status, queued.reason], ["skipped", "suppressed"]);
  });
});

describe("bad unsubscribe tokens are refused and write nothing", () => {
  let victim: { id: string; email: string };
  let attacker: { id: string; email: string };
  let token: string;
  let attackerOutbox: string;
  before(async () => {
    victim = await newContact(api);
    attacker = await newContact(api);
    const v = await queue(api, { contactId: victim.id, templateId: marketing });
    const a = await queue(api, { contactId: attacker.id, templateId: marketing });
    attackerOutbox = a.outboxId;
    await sendAll(api);
    const [mail] = await smtp.messagesTo(attacker.email);
    token = pathOf(unsubscribeUrlOf(mail!)).slice(3);
    assert.ok(v.outboxId);
  });

  const post = (t: string) =>
    publicRequest(api, `/u/${t}`, { method: "POST", body: "List-Unsubscribe=One-Click" });

  test("truncated, tampered, padded, garbage and over-long tokens: 400", async () => {
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === "A" ? "B" : "A") + s.slice(i + 1);
    for (const bad of [
      token.slice(0, -1),
      token.slice(0, 40),
      flip(token, 10),
      flip(token, token.length - 3),
      `${token}A`,
      "x",
      "A".repeat(300),
      "..%2F..%2Fetc",
    ]) {
      const res = await post(bad);
      assert.equal(res.status, 400, bad);
      assert.match(res.text, /not valid/);
      assert.equal((await publicRequest(api, `/u/${bad}`)).status, 400);
    }
    assert.deepEqual(await unsubscribeWrites(attacker.id, attacker.email), {
      suppressions: 0,
      consents: 1,
      unsubscribes: 0,
    });
  });

  test("a token forged for another contact (wrong key, or the right key on someone else's message) is refused", async () => {
    const [ws] = await api.deps.db
      .select({ key: workspaces.signingKey })
      .from(workspaces)
      .where(eq(workspaces.workspaceId, api.workspaceId));
    const ids = { workspaceId: api.workspaceId, contactId: victim.id, outboxId: attackerOutbox };
    // Someone without the key: any key of their own.
    assert.equal((await post(signToken("guessed-key", { purpose: "unsubscribe", ...ids }))).status, 400);
    // Even with the key, a token must name the contact its message went to.
    assert.equal((await post(signToken(ws!.key, { purpose: "unsubscribe", ...ids }))).status, 400);
    // A click or open token of the message is not an unsubscribe token.
    const click = signToken(ws!.key, {
      purpose: "click",
      workspaceId: api.workspaceId,
      contactId: attacker.id,
      outboxId: attackerOutbox,
      position: 0,
    });
    assert.equal((await post(click)).status, 400);
    for (const c of [victim, attacker]) {
      assert.deepEqual(await unsubscribeWrites(c.id, c.email), {
        suppressions: 0,
        consents: 1,
        unsubscribes: 0,
      });
    }
  });

  test("a token signed with another workspace's key does not work here", async () => {
    const other = await setupApi();
    try {
      const [ws] = await other.deps.db
        .select({ key: workspaces.signingKey })
        .from(workspaces)
        .where(eq(workspaces.workspaceId, other.workspaceId));
      const forged = signToken(ws!.key, {
        purpose: "unsubscribe",
        workspaceId: api.workspaceId,
        contactId: attacker.id,
        outboxId: attackerOutbox,
      });
      assert.equal((await post(forged)).status, 400);
    } finally {
      await other.close();
    }
  });
});

describe("the guards, checked again at send time", () => {
  test("an address suppressed after queueing is skipped at send time; nothing arrives", async () => {
    const contact = await newContact(api);
    const queued = await queue(api, { contactId: contact.id, templateId: marketing });
    assert.equal(queued.status, "queued");
    const res = await api.call("POST", "/api/v1/suppressions", {
      email: contact.email.toUpperCase(),
      reason: "complaint",
    });
    assert.equal(res.status, 201);
    await sendAll(api);
    const row = await outboxRow(api, queued.outboxId);
    assert.deepEqual([row.status, row.reason], ["skipped", "suppressed"]);
    assert.equal((await smtp.messagesTo(contact.email)).length, 0);
  });

  test("no marketing consent: skipped at queue time", async () => {
    const contact = await newContact(api, { consent: false });
    const queued = await queue(api, { contactId: contact.id, templateId: marketing });
    assert.deepEqual([queued.status, queued.reason], ["skipped", "no_consent"]);
    await sendAll(api);
    assert.equal((await smtp.messagesTo(contact.email)).length, 0);
  });

  test("consent withdrawn after queueing: skipped at send time", async () => {
    const contact = await newContact(api);
    const queued = await queue(api, { contactId: contact.id, templateId: marketing });
    const res = await api.call("POST", `/api/v1/contacts/${contact.id}/consents`, {
      purpose: "marketing",
      granted: false,
      source: "phone call",
    });
    assert.equal(res.status, 201);
    await sendAll(api);
    const row = await outboxRow(api, queued.outboxId);
    assert.deepEqual([row.status, row.reason], ["skipped", "no_consent"]);
    assert.equal((await smtp.messagesTo(contact.email)).length, 0);
  });

  test("a contact in sales: marketing mail is skipped, transactional mail goes (without List-Unsubscribe)", async () => {
    const contact = await newContact(api, { stage: "in_sales" });
    const m = await queue(api, { contactId: contact.id, templateId: marketing });
    assert.deepEqual([m.status, m.reason], ["skipped", "in_sales"]);
    const t = await queue(api, { contactId: contact.id, templateId: transactional });
    assert.equal(t.status, "queued");
    await sendAll(api);
    const mails = await smtp.messagesTo(contact.email);
    assert.equal(mails.length, 1);
    assert.equal(mails[0]!.subject, "Your invoice");
    assert.equal(rawHeader(mails[0]!, "List-Unsubscribe"), undefined);
    assert.equal((await outboxRow(api, t.outboxId)).status, "sent");
  });

  test("a contact handed to sales after queueing: the marketing mail is skipped at send time", async () => {
    await api.userWithKey("sales");
    const contact = await newContact(api);
    const queued = await queue(api, { contactId: contact.id, templateId: marketing });
    const moved = await api.call("PATCH", `/api/v1/contacts/${contact.id}`, { stage: "sales_ready" });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    await sendAll(api);
    const row = await outboxRow(api, queued.outboxId);
    assert.deepEqual([row.status, row.reason], ["skipped", "in_sales"]);
  });
});

describe("SMTP failures", () => {
  test("a 451 puts the message back in the queue with the reason; it goes once accepted, once", async () => {
    const contact = await newContact(api);
    const queued = await queue(api, { contactId: contact.id, templateId: marketing });
    smtp.refuse.set(contact.email, 451);
    await assert.rejects(
      sendOutboxMessage(api.deps, { workspaceId: api.workspaceId, outboxId: queued.outboxId }),
      (err) => err instanceof RetryableSendError,
    );
    let row = await outboxRow(api, queued.outboxId);
    assert.equal(row.status, "queued");
    assert.match(row.reason ?? "", /451/);
    assert.equal(row.attempts, 1);
    assert.equal((await smtp.messagesTo(contact.email)).length, 0);
    smtp.refuse.delete(contact.email);
    await sendAll(api);
    row = await outboxRow(api, queued.outboxId);
    assert.deepEqual([row.status, row.attempts, row.reason], ["sent", 2, null]);
    const mails = await smtp.messagesTo(contact.email);
    assert.equal(mails.length, 1);
    assert.equal(mails[0]!.messageId, row.messageId);
  });

  test("a 550 fails the message, suppresses the address (hard bounce) and records email_bounce", async () => {
    const contact = await newContact(api);
    const queued = await queue(api, { contactId: contact.id, templateId: transactional });
    smtp.refuse.set(contact.email, 550);
    const result = await sendOutboxMessage(api.deps, {
      workspaceId: api.workspaceId,
      outboxId: queued.outboxId,
    });
    assert.equal(result.status, "failed");
    const row = await outboxRow(api, queued.outboxId);
    assert.match(row.reason ?? "", /^bounced: .*550/);
    const [s] = await api.deps.db
      .select()
      .from(suppressions)
      .where(and(eq(suppressions.workspaceId, api.workspaceId), eq(suppressions.email, contact.email)));
    assert.equal(s!.reason, "hard_bounce");
    assert.deepEqual(await touchpointKinds(api, contact.id), ["email_bounce"]);
    // Even transactional mail stops for a hard bounce.
    const next = await queue(api, { contactId: contact.id, templateId: transactional });
    assert.deepEqual([next.status, next.reason], ["skipped", "suppressed"]);
  });

  test("the server is down: the message is queued again with the reason, not lost", async () => {
    const down = await startSmtp();
    const downPort = down.port;
    await down.close();
    await useSmtp(api, downPort);
    const contact = await newContact(api);
    const queued = await queue(api, { contactId: contact.id, templateId: marketing });
    try {
      const result = await sendAll(api);
      assert.equal(result.retried, 1);
      const row = await outboxRow(api, queued.outboxId);
      assert.equal(row.status, "queued");
      assert.match(row.reason ?? "", /ECONNREFUSED|ECONNECTION|connect/i);
    } finally {
      await useSmtp(api, smtp.port);
    }
    await sendAll(api);
    assert.equal((await outboxRow(api, queued.outboxId)).status, "sent");
    assert.equal((await smtp.messagesTo(contact.email)).length, 1);
  });

  test("a claim left by a crashed worker is taken over after five minutes, with the same Message-ID", async () => {
    const contact = await newContact(api);
    const queued = await queue(api, { contactId: contact.id, templateId: marketing });
    const where = and(eq(outbox.workspaceId, api.workspaceId), eq(outbox.id, queued.outboxId));
    await api.deps.db
      .update(outbox)
      .set({ status: "sending", attempts: 1, claimedAt: new Date() })
      .where(where);
    // A fresh claim is someone else's work in progress.
    const busy = await sendOutboxMessage(api.deps, {
      workspaceId: api.workspaceId,
      outboxId: queued.outboxId,
    });
    assert.deepEqual([busy.attempted, busy.status], [false, "sending"]);
    await api.deps.db.update(outbox).set({ claimedAt: sql`now() - interval '6 minutes'` }).where(where);
    await sendAll(api);
    const row = await outboxRow(api, queued.outboxId);
    assert.deepEqual([row.status, row.attempts], ["sent", 2]);
    const mails = await smtp.messagesTo(contact.email);
    assert.equal(mails.length, 1);
    assert.equal(mails[0]!.messageId, row.messageId);
  });
});

describe("open pixel and click redirect", () => {
  let contact: { id: string; email: string };
  let html: string;
  before(async () => {
    contact = await newContact(api);
    await queue(api, { contactId: contact.id, templateId: marketing });
    await sendAll(api);
    html = String((await smtp.messagesTo(contact.email))[0]!.html);
  });
  const clickPath = () => pathOf(/href="(https:\/\/baton\.example\.test\/t\/c\/[^"]+)"/.exec(html)![1]!);

  test("a click redirects to the stored URL only, and records email_click once", async () => {
    const path = clickPath();
    for (const p of [path, `${path}?url=https://evil.test/`, `${path}?next=//evil.test`]) {
      const res = await publicRequest(api, p);
      assert.equal(res.status, 302, p);
      assert.equal(res.headers.get("location"), "https://acme.test/pricing?plan=pro&seats=5");
    }
    const kinds = await touchpointKinds(api, contact.id);
    assert.deepEqual(kinds, ["email_click", "email_sent"]);
  });

  test("a bad click token is a 404 with no redirect", async () => {
    const path = clickPath();
    for (const p of [path.slice(0, -2), "/t/c/https%3A%2F%2Fevil.test", "/t/c/x"]) {
      const res = await publicRequest(api, p);
      assert.equal(res.status, 404, p);
      assert.equal(res.headers.get("location"), null);
    }
  });

  test("a properly signed click token for a link the message does not have is a 404", async () => {
    const [ws] = await api.deps.db
      .select({ key: workspaces.signingKey })
      .from(workspaces)
      .where(eq(workspaces.workspaceId, api.workspaceId));
    const [row] = await api.deps.db
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.workspaceId, api.workspaceId), eq(outbox.contactId, contact.id)));
    const token = signToken(ws!.key, {
      purpose: "click",
      workspaceId: api.workspaceId,
      contactId: contact.id,
      outboxId: row!.id,
      position: 7,
    });
    const res = await publicRequest(api, `/t/c/${token}`);
    assert.equal(res.status, 404);
  });

  test("the open pixel is a GIF and records email_open once", async () => {
    const path = pathOf(/<img src="(https:\/\/baton\.example\.test\/t\/o\/[^"]+)"/.exec(html)![1]!);
    for (let i = 0; i < 2; i++) {
      const res = await api.app.request(path);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("content-type"), "image/gif");
      assert.equal((await res.arrayBuffer()).byteLength, 42);
    }
    const kinds = await touchpointKinds(api, contact.id);
    assert.equal(kinds.filter((k) => k === "email_open").length, 1);
    assert.equal((await publicRequest(api, `${path.slice(0, -3)}abc`)).status, 404);
  });
});

describe("without an SMTP server", () => {
  test("messages go to the local outbox: sent, local, nothing on the wire", async () => {
    const local = await setupApi();
    try {
      const template = await newTemplate(local);
      const contact = await newContact(local);
      const queued = await queue(local, { contactId: contact.id, templateId: template });
      const result = await sendAll(local);
      assert.deepEqual([result.sent, result.local], [1, 1]);
      const row = await outboxRow(local, queued.outboxId);
      assert.deepEqual([row.status, row.local], ["sent", true]);
      assert.match(row.fromAddress, /no-reply@localhost/);
      assert.equal((await smtp.messagesTo(contact.email)).length, 0);
      assert.deepEqual(await touchpointKinds(local, contact.id), ["email_sent"]);
    } finally {
      await local.close();
    }
  });
});
