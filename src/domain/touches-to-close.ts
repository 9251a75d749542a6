// Touches to close (product.md §1 idea 2, §4): for customers won in a period, how many touches —
// marketing and sales — came before the win. Practitioners quote "about eight"; this measures it.

/** The practitioners' rule of thumb, shown beside the measured figures. */
export const RULE_OF_THUMB = 8;
/** Histogram buckets 1…29 touches, then one for 30 or more. */
export const HISTOGRAM_CAP = 30;

export interface WonCustomer {
  marketing: number;
  sales: number;
  /** The channel of the program of the customer's first touch; null when it had no program. */
  firstChannel: string | null;
}

/** The p-quantile with linear interpolation between the closest ranks (as percentile_cont). */
export function quantile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const xs = [...values].sort((a, b) => a - b);
  const pos = p * (xs.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return xs[lo]! + (pos - lo) * (xs[hi]! - xs[lo]!);
}

export interface TouchDistribution {
  customers: number;
  median: number | null;
  p25: number | null;
  p75: number | null;
  medianMarketing: number | null;
  medianSales: number | null;
  /** Share of customers won within RULE_OF_THUMB touches or fewer. */
  withinRuleOfThumb: number | null;
}

export function touchDistribution(customers: readonly WonCustomer[]): TouchDistribution {
  const totals = customers.map((c) => c.marketing + c.sales);
  return {
    customers: customers.length,
    median: quantile(totals, 0.5),
    p25: quantile(totals, 0.25),
    p75: quantile(totals, 0.75),
    medianMarketing: quantile(
      customers.map((c) => c.marketing),
      0.5,
    ),
    medianSales: quantile(
      customers.map((c) => c.sales),
      0.5,
    ),
    withinRuleOfThumb:
      customers.length === 0 ? null : totals.filter((t) => t <= RULE_OF_THUMB).length / customers.length,
  };
}

/** How many customers needed each number of touches (0…29, then 30 or more), split by side. */
export function touchHistogram(customers: readonly WonCustomer[]) {
  const buckets = Array.from({ length: HISTOGRAM_CAP + 1 }, (_, touches) => ({
    touches,
    orMore: touches === HISTOGRAM_CAP,
    customers: 0,
  }));
  for (const c of customers) buckets[Math.min(HISTOGRAM_CAP, c.marketing + c.sales)]!.customers += 1;
  // Trailing empty buckets say nothing; leading ones keep the axis starting at 0.
  let last = buckets.length - 1;
  while (last > 0 && buckets[last]!.customers === 0) last--;
  return buckets.slice(0, last + 1);
}

export function byFirstChannel(customers: readonly WonCustomer[]) {
  const groups = new Map<string | null, WonCustomer[]>();
  for (const c of customers) {
    if (!groups.has(c.firstChannel)) groups.set(c.firstChannel, []);
    groups.get(c.firstChannel)!.push(c);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : 1))
    .map(([channel, list]) => ({ channel, ...touchDistribution(list) }));
}

export const TOUCHES_DEFINITIONS: readonly { term: string; meaning: string }[] = [
  {
    term: "Customers",
    meaning: "Contacts that first became customers (a deal of theirs won) in the period, UTC days included.",
  },
  {
    term: "Touches before the win",
    meaning:
      "Every touchpoint of the customer up to the instant it became a customer, from either side: marketing (emails, ads, events, …) and sales (calls, meetings, proposals, …).",
  },
  {
    term: "Median, 25th and 75th percentile",
    meaning: "Of the touches per customer, interpolated between the two closest values.",
  },
  {
    term: `Within ${RULE_OF_THUMB}`,
    meaning: `The share of customers won with ${RULE_OF_THUMB} touches or fewer — the practitioners' rule of thumb is "about eight".`,
  },
  {
    term: "Channel of first touch",
    meaning:
      "The channel of the program behind the customer's first touchpoint; none when it had no program.",
  },
];
