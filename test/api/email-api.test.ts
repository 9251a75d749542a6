// The email API around sending: templates, settings (write-only password), consent, the
// suppression list and the outbox, with who may do what.
import "@hono/zod-openapi";
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { eq } from "drizzle-orm";
import { emailSettings } from "../../src/store/schema/index.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import { ALWAYS_OPEN, newContact, newTemplate, queue } from "../support/email.ts";

let api: TestApi;
let asSales: TestApi["call"];
let asMarketing: TestApi["call"];
let asPartner: TestApi["call"];

before(async () => {
  api = await setupApi();
  asSales = api.callerFor((await api.userWithKey("sales")).key);
  asMarketing = api.callerFor((await api.userWithKey("marketing")).key);
  asPartner = api.callerFor((await api.userWithKey("partner")).key);
});
after(() => api.close());

describe("templates", () => {
  test("marketing creates, changes and deletes a template; the merge fields it uses are listed", async () => {
    const created = await asMarketing("POST", "/api/v1/email-templates", {
      name: "Welcome",
      kind: "marketing",
      subject: "Welcome, {{firstName}}",
      body: "Hello {{ fullName }} from {{company}}.\n\n{{unsubscribeUrl}}",
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual(created.body.fields.sort(), ["company", "firstName", "fullName", "unsubscribeUrl"]);
    const changed = await asMarketing("PATCH", `/api/v1/email-templates/${created.body.id}`, {
      name: "Welcome 2",
    });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.name, "Welcome 2");
    const extra = await asMarketing("POST", "/api/v1/email-templates", {
      name: "Extra",
      kind: "marketing",
      subject: "x",
      body: "y",
      html: "<b>raw</b>",
    });
    assert.equal(extra.status, 400, "unknown fields (a raw HTML body, say) are refused");
    const conflict = await asMarketing("POST", "/api/v1/email-templates", {
      name: "WELCOME 2",
      kind: "marketing",
      subject: "x",
      body: "y",
    });
    assert.equal(conflict.status, 409);
    assert.equal((await asMarketing("DELETE", `/api/v1/email-templates/${created.body.id}`)).status, 204);
    assert.equal((await asMarketing("GET", `/api/v1/email-templates/${created.body.id}`)).status, 404);
  });

  test("an unknown merge field or a stray {{ is refused at save time, naming the problem", async () => {
    const res = await api.call("POST", "/api/v1/email-templates", {
      name: "Bad",
      kind: "marketing",
      subject: "Hi {{nickname}}",
      body: "Hello {{ firstName",
    });
    assert.equal(res.status, 400);
    const paths = res.body.error.details.issues.map((i: { path: string }) => i.path).sort();
    assert.deepEqual(paths, ["body", "subject"]);
    assert.match(res.body.error.message, /\{\{nickname\}\}/);
  });

  test("sales reads templates but may not write them; partners may not read them", async () => {
    const id = await newTemplate(api);
    assert.equal((await asSales("GET", `/api/v1/email-templates/${id}`)).status, 200);
    assert.equal((await asSales("GET", "/api/v1/email-templates")).status, 200);
    assert.equal((await asSales("PATCH", `/api/v1/email-templates/${id}`, { name: "Mine" })).status, 403);
    assert.equal((await asPartner("GET", "/api/v1/email-templates")).status, 403);
  });
});

describe("email settings", () => {
  test("the defaults: no SMTP (local outbox), Baton <no-reply@localhost>, Mon–Fri 09–17 UTC, 60/minute", async () => {
    const res = await api.call("GET", "/api/v1/email-settings");
    assert.equal(res.status, 200);
    assert.deepEqual(res.body, {
      smtp: null,
      fromName: "Baton",
      fromAddress: "no-reply@localhost",
      sendWindow: { timeZone: "UTC", days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" },
      ratePerMinute: 60,
      updatedAt: null,
    });
  });

  test("the SMTP password is write-only: shown as set, kept when omitted, removed with null", async () => {
    const body = (password?: string | null) => ({
      smtp: {
        host: "smtp.example.test",
        port: 587,
        security: "starttls",
        user: "baton",
        ...(password === undefined ? {} : { password }),
      },
      fromName: "Acme",
      fromAddress: "news@acme.test",
      sendWindow: ALWAYS_OPEN,
      ratePerMinute: 120,
    });
    const stored = async () =>
      (
        await api.deps.db.select().from(emailSettings).where(eq(emailSettings.workspaceId, api.workspaceId))
      )[0]!.smtpPassword;
    const set = await api.call("PUT", "/api/v1/email-settings", body("s3cret"));
    assert.equal(set.status, 200, JSON.stringify(set.body));
    assert.equal(set.body.smtp.passwordSet, true);
    assert.doesNotMatch(JSON.stringify(set.body), /s3cret/);
    assert.doesNotMatch(JSON.stringify((await api.call("GET", "/api/v1/email-settings")).body), /s3cret/);
    await api.call("PUT", "/api/v1/email-settings", body());
    assert.equal(await stored(), "s3cret");
    const cleared = await api.call("PUT", "/api/v1/email-settings", body(null));
    assert.equal(cleared.body.smtp.passwordSet, false);
    assert.equal(await stored(), null);
  });

  test("a sender name with a line break, a bad address, a bad window or a bad time zone is refused", async () => {
    const good = {
      smtp: null,
      fromName: "Acme",
      fromAddress: "news@acme.test",
      sendWindow: ALWAYS_OPEN,
      ratePerMinute: 60,
    };
    for (const bad of [
      { fromName: "Acme\r\nBcc: all@example.test" },
      { fromAddress: "news@acme.test>, all@example.test" },
      { fromAddress: "not an address" },
      { sendWindow: { ...ALWAYS_OPEN, start: "18:00", end: "09:00" } },
      { sendWindow: { ...ALWAYS_OPEN, timeZone: "Mars/Olympus" } },
      { ratePerMinute: 0 },
      { smtp: { host: "smtp.example.test\r\nMAIL FROM", port: 25, security: "none" } },
    ]) {
      const res = await api.call("PUT", "/api/v1/email-settings", { ...good, ...bad });
      assert.equal(res.status, 400, JSON.stringify(bad));
    }
  });

  test("only admins read or change them", async () => {
    assert.equal((await asMarketing("GET", "/api/v1/email-settings")).status, 403);
    assert.equal((await asSales("GET", "/api/v1/email-settings")).status, 403);
  });
});

describe("consent", () => {
  test("recorded with source, text and time; the latest row is the current consent", async () => {
    const contact = await newContact(api, { consent: false });
    let res = await api.call("GET", `/api/v1/contacts/${contact.id}/consents`);
    assert.deepEqual(res.body, { marketing: null, data: [] });
    const given = await asSales("POST", `/api/v1/contacts/${contact.id}/consents`, {
      purpose: "marketing",
      granted: true,
      source: "trade show",
      text: "I agree to receive the newsletter.",
      occurredAt: "2026-01-10T10:00:00Z",
    });
    assert.equal(given.status, 201, JSON.stringify(given.body));
    await asSales("POST", `/api/v1/contacts/${contact.id}/consents`, {
      purpose: "marketing",
      granted: false,
      source: "phone call",
      occurredAt: "2026-02-01T10:00:00Z",
    });
    res = await api.call("GET", `/api/v1/contacts/${contact.id}/consents`);
    assert.equal(res.body.marketing, false);
    assert.deepEqual(
      res.body.data.map((c: { source: string; granted: boolean }) => [c.source, c.granted]),
      [
        ["phone call", false],
        ["trade show", true],
      ],
    );
    assert.equal(res.body.data[1].text, "I agree to receive the newsletter.");
  });

  test("unknown contacts are 404; partner users may not; bad input is 400", async () => {
    const contact = await newContact(api, { consent: false });
    const body = { purpose: "marketing", granted: true, source: "web" };
    assert.equal(
      (await api.call("POST", `/api/v1/contacts/${crypto.randomUUID()}/consents`, body)).status,
      404,
    );
    assert.equal((await asPartner("GET", `/api/v1/contacts/${contact.id}/consents`)).status, 403);
    assert.equal(
      (await api.call("POST", `/api/v1/contacts/${contact.id}/consents`, { ...body, purpose: "sales" }))
        .status,
      400,
    );
    assert.equal(
      (
        await api.call("POST", `/api/v1/contacts/${contact.id}/consents`, {
          ...body,
          occurredAt: "2999-01-01T00:00:00Z",
        })
      ).status,
      400,
    );
  });
});

describe("the suppression list", () => {
  test("add (lower-cased), list, refuse a duplicate, remove", async () => {
    const email = `Someone-${crypto.randomUUID().slice(0, 6)}@Example.test`;
    const added = await asMarketing("POST", "/api/v1/suppressions", { email, detail: "asked by phone" });
    assert.equal(added.status, 201);
    assert.deepEqual([added.body.email, added.body.reason], [email.toLowerCase(), "manual"]);
    assert.equal((await asMarketing("POST", "/api/v1/suppressions", { email })).status, 409);
    const list = await asMarketing(
      "GET",
      `/api/v1/suppressions?q=${encodeURIComponent(email.slice(0, 12).toLowerCase())}`,
    );
    assert.deepEqual(
      list.body.data.map((s: { email: string }) => s.email),
      [email.toLowerCase()],
    );
    assert.equal(
      (await asMarketing("DELETE", `/api/v1/suppressions/${encodeURIComponent(email)}`)).status,
      204,
    );
    assert.equal(
      (await asMarketing("DELETE", `/api/v1/suppressions/${encodeURIComponent(email)}`)).status,
      404,
    );
  });

  test("pages newest first with a cursor", async () => {
    const other = await setupApi();
    try {
      for (let i = 0; i < 5; i++) {
        assert.equal(
          (await other.call("POST", "/api/v1/suppressions", { email: `p${i}@example.test` })).status,
          201,
        );
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { data: { email: string }[]; nextCursor: string | null } } = await other.call(
          "GET",
          `/api/v1/suppressions?limit=2${cursor ? `&cursor=${cursor}` : ""}`,
        );
        seen.push(...page.body.data.map((s) => s.email));
        cursor = page.body.nextCursor;
      } while (cursor);
      assert.equal(new Set(seen).size, 5);
    } finally {
      await other.close();
    }
  });

  test("sales may not read or change it", async () => {
    assert.equal((await asSales("GET", "/api/v1/suppressions")).status, 403);
    assert.equal((await asSales("POST", "/api/v1/suppressions", { email: "x@example.test" })).status, 403);
  });
});

describe("the outbox", () => {
  test("lists newest first with cursor pages and filters; a message shows its parts without tracking", async () => {
    const template = await newTemplate(api, {
      body: "Read https://acme.test/a and https://acme.test/b.\n\n{{unsubscribeUrl}}",
    });
    const contact = await newContact(api);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await queue(api, { contactId: contact.id, templateId: template })).outboxId);
    }
    const first = await asSales("GET", `/api/v1/outbox?contactId=${contact.id}&limit=2`);
    assert.equal(first.status, 200);
    assert.deepEqual(
      first.body.data.map((m: { id: string }) => m.id),
      [ids[2], ids[1]],
    );
    const second = await asSales(
      "GET",
      `/api/v1/outbox?contactId=${contact.id}&limit=2&cursor=${first.body.nextCursor}`,
    );
    assert.deepEqual(
      second.body.data.map((m: { id: string }) => m.id),
      [ids[0]],
    );
    assert.equal(second.body.nextCursor, null);
    const queued = await asSales("GET", `/api/v1/outbox?contactId=${contact.id}&status=sent`);
    assert.equal(queued.body.data.length, 0);

    const detail = await asSales("GET", `/api/v1/outbox/${ids[0]}`);
    assert.equal(detail.status, 200);
    assert.equal(detail.body.contactName, "Ada Lovelace");
    assert.deepEqual(detail.body.links, ["https://acme.test/a", "https://acme.test/b"]);
    assert.match(detail.body.htmlBody, /<a href="https:\/\/acme\.test\/a">https:\/\/acme\.test\/a<\/a>/);
    assert.doesNotMatch(detail.body.htmlBody, /\/t\/[oc]\//);
    assert.match(detail.body.textBody, /https:\/\/acme\.test\/a/);
    assert.equal((await asSales("GET", `/api/v1/outbox/${crypto.randomUUID()}`)).status, 404);
    assert.equal((await asSales("GET", "/api/v1/outbox?status=lost")).status, 400);
  });
});
