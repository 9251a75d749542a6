// The intervals against published values (Wilson: Newcombe 1998, table I; the same figures in
// most statistics texts) and, for the mean, against its definition and its coverage by simulation.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { BOOTSTRAP_LIMIT, meanInterval, revenuePerLeadInterval, seededRandom, wilson } from "./intervals.ts";

const near = (actual: number, expected: number, digits = 4) =>
  assert.ok(Math.abs(actual - expected) < 0.5 * 10 ** -digits, `${actual} vs ${expected}`);

describe("Wilson score interval", () => {
  test("published values: 0/10, 1/10, 3/10, 10/10, 50/100, 81/263", () => {
    const cases: [number, number, number, number][] = [
      [0, 10, 0, 0.2775],
      [1, 10, 0.0179, 0.4042],
      [3, 10, 0.1078, 0.6032],
      [10, 10, 0.7225, 1],
      [50, 100, 0.4038, 0.5962],
      [81, 263, 0.2553, 0.3662],
    ];
    for (const [k, n, low, high] of cases) {
      const i = wilson(k, n)!;
      near(i.low, low);
      near(i.high, high);
    }
  });

  test("no trials, no interval; it always holds the observed rate", () => {
    assert.equal(wilson(0, 0), null);
    for (let n = 1; n <= 60; n++)
      for (let k = 0; k <= n; k++) {
        const i = wilson(k, n)!;
        assert.ok(i.low <= k / n && k / n <= i.high && i.low >= 0 && i.high <= 1, `${k}/${n}`);
      }
  });
});

describe("interval of a mean", () => {
  test("constant values give a point; no values, no interval", () => {
    assert.deepEqual(meanInterval([7, 7, 7], 3), { low: 7, high: 7 });
    assert.deepEqual(meanInterval([], 40), { low: 0, high: 0 });
    assert.equal(meanInterval([], 0), null);
  });

  test("the same data gives the same interval", () => {
    assert.deepEqual(meanInterval([5, 100, 3], 50), meanInterval([5, 100, 3], 50));
  });

  test("covers the true mean about 95 % of the time, bootstrap and normal regimes alike", () => {
    // Revenue per lead as it looks: most leads nothing, 20 % a deal of 100–1,100. True mean 120.
    for (const n of [200, BOOTSTRAP_LIMIT + 1000]) {
      const random = seededRandom(n);
      let covered = 0;
      const trials = n > BOOTSTRAP_LIMIT ? 400 : 150;
      for (let t = 0; t < trials; t++) {
        const nonZero: number[] = [];
        for (let i = 0; i < n; i++) if (random() < 0.2) nonZero.push(100 + 1000 * random());
        const interval = meanInterval(nonZero, n)!;
        if (interval.low <= 120 && 120 <= interval.high) covered++;
      }
      const rate = covered / trials;
      assert.ok(rate > 0.88 && rate < 0.99, `n=${n}: coverage ${rate}`);
    }
  });
});

describe("interval of revenue per lead", () => {
  test("no paying lead yet: from 0 to the rate's upper bound times the period's mean, never a certain 0", () => {
    // 0 of 12: Wilson's upper bound 0.2425; the period's paying leads average 1,500.
    const i = revenuePerLeadInterval([], 12, 1500)!;
    assert.equal(i.low, 0);
    near(i.high, 0.2425 * 1500, 0);
    assert.ok(i.high > 300);
  });

  test("one paying lead of one: its revenue times Wilson's 1 of 1, wide", () => {
    // 1 of 1: Wilson [0.2065, 1].
    const i = revenuePerLeadInterval([2000], 1, 1500)!;
    near(i.low, 0.2065 * 2000, 0);
    assert.equal(i.high, 2000);
  });

  test("it holds the observed revenue per lead, and covers the truth about 95 % of the time or more", () => {
    const random = seededRandom(99);
    let covered = 0;
    for (let t = 0; t < 150; t++) {
      const revenues: number[] = [];
      for (let i = 0; i < 300; i++) if (random() < 0.2) revenues.push(100 + 1000 * random());
      const i = revenuePerLeadInterval(revenues, 300, null)!;
      const observed = revenues.reduce((s, v) => s + v, 0) / 300;
      assert.ok(i.low <= observed && observed <= i.high);
      if (i.low <= 120 && 120 <= i.high) covered++;
    }
    assert.ok(covered / 150 >= 0.93, `coverage ${covered / 150}`);
  });
});
