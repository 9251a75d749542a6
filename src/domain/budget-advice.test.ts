// Budget advice by simulation: synthetic channels with known true rates, observed through random
// leads and customers; over many seeds the advice picks the truly better channel when the data
// suffice, says "not enough data" when they do not, and almost never picks the worse one.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { adviseBudget, MIN_LEADS, roundAmount, type SourceInput } from "./budget-advice.ts";
import { seededRandom } from "./intervals.ts";

/** A channel's observed period: spend, leads ~ Poisson(rate × spend), customers ~ Binomial(leads, p). */
function observe(
  random: () => number,
  key: string,
  spendMajor: number,
  leadsPerThousand: number,
  p: number,
): SourceInput {
  const mean = (leadsPerThousand * spendMajor) / 1000;
  // Poisson by inversion (means here are at most a few thousand: a normal approximation above 500).
  let leads: number;
  if (mean > 500) {
    const u = Math.max(1e-12, random());
    const v = random();
    leads = Math.max(
      0,
      Math.round(mean + Math.sqrt(mean) * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)),
    );
  } else {
    let k = 0;
    let prod = random();
    const limit = Math.exp(-mean);
    while (prod > limit) {
      k++;
      prod *= random();
    }
    leads = k;
  }
  let customers = 0;
  for (let i = 0; i < leads; i++) if (random() < p) customers++;
  return { key, label: key, leads, customers, costMinor: spendMajor * 100 };
}

function outcomes(seeds: number, make: (random: () => number) => SourceInput[], better: string) {
  const count = { right: 0, wrong: 0, notEnough: 0, none: 0 };
  for (let s = 1; s <= seeds; s++) {
    const advice = adviseBudget(make(seededRandom(s * 7919)), 100, { seed: s }).advice;
    if (advice.kind === "move") count[advice.to === better ? "right" : "wrong"]++;
    else if (advice.kind === "not_enough_data") count.notEnough++;
    else count.none++;
  }
  return count;
}

describe("budget advice", () => {
  test("with enough data it moves money to the better channel (referrals over cold calling)", () => {
    // Referrals: 8 leads per 1,000 spent, 25 % become customers; cold calling: 20 leads per 1,000, 1 %.
    const count = outcomes(
      60,
      (r) => [observe(r, "referral", 20_000, 8, 0.25), observe(r, "cold_calling", 30_000, 20, 0.01)],
      "referral",
    );
    console.log("enough data:", count);
    assert.ok(count.right >= 57, JSON.stringify(count));
    assert.equal(count.wrong, 0, JSON.stringify(count));
  });

  test("with little data and close rates it says not enough data, and almost never picks the worse", () => {
    // 10 vs 8 customers per 1,000 spent in truth, about 40–60 leads each.
    const count = outcomes(
      60,
      (r) => [observe(r, "webinar", 5_000, 10, 0.1), observe(r, "ads", 5_000, 10, 0.08)],
      "webinar",
    );
    console.log("little data:", count);
    assert.ok(count.notEnough + count.none >= 50, JSON.stringify(count));
    assert.ok(count.wrong <= 3, JSON.stringify(count));
  });

  test("never judges a source below the minimum of leads, nor one without a cost", () => {
    const advice = adviseBudget(
      [
        { key: "a", label: "A", leads: MIN_LEADS - 1, customers: 20, costMinor: 100 },
        { key: "b", label: "B", leads: 500, customers: 1, costMinor: 1_000_000 },
        { key: "c", label: "C", leads: 900, customers: 300, costMinor: null },
      ],
      100,
    );
    assert.deepEqual(
      advice.excluded.map((e) => e.key),
      ["a", "c"],
    );
    assert.equal(advice.advice.kind, "none");
  });

  test("the same data gives the same advice; amounts are round", () => {
    const sources: SourceInput[] = [
      { key: "a", label: "A", leads: 300, customers: 60, costMinor: 4_000_000 },
      { key: "b", label: "B", leads: 900, customers: 9, costMinor: 9_000_000 },
    ];
    assert.deepEqual(adviseBudget(sources, 100), adviseBudget(sources, 100));
    assert.equal(roundAmount(123_456), 120_000);
    assert.equal(roundAmount(987), 990);
    const advice = adviseBudget(sources, 100).advice;
    assert.equal(advice.kind, "move");
    if (advice.kind === "move") {
      assert.deepEqual([advice.from, advice.to, advice.amountMinor], ["b", "a", 900_000]);
      // By hand at the observed rates: A buys 60 customers per 40,000 (1.5 per 1,000), B 9 per
      // 90,000 (0.1 per 1,000); moving 9,000 gains about 9 × (1.5 − 0.1) = 12.6 customers.
      assert.ok(Math.abs(advice.effect.median - 12.6) < 1.5, JSON.stringify(advice.effect));
    }
  });
});

test("a move the user asks about: the weaker way round loses customers, an unknown source is named", () => {
  const sources: SourceInput[] = [
    { key: "a", label: "A", leads: 300, customers: 60, costMinor: 4_000_000 },
    { key: "b", label: "B", leads: 900, customers: 9, costMinor: 9_000_000 },
    { key: "c", label: "C", leads: 400, customers: 20, costMinor: 5_000_000 },
  ];
  const toA = adviseBudget(sources, 100, { pair: { from: "c", to: "a" } }).advice;
  assert.equal(toA.kind, "move");
  const backwards = adviseBudget(sources, 100, { pair: { from: "a", to: "b" } }).advice;
  assert.equal(backwards.kind, "none");
  const unknown = adviseBudget(sources, 100, { pair: { from: "z", to: "a" } }).advice;
  assert.deepEqual(unknown, { kind: "none", reason: "z is not among the judged sources." });
});
