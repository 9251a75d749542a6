// Sales conversion and touches to close on three deals whose every figure is worked out by hand.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setupApi, type TestApi } from "../support/api.ts";

const HOUR = 3600;
const DAY = 24 * HOUR;
let clock = Date.parse("2026-10-01T10:00:00Z");
const at = (iso: string) => {
  clock = Date.parse(iso);
};
let api: TestApi;
let r1: Awaited<ReturnType<TestApi["userWithKey"]>>;
let r2: Awaited<ReturnType<TestApi["userWithKey"]>>;
const contact: Record<string, string> = {};
const PERIOD = "from=2026-10-01&to=2026-12-31";

before(async () => {
  api = await setupApi({ now: () => new Date(clock) });
  r1 = await api.userWithKey("sales");
  r2 = await api.userWithKey("sales");
  const site = await api.call("POST", "/api/v1/programs", {
    name: "Site",
    channel: "website",
    currency: "USD",
  });
  const quota = async (userId: string, period: string, startsOn: string, targetMinor: number) =>
    assert.equal(
      (await api.call("PUT", "/api/v1/quotas", { userId, period, startsOn, targetMinor, currency: "USD" }))
        .status,
      200,
    );
  await quota(r1.userId, "month", "2026-10-01", 100_000); // r1 also has the quarter: the quarter counts
  await quota(r1.userId, "quarter", "2026-10-01", 300_000);
  await quota(r2.userId, "month", "2026-10-01", 50_000);
  await quota(r2.userId, "month", "2027-01-01", 70_000); // outside the period

  const touch = async (who: string, kind: string, when: string, extra: Record<string, unknown> = {}) => {
    if (Date.parse(when) > clock) at(when);
    const res = await api.call("POST", "/api/v1/touchpoints", {
      email: `${who}-${api.slug}@example.com`,
      kind,
      occurredAt: when,
      ...extra,
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    contact[who] = res.body.contactId;
  };
  await touch("k1", "form_submit", "2026-10-01T10:00:00Z");
  await touch("k3", "page_view", "2026-10-01T11:00:00Z", { programId: site.body.id });
  await touch("k3", "form_submit", "2026-10-02T10:00:00Z");
  await touch("k2", "form_submit", "2026-10-02T11:00:00Z");

  const open = async (rep: typeof r1, who: string, when: string, amountMinor: number, currency = "USD") => {
    at(when);
    const res = await api.callerFor(rep.key)("POST", "/api/v1/deals", {
      name: who,
      contactId: contact[who],
      amountMinor,
      currency,
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id as string;
  };
  const win = async (rep: typeof r1, deal: string, when: string) => {
    for (const stage of ["understand", "present", "propose", "contract"]) {
      assert.equal(
        (await api.callerFor(rep.key)("POST", `/api/v1/deals/${deal}/move`, { stage })).status,
        200,
      );
    }
    at(when);
    assert.equal(
      (await api.callerFor(rep.key)("POST", `/api/v1/deals/${deal}/move`, { stage: "won" })).status,
      200,
    );
  };
  const d1 = await open(r1, "k1", "2026-10-05T10:00:00Z", 200_000);
  await touch("k1", "call", "2026-10-05T13:00:00Z", { userId: r1.userId }); // first touch 3 h after
  const d2 = await open(r1, "k2", "2026-10-06T10:00:00Z", 50_000, "EUR");
  const d3 = await open(r2, "k3", "2026-10-07T10:00:00Z", 80_000);
  await touch("k3", "meeting", "2026-10-08T10:00:00Z", { userId: r2.userId }); // first touch a day after
  await touch("k3", "presentation", "2026-10-08T12:00:00Z", { userId: r2.userId });
  await win(r2, d3, "2026-10-09T10:00:00Z"); // a 2-day cycle
  await touch("k1", "proposal", "2026-10-10T10:00:00Z", { userId: r1.userId });
  await win(r1, d1, "2026-10-15T10:00:00Z"); // a 10-day cycle
  await touch("k1", "email_open", "2026-10-16T10:00:00Z"); // after the win: not a touch to close
  at("2026-10-20T10:00:00Z");
  const reasons = (await api.callerFor(r1.key)("GET", "/api/v1/pipelines")).body.lossReasons as {
    id: string;
  }[];
  const lost = await api.callerFor(r1.key)("POST", `/api/v1/deals/${d2}/move`, {
    stage: "lost",
    lossReasonId: reasons[0]!.id,
  });
  assert.equal(lost.status, 200);
  at("2026-10-20T12:00:00Z");
});
after(() => api.close());

describe("sales conversion, worked out by hand", () => {
  test("each rep and the team, from hand-offs to quota", async () => {
    const res = await api.call("GET", `/api/v1/reports/sales-conversion?${PERIOD}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.currency, "USD");
    const row = (id: string | null) =>
      id === null ? res.body.team : res.body.rows.find((r: { userId: string }) => r.userId === id);
    const pick = (r: Record<string, unknown>) => {
      const { userId: _u, name: _n, ...rest } = r;
      return rest;
    };
    assert.deepEqual(pick(row(r1.userId)), {
      handoffsReceived: 2, // k1 and k2, each taken over with a deal
      handoffsAccepted: 2,
      acceptanceRate: 1,
      medianFirstTouchSeconds: 3 * HOUR, // k1's call; k2 was never touched by r1
      dealsOpened: 2,
      won: 1,
      lost: 1,
      winRate: 0.5,
      medianCycleSeconds: 10 * DAY,
      wonInCurrency: 1,
      wonMinor: 200_000,
      averageDealMinor: 200_000,
      quotaTargetMinor: 300_000, // the quarter, not also October
      quotaWonMinor: 200_000,
      quotaAttainment: 2 / 3,
      activities: 2, // the call and the proposal
      activitiesPerWon: 2,
    });
    assert.deepEqual(pick(row(r2.userId)), {
      handoffsReceived: 1,
      handoffsAccepted: 1,
      acceptanceRate: 1,
      medianFirstTouchSeconds: DAY,
      dealsOpened: 1,
      won: 1,
      lost: 0,
      winRate: 1,
      medianCycleSeconds: 2 * DAY,
      wonInCurrency: 1,
      wonMinor: 80_000,
      averageDealMinor: 80_000,
      quotaTargetMinor: 50_000, // October; January is outside the period
      quotaWonMinor: 80_000,
      quotaAttainment: 1.6,
      activities: 2,
      activitiesPerWon: 2,
    });
    assert.deepEqual(pick(row(null)), {
      handoffsReceived: 3,
      handoffsAccepted: 3,
      acceptanceRate: 1,
      medianFirstTouchSeconds: (3 * HOUR + DAY) / 2,
      dealsOpened: 3,
      won: 2,
      lost: 1,
      winRate: 2 / 3,
      medianCycleSeconds: 6 * DAY,
      wonInCurrency: 2,
      wonMinor: 280_000,
      averageDealMinor: 140_000,
      quotaTargetMinor: 350_000,
      quotaWonMinor: 280_000,
      quotaAttainment: 0.8,
      activities: 4,
      activitiesPerWon: 2,
    });
  });

  test("one rep's row alone", async () => {
    const res = await api.call("GET", `/api/v1/reports/sales-conversion?${PERIOD}&ownerId=${r2.userId}`);
    assert.deepEqual(
      res.body.rows.map((r: { userId: string }) => r.userId),
      [r2.userId],
    );
    assert.equal(res.body.team.wonMinor, 80_000);
  });
});

describe("touches to close, worked out by hand", () => {
  test("k1 needed 3 touches (1 marketing, 2 sales), k3 needed 4 (2 and 2)", async () => {
    const res = await api.call("GET", `/api/v1/reports/touches-to-close?${PERIOD}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.overall, {
      customers: 2,
      median: 3.5,
      p25: 3.25,
      p75: 3.75,
      medianMarketing: 1.5,
      medianSales: 2,
      withinRuleOfThumb: 1,
    });
    assert.deepEqual(
      res.body.histogram.map((b: { touches: number; customers: number }) => [b.touches, b.customers]),
      [
        [0, 0],
        [1, 0],
        [2, 0],
        [3, 1],
        [4, 1],
      ],
    );
    assert.deepEqual(
      res.body.byFirstChannel.map((g: { channel: string | null; customers: number; median: number }) => [
        g.channel,
        g.customers,
        g.median,
      ]),
      [
        ["website", 1, 4], // k3's first touch was the site's page view
        [null, 1, 3], // k1's first touch had no program
      ],
    );
  });
});
