// The hand-off report by hand: three leads turn hot and are handed to one rep. The first is
// called an hour later and accepted; the second is sent back for no budget; the third waits —
// untouched past its SLA and past the moment it stopped being hot.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setupApi, type TestApi } from "../support/api.ts";

const HOUR = 3_600_000;
const T0 = Date.parse("2027-06-01T09:00:00Z");
const clock = { now: T0 };
let api: TestApi;
before(async () => {
  api = await setupApi({ now: () => new Date(clock.now) });
});
after(() => api.close());

test("first touch against the SLA, answers and reasons, and the leads that cooled waiting", async () => {
  const rep = await api.userWithKey("sales");
  const asRep = api.callerFor(rep.key);
  const fair = (
    await api.call("POST", "/api/v1/programs", { name: "Fair", channel: "trade_show", currency: "USD" })
  ).body.id;
  const hot = async (name: string) => {
    const at = new Date(clock.now).toISOString();
    const first = await api.call("POST", "/api/v1/touchpoints", {
      email: `${name}-${api.slug}@example.com`,
      kind: "event_attended",
      programId: fair,
      occurredAt: at,
    });
    for (const kind of ["form_submit", "webinar"])
      await api.call("POST", "/api/v1/touchpoints", {
        contactId: first.body.contactId,
        kind,
        occurredAt: at,
      });
    const h = (await api.call("GET", `/api/v1/handoffs?contactId=${first.body.contactId}`)).body.data[0];
    assert.equal(h.ownerId, rep.userId);
    return { contactId: first.body.contactId as string, handoff: h as { id: string; slaDueAt: string } };
  };
  const a = await hot("a");
  const b = await hot("b");
  const c = await hot("c");

  clock.now = T0 + HOUR;
  await api.call("POST", "/api/v1/touchpoints", {
    contactId: a.contactId,
    kind: "call",
    userId: rep.userId,
    occurredAt: new Date(clock.now).toISOString(),
  });
  assert.equal((await asRep("POST", `/api/v1/handoffs/${a.handoff.id}/accept`, {})).status, 200);
  assert.equal(
    (await asRep("POST", `/api/v1/handoffs/${b.handoff.id}/recycle`, { reason: "no_budget" })).status,
    200,
  );

  // A week later: c was never touched; its SLA and its hot spell are long gone.
  clock.now = T0 + 7 * 24 * HOUR;
  const contactC = (await api.call("GET", `/api/v1/contacts/${c.contactId}`)).body;
  assert.equal(contactC.temperature === "hot", false);

  const res = await api.call("GET", "/api/v1/reports/handoffs?from=2027-06-01&to=2027-06-30");
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const row = res.body.rows.find((r: { key: string }) => r.key === rep.userId);
  assert.equal(row.name, "sales user");
  assert.deepEqual(
    [row.handoffs, row.pending, row.accepted, row.recycled, row.withinSla, row.slaDue],
    // a touched within its SLA; b untouched, its deadline passed; c the same: 1 of 3.
    [3, 1, 1, 1, 1, 3],
  );
  assert.equal(row.slaRate, 1 / 3);
  assert.equal(row.acceptanceRate, 0.5);
  assert.equal(row.recycleRate, 0.5);
  assert.equal(row.medianFirstTouchSeconds, 3600);
  assert.deepEqual(row.recycleReasons, [{ label: "No budget", count: 1 }]);
  // b and c stopped being hot with no touch (a was touched an hour in, while still hot).
  assert.equal(row.cooled, 2);

  const byProgram = (
    await api.call("GET", "/api/v1/reports/handoffs?from=2027-06-01&to=2027-06-30&groupBy=program")
  ).body;
  assert.equal(byProgram.rows[0].key, fair);
  assert.equal(byProgram.rows[0].name, "Fair");
  assert.equal(byProgram.total.handoffs, 3);
  assert.deepEqual(byProgram.total.recycleReasons, [{ label: "No budget", count: 1 }]);
});
