import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { setupApi, type TestApi } from "../support/api.ts";

// The API's clock is pinned so hand-computed values hold to the second.
const NOW = new Date("2026-06-01T12:00:00Z");
const HOUR = 3_600_000;
const ago = (hours: number) => new Date(NOW.getTime() - hours * HOUR).toISOString();

let api: TestApi;
before(async () => {
  api = await setupApi({ now: () => NOW });
  // Round numbers for hand arithmetic: H = 24 h, warm ≥ 5, hot ≥ 10.
  const res = await api.call("PUT", "/api/v1/settings/scoring", {
    halfLifeHours: 24,
    warmThreshold: 5,
    hotThreshold: 10,
    weights: { form_submit: 8, meeting: 20, page_view: 1, unsubscribe: -12, email_sent: 0 },
  });
  assert.equal(res.status, 200);
});
after(() => api.close());

const touchpointsOf = async (contactId: string) =>
  Number(
    (
      await api.deps.db.execute<{ n: string }>(
        sql`select count(*) as n from touchpoints where workspace_id = ${api.workspaceId} and contact_id = ${contactId}`,
      )
    ).rows[0]!.n,
  );

describe("recording touchpoints", () => {
  test("a touchpoint by email creates the contact, and an inbound response makes it a lead", async () => {
    const email = `new-${api.slug}@example.com`;
    const res = await api.call("POST", "/api/v1/touchpoints", {
      email,
      kind: "form_submit",
      occurredAt: ago(24),
    });
    assert.equal(res.status, 201);
    assert.equal(res.body.status, "created");
    assert.equal(res.body.contactCreated, true);
    const contact = await api.call("GET", `/api/v1/contacts/${res.body.contactId}`);
    assert.equal(contact.body.stage, "lead");
    // 8 · 2^(−24/24) = 4: below warm (5).
    assert.ok(Math.abs(contact.body.score - 4) < 1e-9);
    assert.equal(contact.body.temperature, "cold");
  });

  test("out-of-order touches and a negative weight give the hand-computed score and hotUntil", async () => {
    const email = `ooo-${api.slug}@example.com`;
    // Arrive newest first: meeting 12 h ago, then a form 36 h ago, then an unsubscribe 48 h ago.
    for (const [kind, hours] of [
      ["meeting", 12],
      ["form_submit", 36],
      ["unsubscribe", 48],
    ] as const) {
      const r = await api.call("POST", "/api/v1/touchpoints", { email, kind, occurredAt: ago(hours) });
      assert.equal(r.status, 201);
    }
    const id = (await api.call("GET", `/api/v1/contacts?q=ooo-${api.slug}`)).body.data[0].id;
    const score = await api.call("GET", `/api/v1/contacts/${id}/score?at=${NOW.toISOString()}`);
    // At t₀ (12 h ago): E₀ = 20 + 8·2^(−1) − 12·2^(−1.5) = 24 − 4.242640687 = 19.757359313
    const e0 = 20 + 8 * 0.5 - 12 * 2 ** -1.5;
    const expectedNow = e0 * 2 ** -0.5;
    assert.ok(Math.abs(score.body.value - expectedNow) < 1e-9, `${score.body.value} vs ${expectedNow}`);
    assert.equal(score.body.temperature, "hot");
    // hotUntil = t₀ + 24 h · log₂(E₀/10), to the second.
    const t0 = NOW.getTime() - 12 * HOUR;
    const hotUntil = t0 + 24 * HOUR * Math.log2(e0 / 10);
    assert.equal(Math.floor(Date.parse(score.body.hotUntil) / 1000), Math.floor(hotUntil / 1000));
    // The explanation sums to the value and lists every touch.
    const sum = score.body.contributions.reduce(
      (s: number, c: { contribution: number }) => s + c.contribution,
      0,
    );
    assert.ok(Math.abs(sum - expectedNow) < 1e-9);
    assert.deepEqual(score.body.contributions.map((c: { kind: string }) => c.kind).sort(), [
      "form_submit",
      "meeting",
      "unsubscribe",
    ]);
    // Read in the past, before the meeting: only the form and the unsubscribe count.
    const past = await api.call("GET", `/api/v1/contacts/${id}/score?at=${ago(24)}`);
    const expectedPast = 8 * 2 ** -0.5 - 12 * 2 ** -1; // form 12 h before, unsubscribe 24 h before
    assert.ok(Math.abs(past.body.value - expectedPast) < 1e-9, `${past.body.value} vs ${expectedPast}`);
    assert.equal(past.body.temperature, "cold");
  });

  test("a batch reports per-item results and writes the good items", async () => {
    const program = await api.call("POST", "/api/v1/programs", {
      name: "Webinar",
      channel: "content",
      currency: "USD",
    });
    assert.equal(program.status, 201);
    const e = (n: string) => `batch-${n}-${api.slug}@example.com`;
    const res = await api.call("POST", "/api/v1/touchpoints/batch", {
      items: [
        {
          email: e("a"),
          kind: "page_view",
          occurredAt: ago(1),
          programId: program.body.id,
          externalId: `x1-${api.slug}`,
        },
        {
          email: e("b"),
          kind: "page_view",
          occurredAt: ago(1),
          programId: "01939a4e-7b1c-7cc3-9a52-3f7e4b5d6a10",
        },
        { email: e("c"), kind: "page_view", occurredAt: new Date(NOW.getTime() + 10 * 60_000).toISOString() },
        { contactId: "01939a4e-7b1c-7cc3-9a52-3f7e4b5d6a11", kind: "call", occurredAt: ago(1) },
        { email: e("a"), kind: "page_view", occurredAt: ago(2), externalId: `x1-${api.slug}` },
        { email: e("a"), kind: "form_submit", occurredAt: ago(0.5) },
      ],
    });
    assert.equal(res.status, 200);
    assert.deepEqual(
      res.body.results.map((r: { status: string }) => r.status),
      ["created", "error", "error", "error", "duplicate", "created"],
    );
    assert.match(res.body.results[1].error.message, /Program/);
    assert.match(res.body.results[2].error.message, /future/);
    assert.equal(res.body.results[4].touchpointId, res.body.results[0].touchpointId);
    assert.equal(await touchpointsOf(res.body.results[0].contactId), 2);
    // Contacts of rejected items were not created.
    const b = await api.call("GET", `/api/v1/contacts?q=batch-b-${api.slug}`);
    assert.equal(b.body.data.length, 0);
    // Re-sending the same externalId is a duplicate and does not move the score.
    const before = (await api.call("GET", `/api/v1/contacts/${res.body.results[0].contactId}`)).body.score;
    const again = await api.call("POST", "/api/v1/touchpoints", {
      email: e("a"),
      kind: "page_view",
      occurredAt: ago(1),
      externalId: `x1-${api.slug}`,
    });
    assert.equal(again.status, 200);
    assert.equal(again.body.status, "duplicate");
    assert.equal(
      (await api.call("GET", `/api/v1/contacts/${res.body.results[0].contactId}`)).body.score,
      before,
    );
  });

  test("whole-batch errors write nothing", async () => {
    const email = `whole-${api.slug}@example.com`;
    const good = { email, kind: "page_view", occurredAt: ago(1) };
    const cases: [unknown, number][] = [
      [{ items: Array.from({ length: 1001 }, () => good) }, 400],
      [{ items: [good, { ...good, kind: "telepathy" }] }, 400],
      [{ items: [good, { ...good, occurredAt: "yesterday" }] }, 400],
      [{ items: [good, { ...good, colour: "red" }] }, 400],
      [{ items: [good, { kind: "page_view", occurredAt: ago(1) }] }, 400],
      [[good], 400],
      ['{"items": [', 400],
    ];
    for (const [body, status] of cases) {
      const res = await api.call("POST", "/api/v1/touchpoints/batch", body);
      assert.equal(res.status, status);
      assert.equal(res.body.error.code, "validation_failed");
    }
    assert.equal((await api.call("GET", `/api/v1/contacts?q=whole-${api.slug}`)).body.data.length, 0);
  });

  test("a single bad touchpoint is a 4xx and writes nothing", async () => {
    const email = `single-${api.slug}@example.com`;
    const unknown = await api.call("POST", "/api/v1/touchpoints", {
      email,
      kind: "page_view",
      occurredAt: ago(1),
      programId: "01939a4e-7b1c-7cc3-9a52-3f7e4b5d6a10",
    });
    assert.equal(unknown.status, 422);
    const future = await api.call("POST", "/api/v1/touchpoints", {
      email,
      kind: "page_view",
      occurredAt: ago(-1),
    });
    assert.equal(future.status, 400);
    assert.match(future.body.error.message, /future/);
    assert.equal((await api.call("GET", `/api/v1/contacts?q=single-${api.slug}`)).body.data.length, 0);
  });
});
