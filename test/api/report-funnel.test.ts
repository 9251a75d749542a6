// The funnel on five contacts whose every figure is worked out by hand below.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setupApi, type TestApi } from "../support/api.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let clock = Date.parse("2026-09-01T10:00:00Z");
const at = (iso: string) => {
  clock = Date.parse(iso);
};
let api: TestApi;
const ids: Record<string, string> = {};

before(async () => {
  api = await setupApi({ now: () => new Date(clock) });
  const rep = await api.userWithKey("sales");
  const asRep = api.callerFor(rep.key);
  const lead = async (who: string, when: string) => {
    at(when);
    const res = await api.call("POST", "/api/v1/touchpoints", {
      email: `${who}-${api.slug}@example.com`,
      kind: "form_submit",
      occurredAt: when,
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    ids[who] = res.body.contactId;
  };
  const move = async (who: string, when: string, stage: string) => {
    at(when);
    const res = await api.call("PATCH", `/api/v1/contacts/${ids[who]}`, { stage, stageReason: "test" });
    assert.equal(res.status, 200, `${who} → ${stage}: ${JSON.stringify(res.body)}`);
  };
  // September's cohort.
  await lead("f1", "2026-09-02T10:00:00Z");
  await move("f1", "2026-09-04T10:00:00Z", "sales_ready"); // 2 days a lead
  await move("f1", "2026-09-05T10:00:00Z", "in_sales"); // 1 day sales-ready
  at("2026-09-06T10:00:00Z");
  const deal = await asRep("POST", "/api/v1/deals", {
    name: "Pilot",
    contactId: ids.f1,
    amountMinor: 100,
    currency: "USD",
  });
  assert.equal(deal.status, 201, JSON.stringify(deal.body));
  for (const stage of ["understand", "present", "propose"]) {
    assert.equal((await asRep("POST", `/api/v1/deals/${deal.body.id}/move`, { stage })).status, 200);
  }
  at("2026-09-10T10:00:00Z"); // won: 5 days in sales
  assert.equal((await asRep("POST", `/api/v1/deals/${deal.body.id}/move`, { stage: "won" })).status, 200);
  await lead("f2", "2026-09-10T10:00:00Z");
  await move("f2", "2026-09-11T10:00:00Z", "sales_ready"); // 1 day a lead
  await move("f2", "2026-09-12T10:00:00Z", "recycled"); // not forward: no time in sales-ready
  at("2026-09-15T10:00:00Z");
  const f3 = await api.call("POST", "/api/v1/contacts", {
    email: `f3-${api.slug}@example.com`,
    stage: "lead",
  });
  assert.equal(f3.status, 201);
  // October's cohort.
  await lead("f4", "2026-10-01T10:00:00Z");
  await move("f4", "2026-10-05T10:00:00Z", "in_sales"); // 4 days a lead; passed sales-ready
  await lead("f5", "2026-10-03T10:00:00Z");
  // Before the period: not in any cohort.
  await lead("f0", "2026-08-31T10:00:00Z");
  at("2026-11-02T10:00:00Z");
});
after(() => api.close());

describe("the funnel, worked out by hand", () => {
  test("cohorts by the month they became leads, with each stage reached and the conversions", async () => {
    const res = await api.call("GET", "/api/v1/reports/funnel?from=2026-09-01&to=2026-10-31");
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.cohorts, [
      {
        month: "2026-09",
        leads: 3, // f1, f2, f3
        salesReady: 2, // f1, f2
        accepted: 1, // f1
        won: 1, // f1
        leadToSalesReady: 2 / 3,
        salesReadyToAccepted: 1 / 2,
        acceptedToWon: 1,
        leadToWon: 1 / 3,
      },
      {
        month: "2026-10",
        leads: 2, // f4, f5
        salesReady: 1, // f4 skipped it: passed
        accepted: 1,
        won: 0,
        leadToSalesReady: 1 / 2,
        salesReadyToAccepted: 1,
        acceptedToWon: 0,
        leadToWon: 0,
      },
    ]);
    assert.deepEqual(res.body.total, {
      leads: 5,
      salesReady: 3,
      accepted: 2,
      won: 1,
      leadToSalesReady: 3 / 5,
      salesReadyToAccepted: 2 / 3,
      acceptedToWon: 1 / 2,
      leadToWon: 1 / 5,
    });
  });

  test("time in stage: median and 75th percentile of those who moved forward", async () => {
    const res = await api.call("GET", "/api/v1/reports/funnel?from=2026-09-01&to=2026-10-31");
    assert.deepEqual(res.body.timeInStage, [
      // f2 1 day, f1 2 days, f4 4 days: median 2 days; p75 halfway between 2 and 4 days.
      { stage: "lead", contacts: 3, medianSeconds: (2 * DAY) / 1000, p75Seconds: (3 * DAY) / 1000 },
      // only f1 moved on from sales-ready (f2 was recycled).
      { stage: "sales_ready", contacts: 1, medianSeconds: DAY / 1000, p75Seconds: DAY / 1000 },
      { stage: "in_sales", contacts: 1, medianSeconds: (5 * DAY) / 1000, p75Seconds: (5 * DAY) / 1000 },
    ]);
  });

  test("the deal pipeline's stages are the sub-steps after in sales", async () => {
    const res = await api.call("GET", "/api/v1/reports/funnel?from=2026-09-01&to=2026-10-31");
    const reached = Object.fromEntries(
      res.body.dealStages.stages.map((s: { key: string; deals: number }) => [s.key, s.deals]),
    );
    // f1's one deal went qualify → understand → present → propose → won: it passed objections and contract.
    assert.deepEqual(reached, {
      qualify: 1,
      understand: 1,
      present: 1,
      propose: 1,
      objections: 1,
      contract: 1,
      won: 1,
    });
    assert.equal(res.body.dealStages.deals, 1);
  });

  test("the CSV holds the cohort table", async () => {
    const res = await api.app.request("/api/v1/reports/funnel?from=2026-09-01&to=2026-10-31&format=csv", {
      headers: { Authorization: `Bearer ${api.admin.key}` },
    });
    const lines = (await res.text()).trim().split("\n");
    assert.equal(lines.length, 4);
    assert.equal(lines[3], `Total,5,3,2,1,0.6,${2 / 3},0.5,0.2`);
  });
});
