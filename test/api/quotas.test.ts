import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setupApi, type TestApi } from "../support/api.ts";

// Pinned in the third quarter of 2026: deals won now count towards the 2026-07-01 quarter.
const NOW = new Date("2026-08-15T10:00:00Z");
let api: TestApi;
before(async () => {
  api = await setupApi({ now: () => NOW });
});
after(() => api.close());

async function wonDeal(call: TestApi["call"], ownerId: string, amountMinor: number, currency = "USD") {
  const contactId = (
    await api.call("POST", "/api/v1/contacts", { email: `q-${crypto.randomUUID()}@example.com` })
  ).body.id;
  const deal = (await call("POST", "/api/v1/deals", { name: "d", contactId, amountMinor, currency, ownerId }))
    .body;
  const res = await call("POST", `/api/v1/deals/${deal.id}/move`, { stage: "won" });
  assert.equal(res.status, 200);
}

test("quota attainment from won deals, by hand, and the leaderboard", async () => {
  const ana = await api.userWithKey("sales");
  const ben = await api.userWithKey("sales");
  const q = { period: "quarter", startsOn: "2026-07-01", currency: "USD" };
  assert.equal(
    (await api.call("PUT", "/api/v1/quotas", { ...q, userId: ana.userId, targetMinor: 100_000_00 })).status,
    200,
  );
  assert.equal(
    (await api.call("PUT", "/api/v1/quotas", { ...q, userId: ben.userId, targetMinor: 40_000_00 })).status,
    200,
  );
  // Ana: 30k + 25k won in USD (and 9k in EUR, which her USD quota ignores); Ben: 30k; one open deal.
  await wonDeal(api.call, ana.userId, 30_000_00);
  await wonDeal(api.call, ana.userId, 25_000_00);
  await wonDeal(api.call, ana.userId, 9_000_00, "EUR");
  await wonDeal(api.call, ben.userId, 30_000_00);
  const contactId = (await api.call("POST", "/api/v1/contacts", { email: `open-${api.slug}@example.com` }))
    .body.id;
  await api.call("POST", "/api/v1/deals", {
    name: "open",
    contactId,
    amountMinor: 99_000_00,
    currency: "USD",
    ownerId: ana.userId,
  });

  const board = await api.call("GET", "/api/v1/quotas/leaderboard?period=quarter&startsOn=2026-07-01");
  assert.equal(board.status, 200);
  assert.deepEqual(
    board.body.data.map((a: { userId: string; wonMinor: number; wonDeals: number; ratio: number }) => [
      a.userId,
      a.wonMinor,
      a.wonDeals,
      a.ratio,
    ]),
    [
      [ben.userId, 30_000_00, 1, 0.75],
      [ana.userId, 55_000_00, 2, 0.55],
    ],
  );
  // The previous quarter has no quotas, so no rows.
  assert.deepEqual(
    (await api.call("GET", "/api/v1/quotas/leaderboard?period=quarter&startsOn=2026-04-01")).body.data,
    [],
  );
});

test("quota input is checked: period starts, roles, amounts, who may set it", async () => {
  const rep = await api.userWithKey("sales");
  const marketer = await api.userWithKey("marketing");
  const base = {
    userId: rep.userId,
    period: "quarter",
    startsOn: "2026-07-01",
    targetMinor: 1_000,
    currency: "USD",
  };
  assert.equal((await api.call("PUT", "/api/v1/quotas", { ...base, startsOn: "2026-08-01" })).status, 400);
  assert.equal(
    (await api.call("PUT", "/api/v1/quotas", { ...base, period: "month", startsOn: "2026-08-02" })).status,
    400,
  );
  assert.equal((await api.call("PUT", "/api/v1/quotas", { ...base, targetMinor: -5 })).status, 400);
  assert.equal((await api.call("PUT", "/api/v1/quotas", { ...base, userId: marketer.userId })).status, 400);
  assert.equal((await api.callerFor(rep.key)("PUT", "/api/v1/quotas", base)).status, 403);
  assert.equal((await api.call("PUT", "/api/v1/quotas", base)).status, 200);
});
