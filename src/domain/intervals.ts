// Honest uncertainty for the numbers budgets move on (issue 10): a rate's 95 % interval (Wilson
// score) and a mean's (percentile bootstrap, seeded so the same data gives the same interval).

/** The normal quantile for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson score interval for `successes` out of `trials` (null with no trials): unlike the normal
 * approximation it stays inside [0, 1] and is honest at 0 of 10 or 10 of 10.
 */
export function wilson(successes: number, trials: number, z = Z95): Interval | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // At the edges the formula's rounding can land a hair outside; the interval cannot.
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === trials ? 1 : Math.min(1, centre + half),
  };
}

/** A small, fast, seedable generator (mulberry32): the bootstrap's resamples are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const BOOTSTRAP_RESAMPLES = 2000;
/** Past this many values the mean's sampling distribution is normal enough, and resampling costs too much. */
export const BOOTSTRAP_LIMIT = 5000;

/**
 * 95 % interval of the mean of `count` values of which `nonZero` are the non-zero ones (the rest
 * are zero: a lead's revenue is mostly nothing). Up to BOOTSTRAP_LIMIT values: the percentile
 * bootstrap over BOOTSTRAP_RESAMPLES resamples, seeded by the data's size; above it: the normal
 * approximation, mean ± z·s/√n. Null with no values.
 */
export function meanInterval(nonZero: readonly number[], count: number): Interval | null {
  if (count <= 0) return null;
  const n = count;
  if (n > BOOTSTRAP_LIMIT) {
    const sum = nonZero.reduce((s, v) => s + v, 0);
    const mean = sum / n;
    const squares = nonZero.reduce((s, v) => s + (v - mean) ** 2, 0) + (n - nonZero.length) * mean * mean;
    const sd = Math.sqrt(squares / (n - 1));
    const half = (Z95 * sd) / Math.sqrt(n);
    return { low: Math.max(0, mean - half), high: mean + half };
  }
  const random = seededRandom(n * 2_654_435_761 + nonZero.length);
  const means = new Float64Array(BOOTSTRAP_RESAMPLES);
  for (let r = 0; r < BOOTSTRAP_RESAMPLES; r++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const k = Math.floor(random() * n);
      if (k < nonZero.length) sum += nonZero[k]!;
    }
    means[r] = sum / n;
  }
  means.sort();
  return {
    low: means[Math.floor(0.025 * (BOOTSTRAP_RESAMPLES - 1))]!,
    high: means[Math.ceil(0.975 * (BOOTSTRAP_RESAMPLES - 1))]!,
  };
}

/**
 * 95 % interval of revenue per lead, as P(a lead brings revenue) × mean revenue of those that
 * do: the rate's Wilson bounds times the mean's bootstrap bounds (`meanInterval` over the paying
 * leads; with one paying lead, that lead's revenue). With no paying lead, its mean is unknown:
 * `fallbackMean` (the period's mean across every source) stands in, so a source with no revenue
 * yet reads "0 to something", never a certain 0. Conservative: the product of two 95 % bounds.
 */
export function revenuePerLeadInterval(
  revenues: readonly number[],
  leads: number,
  fallbackMean: number | null,
): Interval | null {
  const rate = wilson(revenues.length, leads);
  if (!rate) return null;
  if (revenues.length === 0) return { low: 0, high: rate.high * (fallbackMean ?? 0) };
  const sorted = [...revenues].sort((a, b) => a - b);
  const mean = meanInterval(sorted, sorted.length)!;
  return { low: rate.low * mean.low, high: rate.high * mean.high };
}
