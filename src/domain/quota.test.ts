import assert from "node:assert/strict";
import { test } from "node:test";
import { attainment, isPeriodStart, leaderboard, periodBounds, type Quota, type WonDeal } from "./quota.ts";

const at = (iso: string) => Date.parse(iso);
const q2: Quota = {
  userId: "ana",
  period: "quarter",
  startsOn: "2026-04-01",
  targetMinor: 100_000_00,
  currency: "USD",
};
const deals: WonDeal[] = [
  { ownerId: "ana", amountMinor: 30_000_00, currency: "USD", wonAt: at("2026-04-01T00:00:00Z") }, // first instant: counts
  { ownerId: "ana", amountMinor: 25_000_00, currency: "USD", wonAt: at("2026-06-30T23:59:59Z") }, // last second: counts
  { ownerId: "ana", amountMinor: 50_000_00, currency: "USD", wonAt: at("2026-07-01T00:00:00Z") }, // next quarter
  { ownerId: "ana", amountMinor: 9_000_00, currency: "EUR", wonAt: at("2026-05-01T00:00:00Z") }, // other currency
  { ownerId: "ben", amountMinor: 40_000_00, currency: "USD", wonAt: at("2026-05-01T00:00:00Z") }, // other rep
  { ownerId: "ana", amountMinor: 5_000_00, currency: "USD", wonAt: at("2026-03-31T23:59:59Z") }, // previous quarter
];

test("a quarter is [Apr 1, Jul 1) in UTC", () => {
  assert.deepEqual(periodBounds("quarter", "2026-04-01"), {
    start: at("2026-04-01T00:00:00Z"),
    end: at("2026-07-01T00:00:00Z"),
  });
  assert.deepEqual(periodBounds("month", "2026-12-01"), {
    start: at("2026-12-01T00:00:00Z"),
    end: at("2027-01-01T00:00:00Z"),
  });
});

test("attainment counts the rep's won deals in the quota's currency and period (by hand: 30k + 25k of 100k)", () => {
  assert.deepEqual(attainment(q2, deals), {
    userId: "ana",
    targetMinor: 100_000_00,
    wonMinor: 55_000_00,
    wonDeals: 2,
    ratio: 0.55,
  });
});

test("the leaderboard ranks by attainment ratio", () => {
  const board = leaderboard([q2, { ...q2, userId: "ben", targetMinor: 50_000_00 }], deals);
  assert.deepEqual(
    board.map((a) => [a.userId, a.ratio]),
    [
      ["ben", 0.8],
      ["ana", 0.55],
    ],
  );
});

test("periods start on the first of a month, quarters on Jan/Apr/Jul/Oct", () => {
  assert.equal(isPeriodStart("month", "2026-05-01"), true);
  assert.equal(isPeriodStart("month", "2026-05-02"), false);
  assert.equal(isPeriodStart("quarter", "2026-05-01"), false);
  assert.equal(isPeriodStart("quarter", "2026-10-01"), true);
  assert.equal(isPeriodStart("month", "2026-13-01"), false);
});
