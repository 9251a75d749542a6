// The reverse funnel's verdict in words (plans page): each coverage with the planned and needed
// leads and the range, counts written as the reader's locale writes them; no lead target and too
// little history each say so.
import assert from "node:assert/strict";
import { test } from "node:test";
import { coverageWords } from "../../web/src/features/plans/plan-format.ts";
import type { ReverseFunnel } from "../../web/src/features/plans/plan-queries.ts";

const n = (value: number) => value.toLocaleString();

function report(
  coverage: ReverseFunnel["coverage"],
  plannedLeads: number | null,
  leads: { needed: number | null; range: { low: number; high: number } | null },
): ReverseFunnel {
  return { coverage, plannedLeads, tiers: [{ tier: "leads", ...leads }] } as unknown as ReverseFunnel;
}

const NEEDED = { needed: 1_200, range: { low: 900, high: 2_000 } };

test("covered, maybe and short name the planned and needed leads and the range", () => {
  assert.deepEqual(coverageWords(report("covered", 1_500, NEEDED)), {
    headline: "Covered",
    sentence: `The planned ${n(1_500)} leads cover the ${n(1_200)} needed (${n(900)}–${n(2_000)}).`,
  });
  assert.deepEqual(coverageWords(report("maybe", 1_000, NEEDED)), {
    headline: "Maybe",
    sentence: `The planned ${n(1_000)} leads cover the ${n(1_200)} needed (${n(900)}–${n(2_000)}) only if the rates are at their best.`,
  });
  assert.deepEqual(coverageWords(report("short", 30, NEEDED)), {
    headline: "Short",
    sentence: `The planned 30 leads fall short of the ${n(1_200)} needed (${n(900)}–${n(2_000)}), even at the best rates.`,
  });
});

test("with no range, the sentence leaves it out", () => {
  assert.equal(
    coverageWords(report("short", 3, { needed: 5, range: null })).sentence,
    "The planned 3 leads fall short of the 5 needed, even at the best rates.",
  );
});

test("no lead target, or a target but too little history: each says so", () => {
  assert.equal(coverageWords(report(null, null, NEEDED)).headline, "No lead target");
  assert.equal(coverageWords(report(null, 40, { needed: null, range: null })).headline, "Not enough history");
});
