import assert from "node:assert/strict";
import { test } from "node:test";
import { wilson } from "./intervals.ts";
import { coverage, reverseFunnel } from "./reverse-funnel.ts";

const OBSERVED = {
  leads: 100,
  salesReady: 20,
  opportunities: 8,
  won: 4,
  lost: 4,
  wonAmounts: [200_000, 200_000, 200_000, 200_000],
};

test("from a quota back to leads, by hand: 5 won, 10 opportunities, 25 sales-ready, 125 leads", () => {
  const tiers = reverseFunnel(1_000_000, OBSERVED);
  assert.deepEqual(
    tiers.map((t) => [t.tier, t.needed, t.rate]),
    [
      ["won", 5, 0.5],
      ["opportunities", 10, 0.4],
      ["salesReady", 25, 0.2],
      ["leads", 125, null],
    ],
  );
  // The range: deal size has no spread here (all 2,000), so won is exactly 5; each tier up divides
  // the low end by its rate's upper bound and the high end by its lower bound, rounding up.
  const w = wilson(4, 8)!;
  const o = wilson(8, 20)!;
  const s = wilson(20, 100)!;
  const lowOpp = Math.ceil(5 / w.high);
  const highOpp = Math.ceil(5 / w.low);
  const lowSr = Math.ceil(lowOpp / o.high);
  const highSr = Math.ceil(highOpp / o.low);
  assert.deepEqual(
    tiers.map((t) => t.range),
    [
      { low: 5, high: 5 },
      { low: lowOpp, high: highOpp },
      { low: lowSr, high: highSr },
      { low: Math.ceil(lowSr / s.high), high: Math.ceil(highSr / s.low) },
    ],
  );
  assert.deepEqual([lowOpp, highOpp], [7, 24]);
});

test("a plan covers, maybe covers, or falls short of the leads needed", () => {
  const leads = reverseFunnel(1_000_000, OBSERVED).at(-1)!;
  assert.equal(coverage(null, leads), null);
  assert.equal(coverage(10_000, leads), "covered");
  assert.equal(coverage(125, leads), "covered");
  assert.equal(coverage(leads.range!.low, leads), "maybe");
  assert.equal(coverage(leads.range!.low - 1, leads), "short");
});

test("no won deal in the year: nothing can be said about the tiers", () => {
  const tiers = reverseFunnel(1_000_000, { ...OBSERVED, won: 0, wonAmounts: [] });
  assert.ok(tiers.every((t) => t.needed === null && t.range === null));
});
