// The audit log: each change is recorded by the use case that makes it, in its transaction;
// the log is append-only in PostgreSQL itself; only admins read it; secrets never reach it.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { setupApi, type TestApi } from "../support/api.ts";

let api: TestApi;
before(async () => {
  api = await setupApi();
});
after(() => api.close());

const events = async (query = "") => {
  const res = await api.call("GET", `/api/v1/audit-events${query}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body as {
    data: { action: string; targetId: string; summary: string; details: any; actor: any }[];
    nextCursor: string | null;
  };
};

describe("the audit log", () => {
  test("records user invitations, role changes and deactivations, with the admin who did them", async () => {
    const invited = await api.call("POST", "/api/v1/users/invitations", {
      email: `rep-${api.slug}@example.com`,
      name: "Rita Rep",
      role: "sales",
    });
    assert.equal(invited.status, 201, JSON.stringify(invited.body));
    const userId = invited.body.user.id;
    assert.equal((await api.call("PATCH", `/api/v1/users/${userId}`, { role: "marketing" })).status, 200);
    assert.equal((await api.call("POST", `/api/v1/users/${userId}/deactivate`)).status, 200);
    const log = await events(`?targetId=${userId}`);
    assert.deepEqual(
      log.data.map((e) => e.action),
      ["user.deactivated", "user.role_changed", "user.invited"],
    );
    assert.deepEqual(log.data[1]!.details.before.role, "sales");
    assert.deepEqual(log.data[1]!.details.after.role, "marketing");
    assert.equal(log.data[0]!.actor.userId, api.admin.userId);
    assert.equal(log.data[0]!.actor.via, "api_key");
    // The invitation link is a secret: it is not in the log.
    assert.equal(JSON.stringify(log).includes(invited.body.link), false);
  });

  test("records API keys by id and prefix, never the key", async () => {
    const created = await api.call("POST", "/api/v1/api-keys", { name: "Zapier" });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal((await api.call("POST", `/api/v1/api-keys/${created.body.id}/revoke`)).status, 200);
    const log = await events(`?targetId=${created.body.id}`);
    assert.deepEqual(
      log.data.map((e) => e.action),
      ["apikey.revoked", "apikey.created"],
    );
    assert.equal(JSON.stringify(log).includes(created.body.key), false);
  });

  test("records a settings change as before and after, without the SMTP password", async () => {
    const settings = {
      smtp: {
        host: "smtp.example.test",
        port: 587,
        security: "starttls",
        user: "mailer",
        password: "hunter2-secret",
      },
      fromName: "Acme",
      fromAddress: "news@acme.test",
      sendWindow: { timeZone: "UTC", days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" },
      ratePerMinute: 90,
    };
    assert.equal((await api.call("PUT", "/api/v1/email-settings", settings)).status, 200);
    const log = await events("?action=settings.changed");
    const email = log.data.find((e) => e.details.area === "email")!;
    assert.ok(email, "an email settings event");
    assert.equal(JSON.stringify(email).includes("hunter2"), false);
    assert.equal(email.details.changes.smtpPasswordReplaced.after, true, JSON.stringify(email.details));
    assert.equal(email.details.changes.ratePerMinute.after, 90);
  });

  test("records a CSV download", async () => {
    const res = await api.app.request("/api/v1/reports/funnel?from=2026-01-01&to=2026-01-31&format=csv", {
      headers: { Authorization: `Bearer ${api.admin.key}` },
    });
    assert.equal(res.status, 200);
    assert.match(res.headers.get("Content-Type") ?? "", /text\/csv/);
    const log = await events("?action=export.downloaded");
    assert.match(log.data[0]!.summary, /funnel-2026-01-01-2026-01-31\.csv/);
  });

  test("pages newest first", async () => {
    const first = await events("?limit=2");
    assert.equal(first.data.length, 2);
    assert.ok(first.nextCursor);
    const second = await events(`?limit=2&cursor=${first.nextCursor}`);
    assert.notEqual(
      second.data[0]!.targetId + second.data[0]!.action,
      first.data[1]!.targetId + first.data[1]!.action,
    );
  });

  test("is refused to everyone but admins", async () => {
    for (const role of ["marketing", "sales"] as const) {
      const user = await api.userWithKey(role);
      assert.equal((await api.callerFor(user.key)("GET", "/api/v1/audit-events")).status, 403);
    }
  });

  test("cannot be changed or deleted, not even in SQL", async () => {
    const refused = (err: Error) =>
      /append-only/.test(String((err.cause as Error | undefined)?.message ?? err.message));
    await assert.rejects(
      api.deps.db.execute(
        sql`update audit_events set summary = 'nothing happened' where workspace_id = ${api.workspaceId}`,
      ),
      refused,
    );
    await assert.rejects(
      api.deps.db.execute(sql`delete from audit_events where workspace_id = ${api.workspaceId}`),
      refused,
    );
    assert.ok((await events()).data.length > 0);
  });
});
