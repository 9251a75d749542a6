// The intervals against published values (Wilson: Newcombe 1998, table I; the same figures in
// most statistics texts) and, for the mean, against its definition and its coverage by simulation.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { BOOTSTRAP_LIMIT, meanInterval, seededRandom, wilson } from "./intervals.ts";

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
