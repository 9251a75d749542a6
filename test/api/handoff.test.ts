import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { setupApi, type TestApi } from "../support/api.ts";

// Monday 23 November 2026, 10:00 UTC; the default SLA is 24 business hours, Mon–Fri 09–17 UTC:
// Mon 7 h + Tue 8 h + Wed 8 h = 23 h, so first contact is due Thursday at 10:00.
let clock = Date.parse("2026-11-23T10:00:00Z");
const now = () => new Date(clock);
let api: TestApi;
let repA: Awaited<ReturnType<TestApi["userWithKey"]>>;
let repB: Awaited<ReturnType<TestApi["userWithKey"]>>;

before(async () => {
  api = await setupApi({ now });
  const [first, second] = [await api.userWithKey("sales"), await api.userWithKey("sales")];
  // Round-robin walks the sales users in id order.
  [repA, repB] = first.userId < second.userId ? [first, second] : [second, first];
});
after(() => api.close());

async function lead(fields: Record<string, unknown> = {}) {
  const res = await api.call("POST", "/api/v1/contacts", {
    email: `lead-${crypto.randomUUID()}@example.com`,
    firstName: "Lee",
    ...fields,
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id as string;
}

/** Form (10) + event (12) + webinar (10) at one instant: E = 32 ≥ θ_hot = 30. */
async function warmUpToHot(contactId: string) {
  const at = new Date(clock).toISOString();
  for (const kind of ["form_submit", "event_attended", "webinar"]) {
    const res = await api.call("POST", "/api/v1/touchpoints", { contactId, kind, occurredAt: at });
    assert.equal(res.status, 201, JSON.stringify(res.body));
  }
}

const contact = async (id: string) => (await api.call("GET", `/api/v1/contacts/${id}`)).body;
const handoffOf = async (contactId: string) =>
  (await api.call("GET", `/api/v1/handoffs?contactId=${contactId}`)).body.data[0];

describe("passing the baton", () => {
  test("a lead that turns hot is handed over in the same request: owner, first task with SLA, notification", async () => {
    const id = await lead();
    await warmUpToHot(id);
    const c = await contact(id);
    assert.equal(c.temperature, "hot");
    assert.equal(c.stage, "sales_ready");
    assert.equal(c.ownerId, repA.userId);
    const h = await handoffOf(id);
    assert.equal(h.status, "pending");
    assert.equal(h.assignedBy, "round_robin");
    assert.equal(h.slaDueAt, "2026-11-26T10:00:00.000Z");
    const tasks = (await api.callerFor(repA.key)("GET", `/api/v1/contacts/${id}/tasks`)).body;
    assert.equal(tasks.open.length, 1);
    assert.equal(tasks.open[0].dueAt, "2026-11-26T10:00:00.000Z");
    assert.match(tasks.open[0].title, /First contact with Lee/);
    const inbox = (await api.callerFor(repA.key)("GET", "/api/v1/me/notifications")).body;
    assert.ok(inbox.unread >= 1);
    assert.match(inbox.data[0].title, /New lead for you: Lee/);
  });

  test("the next hot lead goes to the next sales user; a territory rule wins over round-robin", async () => {
    const second = await lead();
    await warmUpToHot(second);
    assert.equal((await contact(second)).ownerId, repB.userId);
    const settings = (await api.call("GET", "/api/v1/handoff-settings")).body;
    const put = await api.call("PUT", "/api/v1/handoff-settings", {
      ...settings,
      assignmentRules: [{ field: "country", value: "Germany", userId: repB.userId }],
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    const german = await lead({ country: "germany" });
    await warmUpToHot(german);
    const h = await handoffOf(german);
    assert.equal(h.ownerId, repB.userId);
    assert.match(h.assignedBy, /^rule:/);
    await api.call("PUT", "/api/v1/handoff-settings", { ...settings, assignmentRules: [] });
  });

  test("a warm lead is not handed over under the default rule; it is when the rule says warm", async () => {
    const id = await lead();
    await api.call("POST", "/api/v1/touchpoints", {
      contactId: id,
      kind: "form_submit",
      occurredAt: new Date(clock).toISOString(),
    });
    assert.equal((await contact(id)).stage, "lead");
    assert.equal(await handoffOf(id), undefined);
    const settings = (await api.call("GET", "/api/v1/handoff-settings")).body;
    await api.call("PUT", "/api/v1/handoff-settings", {
      ...settings,
      rule: { temperature: "warm", minGrade: null },
    });
    try {
      await api.call("POST", "/api/v1/touchpoints", {
        contactId: id,
        kind: "page_view",
        occurredAt: new Date(clock).toISOString(),
      });
      assert.equal((await contact(id)).stage, "sales_ready");
    } finally {
      await api.call("PUT", "/api/v1/handoff-settings", settings);
    }
  });

  test("only the owner accepts; accepting makes the lead in_sales; a second answer is a conflict", async () => {
    const id = await lead();
    await warmUpToHot(id);
    const h = await handoffOf(id);
    const owner = h.ownerId === repA.userId ? repA : repB;
    const other = owner === repA ? repB : repA;
    const stranger = await api.callerFor(other.key)("POST", `/api/v1/handoffs/${h.id}/accept`, {});
    assert.equal(stranger.status, 403);
    const accepted = await api.callerFor(owner.key)("POST", `/api/v1/handoffs/${h.id}/accept`, {});
    assert.equal(accepted.status, 200);
    assert.equal((await contact(id)).stage, "in_sales");
    const again = await api.callerFor(owner.key)("POST", `/api/v1/handoffs/${h.id}/recycle`, {
      reason: "no_budget",
    });
    assert.equal(again.status, 409);
  });

  test("a recycled lead goes back to marketing, rests for the cool-down, then can be handed over again", async () => {
    const id = await lead();
    await warmUpToHot(id);
    const h = await handoffOf(id);
    const owner = h.ownerId === repA.userId ? repA : repB;
    const bad = await api.callerFor(owner.key)("POST", `/api/v1/handoffs/${h.id}/recycle`, { reason: "meh" });
    assert.equal(bad.status, 400);
    const recycled = await api.callerFor(owner.key)("POST", `/api/v1/handoffs/${h.id}/recycle`, {
      reason: "bad_timing",
      note: "Budget opens in Q2",
    });
    assert.equal(recycled.status, 200, JSON.stringify(recycled.body));
    assert.equal(recycled.body.cooldownUntil, "2026-12-23T10:00:00.000Z");
    const c = await contact(id);
    assert.equal(c.stage, "recycled");
    assert.equal(c.ownerId, null);
    const tasks = (await api.callerFor(owner.key)("GET", `/api/v1/contacts/${id}/tasks`)).body;
    assert.equal(tasks.open.length, 0);
    // Hot again during the cool-down: stays with marketing.
    clock += 10 * 86_400_000;
    await warmUpToHot(id);
    assert.equal((await contact(id)).stage, "recycled");
    // After the cool-down (30 days after the recycle): handed over again.
    clock += 21 * 86_400_000;
    await warmUpToHot(id);
    assert.equal((await contact(id)).stage, "sales_ready");
  });

  test("a lead that cools while waiting for acceptance is flagged, from hotUntil", async () => {
    const id = await lead();
    await warmUpToHot(id);
    const h = await handoffOf(id);
    assert.equal(h.cooledWhileWaiting, false);
    // E = 32 cools below 30 after H·log₂(32/30) = 14 d · 0.0931 ≈ 1.30 days.
    const hotUntil = Date.parse(h.hotUntil);
    const expected = clock + 14 * 86_400_000 * Math.log2(32 / 30);
    assert.ok(Math.abs(hotUntil - expected) < 1000, `${h.hotUntil}`);
    const saved = clock;
    clock = hotUntil + 1000;
    const later = await handoffOf(id);
    assert.equal(later.cooledWhileWaiting, true);
    assert.equal(later.overdue, false);
    clock = saved;
  });

  test("marketing passes the baton by hand: the same hand-off, to the chosen rep", async () => {
    const id = await lead();
    const res = await api.call("PATCH", `/api/v1/contacts/${id}`, {
      stage: "sales_ready",
      ownerId: repB.userId,
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const h = await handoffOf(id);
    assert.equal(h.ownerId, repB.userId);
    assert.equal(h.assignedBy, "manual");
    assert.equal(h.status, "pending");
  });

  test("bad settings are refused and change nothing", async () => {
    const before = (await api.call("GET", "/api/v1/handoff-settings")).body;
    const marketer = api.callerFor((await api.userWithKey("marketing")).key);
    for (const change of [
      { slaMinutes: 1 },
      { businessHours: { ...before.businessHours, timeZone: "Mars/Olympus" } },
      { businessHours: { ...before.businessHours, start: "18:00", end: "09:00" } },
      { rule: { temperature: "lukewarm", minGrade: null } },
    ]) {
      const res = await marketer("PUT", "/api/v1/handoff-settings", { ...before, ...change });
      assert.equal(res.status, 400, JSON.stringify(change));
    }
    const notSales = await marketer("PUT", "/api/v1/handoff-settings", {
      ...before,
      assignmentRules: [{ field: "country", value: "France", userId: api.admin.userId }],
    });
    assert.equal(notSales.status, 422);
    assert.equal((await api.callerFor(repA.key)("PUT", "/api/v1/handoff-settings", before)).status, 403);
    assert.deepEqual((await api.call("GET", "/api/v1/handoff-settings")).body, before);
    const rows = await api.deps.db.execute(
      sql`select count(*)::int as n from assignment_rules where workspace_id = ${api.workspaceId}`,
    );
    assert.equal((rows.rows[0] as { n: number }).n, 0);
  });
});
