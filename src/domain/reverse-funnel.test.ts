import assert from "node:assert/strict";
import { test } from "node:test";
import { wilson } from "./intervals.ts";
import { coverage, programFunnel, reverseFunnel } from "./reverse-funnel.ts";

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

test("a program on its own, by hand: its rates, its deal size, its plan or its channel's", () => {
  // 40 leads, 10 sales-ready, 5 with a deal, 1 won at 5,000 and 4 lost: a 10,000 quota needs 2
  // won (one deal: no spread in its size), 10 opportunities (2 ÷ 1/5), 20 sales-ready (10 ÷ 1/2) and 80 leads (20 ÷ 1/4).
  const observed = { leads: 40, salesReady: 10, opportunities: 5, won: 1, lost: 4, wonAmounts: [500_000] };
  const own = programFunnel(1_000_000, observed, { program: 100, channel: 50 });
  assert.deepEqual(
    own.tiers.map((t) => t.needed),
    [2, 10, 20, 80],
  );
  // Its own plan's 100 leads cover the 80 needed at the observed rates.
  assert.deepEqual([own.plannedLeads, own.plannedFrom, own.coverage], [100, "program", "covered"]);
  // The range at the Wilson bounds (1/5: 0.0362–0.6245, 5/10: 0.2366–0.7634, 10/40: 0.1419–0.4019):
  // low 2 → ⌈2/0.6245⌉ = 4 → ⌈4/0.7634⌉ = 6 → ⌈6/0.4019⌉ = 15;
  // high 2 → ⌈2/0.0362⌉ = 56 → ⌈56/0.2366⌉ = 237 → ⌈237/0.1419⌉ = 1671.
  assert.deepEqual(
    own.tiers.map((t) => t.range),
    [
      { low: 2, high: 2 },
      { low: 4, high: 56 },
      { low: 6, high: 237 },
      { low: 15, high: 1671 },
    ],
  );
  // Without its own plan the channel's target is the one it is held to: 50 of 80 is enough only
  // if the rates are at their best.
  const byChannel = programFunnel(1_000_000, observed, { program: null, channel: 50 });
  assert.deepEqual([byChannel.plannedLeads, byChannel.plannedFrom], [50, "channel"]);
  assert.equal(byChannel.coverage, "maybe");
  assert.deepEqual(programFunnel(1_000_000, observed, { program: null, channel: null }), {
    tiers: own.tiers,
    plannedLeads: null,
    plannedFrom: null,
    coverage: null,
  });
  // A program target of 0 is a target (nothing planned from it), not a missing one.
  assert.deepEqual(
    (({ plannedLeads, plannedFrom, coverage }) => [plannedLeads, plannedFrom, coverage])(
      programFunnel(1_000_000, observed, { program: 0, channel: 50 }),
    ),
    [0, "program", "short"],
  );
});
