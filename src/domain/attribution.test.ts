// Attribution by hand: small journeys whose every credit is worked out in the comments, and a
// property against a naive implementation (fractions written out per model) on random journeys.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import {
  ATTRIBUTION_MODELS,
  type AttributionModel,
  attributeDeal,
  type Journey,
  shareExactly,
} from "./attribution.ts";

const DAY = 86_400_000;
const SETTINGS = { halfLifeDays: 7 };

const creditsOf = (journey: Journey) =>
  Object.fromEntries(
    ATTRIBUTION_MODELS.map((m) => [m, attributeDeal(journey, SETTINGS).map((t) => t.credits[m])]),
  ) as Record<AttributionModel, number[]>;

describe("attribution by hand", () => {
  test("one touch that made the lead earns everything under every model", () => {
    const c = creditsOf({
      touches: [{ id: "a", at: 0 }],
      leadTouchId: "a",
      openedAt: DAY,
      wonAt: 2 * DAY,
      amountMinor: 12_345,
    });
    for (const m of ATTRIBUTION_MODELS) assert.deepEqual(c[m], [12_345], m);
  });

  test("one touch, the contact became a lead without it: lead creation credits nothing", () => {
    const c = creditsOf({
      touches: [{ id: "a", at: 0 }],
      leadTouchId: null,
      openedAt: DAY,
      wonAt: 2 * DAY,
      amountMinor: 500,
    });
    assert.deepEqual(c.leadCreation, [0]);
    // U-shaped: lead creation's 40 % and the rest's 20 % have no touch; first touch's 40 % is all there is.
    assert.deepEqual(c.uShaped, [500]);
    assert.deepEqual(c.firstTouch, [500]);
  });

  test("two touches: the first made the lead and preceded the deal, the second closed it", () => {
    // a (day 0): first, lead creation, opportunity creation (the deal opened on day 5); b (day 10): closing.
    const c = creditsOf({
      touches: [
        { id: "b", at: 10 * DAY },
        { id: "a", at: 0 },
      ],
      leadTouchId: "a",
      openedAt: 5 * DAY,
      wonAt: 14 * DAY,
      amountMinor: 1000,
    });
    assert.deepEqual(c.firstTouch, [1000, 0]);
    assert.deepEqual(c.leadCreation, [1000, 0]);
    assert.deepEqual(c.lastTouch, [0, 1000]);
    assert.deepEqual(c.linear, [500, 500]);
    // U: a holds first (40) and lead (40); b is the only other touch and takes the rest's 20.
    assert.deepEqual(c.uShaped, [800, 200]);
    // W: a holds first, lead and opportunity (90); b takes the rest's 10.
    assert.deepEqual(c.wShaped, [900, 100]);
    // Full path: a 3 × 22.5 = 67.5, b closing 22.5; no other touch for the 10, so 67.5 : 22.5 = 750 : 250.
    assert.deepEqual(c.fullPath, [750, 250]);
    // Time decay relative to the latest: a is 10 days before b, weight 2^(−10/7) against 1.
    const a = 1000 / (1 + 2 ** (10 / 7));
    assert.deepEqual(c.timeDecay, [Math.round(a), 1000 - Math.round(a)]);
    assert.deepEqual(c.timeDecay, [271, 729]);
  });

  test("the rest is spread evenly, and the cents left over go to the largest remainders, earlier first", () => {
    // Five touches, amount 1001. W-shaped: a first + lead (60 %), c opportunity (30 %), b, d, e share 10 %.
    const c = creditsOf({
      touches: ["a", "b", "c", "d", "e"].map((id, i) => ({ id, at: i * DAY })),
      leadTouchId: "a",
      openedAt: 2 * DAY + 1,
      wonAt: 10 * DAY,
      amountMinor: 1001,
    });
    // Exact: a 600.6, c 300.3, b/d/e 33.3666…; floors 600 + 300 + 33 × 3 = 999; the two cents left
    // go to a (.6) and then b (.3666…, earliest of the three tied at .3666…).
    assert.deepEqual(c.wShaped, [601, 34, 300, 33, 33]);
    // Linear: 200.2 each → 200 each and the one cent to a.
    assert.deepEqual(c.linear, [201, 200, 200, 200, 200]);
    // Full path: e is the closing touch: a 45 %, c 22.5 %, e 22.5 %, b and d 5 % each.
    // Exact 450.45, 50.05, 225.225, 50.05, 225.225: floors 450 + 50 + 225 + 50 + 225 = 1000; the cent
    // to a (.45).
    assert.deepEqual(c.fullPath, [451, 50, 225, 50, 225]);
  });

  test("exact shares split the amount to the unit", () => {
    assert.deepEqual(shareExactly(100, [1n, 1n, 1n]), [34, 33, 33]);
    assert.deepEqual(shareExactly(2, [1n, 1n, 1n]), [1, 1, 0]);
    assert.deepEqual(shareExactly(7, [0n, 0n]), [0, 0]);
    assert.deepEqual(shareExactly(0, [3n, 1n]), [0, 0]);
  });
});

// The naive model: each touch's exact share as a fraction written out per model's definition,
// floors, then the leftover units by largest remainder (earlier first).
function naive(j: Journey, model: AttributionModel): number[] {
  const ts = [...j.touches].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  const n = ts.length;
  if (n === 0) return [];
  const first = 0;
  const closing = n - 1;
  const lead = ts.findIndex((t) => t.id === j.leadTouchId);
  let opp = -1;
  ts.forEach((t, i) => {
    if (t.at <= j.openedAt) opp = i;
  });
  const positions: Record<string, [number, number][]> = {
    firstTouch: [[first, 1]],
    leadCreation: lead >= 0 ? [[lead, 1]] : [],
    lastTouch: [[closing, 1]],
    uShaped: [[first, 0.4], ...(lead >= 0 ? ([[lead, 0.4]] as [number, number][]) : [])],
    wShaped: [
      [first, 0.3],
      ...(lead >= 0 ? ([[lead, 0.3]] as [number, number][]) : []),
      ...(opp >= 0 ? ([[opp, 0.3]] as [number, number][]) : []),
    ],
    fullPath: [
      [first, 0.225],
      ...(lead >= 0 ? ([[lead, 0.225]] as [number, number][]) : []),
      ...(opp >= 0 ? ([[opp, 0.225]] as [number, number][]) : []),
      [closing, 0.225],
    ],
  };
  const restShare: Record<string, number> = { uShaped: 0.2, wShaped: 0.1, fullPath: 0.1 };
  let weights: number[];
  if (model === "linear") weights = ts.map(() => 1);
  else if (model === "timeDecay")
    weights = ts.map((t) => 2 ** (-(ts[n - 1]!.at - t.at) / (SETTINGS.halfLifeDays * DAY)));
  else {
    weights = ts.map(() => 0);
    const holders = new Set<number>();
    for (const [i, w] of positions[model]!) {
      weights[i]! += w;
      holders.add(i);
    }
    const others = ts.map((_, i) => i).filter((i) => !holders.has(i));
    for (const i of others) weights[i]! += (restShare[model] ?? 0) / others.length;
  }
  if (model === "timeDecay") {
    const total = weights.reduce((s, w) => s + w, 0);
    const exact = weights.map((w) => (j.amountMinor * w) / total);
    const floors = exact.map((x) => Math.floor(x));
    let left = j.amountMinor - floors.reduce((s, f) => s + f, 0);
    const order = exact
      .map((x, i) => [x - floors[i]!, i] as const)
      .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (const [, i] of order) if (left-- > 0) floors[i]! += 1;
    return floors;
  }
  // The others are exact fractions: weights in 1/1000 × 1/(number of other touches) as integers.
  const denominator = 1000 * Math.max(1, weights.filter((_, i) => !isHolder(model, i, positions)).length);
  const scaled = weights.map((w) => BigInt(Math.round(w * denominator)));
  const total = scaled.reduce((s, w) => s + w, 0n);
  if (total === 0n) return ts.map(() => 0);
  const amount = BigInt(j.amountMinor);
  const floors = scaled.map((w) => (amount * w) / total);
  const rems = scaled.map((w) => (amount * w) % total);
  let left = amount - floors.reduce((s, f) => s + f, 0n);
  const order = rems
    .map((r, i) => [r, i] as const)
    .sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] > b[0] ? -1 : 1));
  for (const [, i] of order) if (left-- > 0n) floors[i]! += 1n;
  return floors.map(Number);
}

function isHolder(
  model: AttributionModel,
  i: number,
  positions: Record<string, [number, number][]>,
): boolean {
  if (model === "linear") return true;
  return (positions[model] ?? []).some(([k]) => k === i);
}

const journeyArb = fc
  .record({
    times: fc.uniqueArray(fc.integer({ min: 0, max: 200 * 24 }), { minLength: 1, maxLength: 12 }),
    lead: fc.integer({ min: -1, max: 11 }),
    openedAfterHours: fc.integer({ min: -24, max: 200 * 24 }),
    wonAfterHours: fc.integer({ min: 0, max: 60 * 24 }),
    amount: fc.integer({ min: 0, max: 50_000_000 }),
  })
  .map(({ times, lead, openedAfterHours, wonAfterHours, amount }) => {
    const touches = times.map((h, i) => ({ id: `t${String(i).padStart(2, "0")}`, at: h * 3_600_000 }));
    const last = Math.max(...touches.map((t) => t.at));
    return {
      touches,
      leadTouchId: lead >= 0 && lead < touches.length ? touches[lead]!.id : null,
      openedAt: openedAfterHours * 3_600_000,
      wonAt: last + wonAfterHours * 3_600_000,
      amountMinor: amount,
    } satisfies Journey;
  });

test("every model equals the naive implementation on random journeys, and each deal's credits add up to its amount", () => {
  fc.assert(
    fc.property(journeyArb, (j) => {
      const result = attributeDeal(j, SETTINGS);
      for (const model of ATTRIBUTION_MODELS) {
        const got = result.map((t) => t.credits[model]);
        const sum = got.reduce((s, c) => s + c, 0);
        const want = naive(j, model);
        if (model === "leadCreation" && j.leadTouchId === null) assert.equal(sum, 0);
        else assert.equal(sum, j.amountMinor, `${model} sums to the amount`);
        if (model === "timeDecay") {
          // Float weights in the naive one: each credit within one unit.
          for (const [i, c] of got.entries())
            assert.ok(Math.abs(c - want[i]!) <= 1, `${model} ${i}: ${c} vs ${want[i]}`);
        } else assert.deepEqual(got, want, model);
      }
    }),
    { numRuns: 2000 },
  );
});
