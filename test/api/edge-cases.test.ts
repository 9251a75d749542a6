import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { engagementFromTouches } from "../../src/domain/explain.ts";
import { revokeApiKey } from "../../src/services/auth/api-keys.ts";
import { setupApi, type TestApi } from "../support/api.ts";

let api: TestApi;
let other: TestApi;
before(async () => {
  api = await setupApi();
  other = await setupApi();
});
after(async () => {
  await api.close();
  await other.close();
});

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describe("concurrency", () => {
  test("concurrent batches for the same contacts lose no touch and no score", async () => {
    const emails = Array.from({ length: 5 }, (_, i) => `race-${i}-${api.slug}@example.com`);
    for (const email of emails)
      await api.call("POST", "/api/v1/touchpoints", { email, kind: "page_view", occurredAt: ago(500) });
    const batch = (b: number) => ({
      items: Array.from({ length: 50 }, (_, i) => ({
        email: emails[i % emails.length],
        kind: i % 3 === 0 ? "form_submit" : "page_view",
        occurredAt: ago(b * 7 + i),
      })),
    });
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, b) => api.call("POST", "/api/v1/touchpoints/batch", batch(b))),
    );
    for (const r of results) assert.equal(r.body.created, 50);
    const settings = (await api.call("GET", "/api/v1/settings/scoring")).body;
    const s = {
      halfLifeMs: settings.halfLifeHours * 3_600_000,
      warmThreshold: settings.warmThreshold,
      hotThreshold: settings.hotThreshold,
      weights: settings.weights,
    };
    for (const email of emails) {
      const contact = (await api.call("GET", `/api/v1/contacts?q=${encodeURIComponent(email)}`)).body.data[0];
      const touches = await api.deps.db.execute<{ id: string; kind: string; t: number }>(sql`
        select id, kind, extract(epoch from occurred_at) * 1000 as t from touchpoints
        where workspace_id = ${api.workspaceId} and contact_id = ${contact.id}`);
      assert.equal(contact.touchCount, touches.rows.length);
      const now = Date.now();
      const brute = engagementFromTouches(
        touches.rows.map((r) => ({ id: r.id, kind: r.kind, occurredAt: Number(r.t) })),
        now,
        s,
      );
      const score = (
        await api.call("GET", `/api/v1/contacts/${contact.id}/score?at=${new Date(now).toISOString()}`)
      ).body;
      assert.ok(
        Math.abs(score.value - brute) < 1e-6,
        `${email}: stored ${score.value} vs definition ${brute}`,
      );
    }
  });
});

describe("workspace isolation", () => {
  test("another workspace's contact, program and user ids are unknown here", async () => {
    const theirs = await other.call("POST", "/api/v1/contacts", {
      email: `theirs-${other.slug}@example.com`,
    });
    const program = await other.call("POST", "/api/v1/programs", {
      name: "Theirs",
      channel: "email",
      currency: "USD",
    });
    assert.equal((await api.call("GET", `/api/v1/contacts/${theirs.body.id}`)).status, 404);
    assert.equal((await api.call("PATCH", `/api/v1/contacts/${theirs.body.id}`, { title: "x" })).status, 404);
    assert.equal((await api.call("DELETE", `/api/v1/contacts/${theirs.body.id}`)).status, 404);
    assert.equal((await api.call("GET", `/api/v1/programs/${program.body.id}`)).status, 404);
    const touch = await api.call("POST", "/api/v1/touchpoints", {
      contactId: theirs.body.id,
      kind: "call",
      occurredAt: ago(1),
    });
    assert.equal(touch.status, 422);
    const viaProgram = await api.call("POST", "/api/v1/touchpoints", {
      email: `mine-${api.slug}@example.com`,
      kind: "call",
      occurredAt: ago(1),
      programId: program.body.id,
    });
    assert.equal(viaProgram.status, 422);
    const owner = await api.call("POST", "/api/v1/contacts", {
      email: `owned-${api.slug}@example.com`,
      ownerId: other.admin.userId,
    });
    assert.equal(owner.status, 422);
    assert.equal((await other.call("GET", `/api/v1/contacts/${theirs.body.id}`)).body.title, null);
  });

  test("a revoked key stops working at once", async () => {
    const user = await api.userWithKey("sales");
    const call = api.callerFor(user.key);
    assert.equal((await call("GET", "/api/v1/contacts")).status, 200);
    await revokeApiKey(api.deps, { workspaceId: api.workspaceId, id: user.keyId });
    assert.equal((await call("GET", "/api/v1/contacts")).status, 401);
  });
});

describe("hostile input", () => {
  test("a body that is not JSON is refused, not applied as an empty change", async () => {
    const c = await api.call("POST", "/api/v1/contacts", { email: `ct-${api.slug}@example.com` });
    const res = await api.app.request(`/api/v1/contacts/${c.body.id}`, {
      method: "PATCH",
      headers: {
        Authorization: `Bearer ${api.admin.key}`,
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: "title=CEO",
    });
    assert.equal(res.status, 415);
  });

  test("NUL characters and year 0 are 400s, and nothing of the batch is written", async () => {
    const good = { email: `nul-${api.slug}@example.com`, kind: "page_view", occurredAt: ago(1) };
    const withNul = await api.call("POST", "/api/v1/touchpoints/batch", {
      items: [good, { ...good, externalId: "a\u0000b" }],
    });
    assert.equal(withNul.status, 400);
    assert.match(withNul.body.error.message, /items\.1\.externalId/);
    const yearZero = await api.call("POST", "/api/v1/touchpoints/batch", {
      items: [good, { ...good, occurredAt: "0000-01-01T00:00:00Z" }],
    });
    assert.equal(yearZero.status, 400);
    assert.equal((await api.call("GET", `/api/v1/contacts/${"x"}`)).status, 400);
    assert.equal((await api.call("GET", `/api/v1/contacts?q=nul-${api.slug}`)).body.data.length, 0);
    assert.equal((await api.call("GET", "/api/v1/contacts?at=0000-01-01T00:00:00Z")).status, 400);
  });

  test("an Idempotency-Key is released by a failed request and is private to its user", async () => {
    const headers = { "Idempotency-Key": `retry-${api.slug}` };
    const failed = await api.call("POST", "/api/v1/contacts", { email: "not-an-email" }, headers);
    assert.equal(failed.status, 400);
    const fixed = await api.call(
      "POST",
      "/api/v1/contacts",
      { email: `retry-${api.slug}@example.com` },
      headers,
    );
    assert.equal(fixed.status, 201);
    const marketing = api.callerFor((await api.userWithKey("marketing")).key);
    const theirs = await marketing(
      "POST",
      "/api/v1/contacts",
      { email: `retry-${api.slug}@example.com` },
      headers,
    );
    assert.equal(theirs.status, 409, "another user's repeat is a new request, here a duplicate email");
  });
});
