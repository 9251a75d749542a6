// Budget advice (issue 10, item 3): from what each source's spend has bought — leads per unit of
// cost and P(customer | lead), both uncertain — where moving money would most likely buy more
// customers, how many, and how sure that is. It never advises from fewer than MIN_LEADS leads a
// source, and says "not enough data yet" (and how many more leads would settle it) when the
// interval of the effect still holds zero.
import beta from "@stdlib/random-base-beta";
import gamma from "@stdlib/random-base-gamma";

/** Below this many leads a source is not judged at all. */
export const MIN_LEADS = 30;
/** Monte Carlo draws of each source's customers per unit of cost. */
export const DRAWS = 20_000;
/** The share of the weaker source's spend the advice moves… */
export const MOVE_SHARE = 0.1;
/** …but never more than this share of the stronger source's own spend, so its rates still plausibly hold. */
export const MAX_GROWTH = 0.5;

export interface SourceInput {
  key: string;
  label: string;
  leads: number;
  customers: number;
  /** Spend in the period, minor units (null or 0: no cost entered). */
  costMinor: number | null;
}

export interface Spread {
  median: number;
  low: number;
  high: number;
}

export interface JudgedSource extends SourceInput {
  /** Customers per 1,000 major units of spend (posterior median and 90 % interval). */
  customersPerThousand: Spread;
}

export type Advice =
  | {
      kind: "move";
      from: string;
      to: string;
      amountMinor: number;
      /** Extra customers the move buys: median and 90 % interval. */
      effect: Spread;
    }
  | {
      kind: "not_enough_data";
      from: string;
      to: string;
      amountMinor: number;
      effect: Spread;
      /** Roughly how many more leads, across the two sources, would make the interval exclude zero (null: they look alike). */
      moreLeadsNeeded: number | null;
    }
  | { kind: "none"; reason: string };

export interface BudgetAdvice {
  minLeads: number;
  judged: JudgedSource[];
  excluded: { key: string; label: string; reason: string }[];
  advice: Advice;
  reasoning: string[];
}

const quantile = (sorted: Float64Array, q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const spread = (sorted: Float64Array): Spread => ({
  median: quantile(sorted, 0.5),
  low: quantile(sorted, 0.05),
  high: quantile(sorted, 0.95),
});

/**
 * Draws of a source's customers per minor unit of spend: leads per unit ~ Gamma(leads + ½, cost)
 * (Poisson arrivals, Jeffreys prior) times P(customer | lead) ~ Beta(customers + ½, leads − customers + ½).
 */
function draws(s: SourceInput, seed: number): Float64Array {
  const rate = gamma.factory({ seed });
  const p = beta.factory({ seed: seed + 1 });
  const out = new Float64Array(DRAWS);
  for (let i = 0; i < DRAWS; i++)
    out[i] = rate(s.leads + 0.5, s.costMinor!) * p(s.customers + 0.5, s.leads - s.customers + 0.5);
  return out;
}

/** A round amount near `minor`: two significant digits. */
export function roundAmount(minor: number): number {
  if (minor <= 0) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(minor)) - 1);
  return Math.round(minor / step) * step;
}

/**
 * The advice for these sources: by default moving spend from the weakest judged source to the
 * strongest, or the move the user asks about (`pair`). `minorPerMajor` converts the currency's
 * minor units (100 for USD); `seed` makes the draws reproducible (the same data, the same advice).
 */
export function adviseBudget(
  sources: readonly SourceInput[],
  minorPerMajor: number,
  options: { seed?: number; pair?: { from: string; to: string }; currency?: string } = {},
): BudgetAdvice {
  const seed = options.seed ?? 20261201;
  const money = (minor: number) =>
    options.currency
      ? new Intl.NumberFormat("en", { style: "currency", currency: options.currency }).format(
          minor / minorPerMajor,
        )
      : (minor / minorPerMajor).toLocaleString("en");
  const excluded: BudgetAdvice["excluded"] = [];
  const candidates: SourceInput[] = [];
  for (const s of sources) {
    if (!s.costMinor || s.costMinor <= 0)
      excluded.push({ key: s.key, label: s.label, reason: "no cost entered" });
    else if (s.leads < MIN_LEADS)
      excluded.push({
        key: s.key,
        label: s.label,
        reason: `${s.leads} leads; at least ${MIN_LEADS} are needed to judge`,
      });
    else candidates.push(s);
  }
  const sampled = candidates.map((s, i) => ({ s, d: draws(s, seed + 2 * i) }));
  const judged: JudgedSource[] = sampled
    .map(({ s, d }) => {
      const perThousand = Float64Array.from(d, (x) => x * 1000 * minorPerMajor).sort();
      return { ...s, customersPerThousand: spread(perThousand) };
    })
    .sort((a, b) => b.customersPerThousand.median - a.customersPerThousand.median);
  const reasoning = [
    `Each source's customers per unit of spend is its leads per unit of spend times P(customer | lead), both uncertain; ${DRAWS.toLocaleString("en")} draws of each give a median and a 90 % interval.`,
    `Sources with fewer than ${MIN_LEADS} leads, or no cost entered, are not judged.`,
  ];
  if (judged.length < 2) {
    return {
      minLeads: MIN_LEADS,
      judged,
      excluded,
      advice: {
        kind: "none",
        reason: `At least two sources with ${MIN_LEADS} leads and a cost are needed to compare.`,
      },
      reasoning,
    };
  }
  const pick = (key: string) => judged.find((j) => j.key === key);
  const asked = options.pair && { to: pick(options.pair.to), from: pick(options.pair.from) };
  if (asked && (!asked.to || !asked.from || asked.to === asked.from)) {
    const missing = [options.pair!.from, options.pair!.to].filter((k) => !pick(k));
    return {
      minLeads: MIN_LEADS,
      judged,
      excluded,
      advice: {
        kind: "none",
        reason:
          missing.length > 0
            ? `${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not among the judged sources.`
            : "Moving spend needs two different sources.",
      },
      reasoning,
    };
  }
  const best = asked?.to ?? judged[0]!;
  const worst = asked?.from ?? judged.at(-1)!;
  const drawsOf = new Map(sampled.map(({ s, d }) => [s.key, d]));
  const amount = roundAmount(Math.min(worst.costMinor! * MOVE_SHARE, best.costMinor! * MAX_GROWTH));
  const b = drawsOf.get(best.key)!;
  const w = drawsOf.get(worst.key)!;
  const gain = new Float64Array(DRAWS);
  for (let i = 0; i < DRAWS; i++) gain[i] = amount * (b[i]! - w[i]!);
  const effect = spread(gain.sort());
  reasoning.push(
    asked
      ? `Asked: from ${worst.label} (median ${worst.customersPerThousand.median.toFixed(2)} customers per 1,000 of spend) to ${best.label} (${best.customersPerThousand.median.toFixed(2)}).`
      : `${best.label} buys the most customers per unit of spend (median ${best.customersPerThousand.median.toFixed(2)} per 1,000), ${worst.label} the fewest (${worst.customersPerThousand.median.toFixed(2)}).`,
    `Moving ${money(amount)} of spend (${MOVE_SHARE * 100} % of ${worst.label}'s, at most ${MAX_GROWTH * 100} % more than ${best.label}'s own) from ${worst.label} to ${best.label}, at the rates each has shown, changes customers by ${effect.median.toFixed(1)} (90 % interval ${effect.low.toFixed(1)} to ${effect.high.toFixed(1)}). Spend at the margin usually buys less than the average: treat it as an upper estimate.`,
  );
  if (effect.high < 0) {
    const reason =
      "The whole interval is below zero: this move would lose customers; the other way round would gain them.";
    reasoning.push(reason);
    return { minLeads: MIN_LEADS, judged, excluded, advice: { kind: "none", reason }, reasoning };
  }
  if (effect.low > 0) {
    reasoning.push("The whole interval is above zero: the move is advised.");
    return {
      minLeads: MIN_LEADS,
      judged,
      excluded,
      advice: { kind: "move", from: worst.key, to: best.key, amountMinor: amount, effect },
      reasoning,
    };
  }
  // The interval narrows about as 1/√(data): how much more data until its lower end clears zero.
  const half = (effect.high - effect.low) / 2;
  const factor = effect.median > 0 ? (half / effect.median) ** 2 : null;
  const moreLeadsNeeded =
    factor === null || factor > 1000 ? null : Math.ceil((factor - 1) * (best.leads + worst.leads));
  reasoning.push(
    moreLeadsNeeded === null
      ? "The interval holds zero and the two look alike: no move is advised, and more data may never separate them."
      : `The interval still holds zero: not enough data yet. About ${moreLeadsNeeded} more leads across the two would settle it, if they keep converting as they have.`,
  );
  return {
    minLeads: MIN_LEADS,
    judged,
    excluded,
    advice: {
      kind: "not_enough_data",
      from: worst.key,
      to: best.key,
      amountMinor: amount,
      effect,
      moreLeadsNeeded,
    },
    reasoning,
  };
}
