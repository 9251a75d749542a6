// The reverse funnel through the API, by hand: last year 10 leads, 4 opened deals (so reached
// sales-ready and beyond), 2 won at 2,500 each and 2 lost; this quarter's quotas add up to
// 10,000; so 4 won deals, 8 opportunities, 8 sales-ready leads and 20 leads are needed.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { wilson } from "../../src/domain/intervals.ts";
import { setupApi, type TestApi } from "../support/api.ts";

const clock = { now: Date.parse("2027-01-15T10:00:00Z") };
let api: TestApi;
before(async () => {
  api = await setupApi({ now: () => new Date(clock.now) });
});
after(() => api.close());

test("from this quarter's quotas back to the leads needed, and whether the plan covers them", async () => {
  const reps = [await api.userWithKey("sales"), await api.userWithKey("sales")];
  const asRep = api.callerFor(reps[0]!.key);
  const reasons = (await asRep("GET", "/api/v1/pipelines")).body.lossReasons as { id: string }[];
  for (let i = 0; i < 10; i++) {
    const touch = await api.call("POST", "/api/v1/touchpoints", {
      email: `l${i}-${api.slug}@example.com`,
      kind: "form_submit",
      occurredAt: new Date(clock.now).toISOString(),
    });
    if (i < 4) {
      const deal = await asRep("POST", "/api/v1/deals", {
        name: `D${i}`,
        contactId: touch.body.contactId,
        amountMinor: 250_000,
        currency: "USD",
      });
      const move = i < 2 ? { stage: "won" } : { stage: "lost", lossReasonId: reasons[0]!.id };
      assert.equal((await asRep("POST", `/api/v1/deals/${deal.body.id}/move`, move)).status, 200);
    }
  }
  clock.now = Date.parse("2027-05-10T10:00:00Z");
  for (const [rep, target] of [
    [reps[0]!, 600_000],
    [reps[1]!, 400_000],
  ] as const) {
    const res = await api.call("PUT", "/api/v1/quotas", {
      userId: rep.userId,
      period: "quarter",
      startsOn: "2027-04-01",
      targetMinor: target,
      currency: "USD",
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  }
  await api.call("POST", "/api/v1/plans", {
    period: "quarter",
    startsOn: "2027-04-01",
    currency: "USD",
    leadsTarget: 15,
  });

  const res = await api.call("GET", "/api/v1/reports/reverse-funnel");
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const r = res.body;
  assert.deepEqual(
    [r.period, r.startsOn, r.currency, r.quotaMinor, r.reps],
    ["quarter", "2027-04-01", "USD", 1_000_000, 2],
  );
  assert.deepEqual(r.lookback, { from: "2026-05-01", to: "2027-04-30" });
  assert.deepEqual(r.observed, {
    leads: 10,
    salesReady: 4,
    opportunities: 4,
    won: 2,
    lost: 2,
    averageDealMinor: 250_000,
  });
  assert.deepEqual(
    r.tiers.map((t: { tier: string; needed: number }) => [t.tier, t.needed]),
    [
      ["won", 4],
      ["opportunities", 8],
      ["salesReady", 8],
      ["leads", 20],
    ],
  );
  // The leads' range: 8 sales-ready at its ends ÷ the lead-to-sales-ready rate's Wilson bounds.
  const sr = r.tiers[2].range;
  const rate = wilson(4, 10)!;
  assert.deepEqual(r.tiers[3].range, {
    low: Math.ceil(sr.low / rate.high),
    high: Math.ceil(sr.high / rate.low),
  });
  // The plan's 15 leads fall short of 20 (but not of the optimistic low end).
  assert.equal(r.plannedLeads, 15);
  assert.equal(r.coverage, r.tiers[3].range.low <= 15 ? "maybe" : "short");

  // Raise the plan: covered.
  const plan = (await api.call("GET", "/api/v1/plans?period=quarter&startsOn=2027-04-01")).body.data[0];
  await api.call("PATCH", `/api/v1/plans/${plan.id}`, { leadsTarget: 20 });
  assert.equal((await api.call("GET", "/api/v1/reports/reverse-funnel")).body.coverage, "covered");
  // A period that does not start a quarter is refused in words.
  const bad = await api.call("GET", "/api/v1/reports/reverse-funnel?period=quarter&startsOn=2027-05-01");
  assert.equal(bad.status, 400);
});
