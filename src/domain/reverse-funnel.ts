// The reverse funnel (issue 10, item 6): from the reps' quotas back to the leads marketing must
// bring. Each step divides by a rate observed over the last year — deal size, win rate, sales-ready
// to opportunity, lead to sales-ready — and each rate's 95 % interval carries into a range of what
// is needed. Then: do the plan's lead targets cover it?
import { type Interval, meanInterval, wilson } from "./intervals.ts";

export interface Observed {
  /** Of the year's leads, how many reached sales-ready or later, and how many of those had a deal. */
  leads: number;
  salesReady: number;
  opportunities: number;
  /** Deals closed in the year: won and lost. */
  won: number;
  lost: number;
  /** The won deals' amounts in the quota's currency. */
  wonAmounts: number[];
}

export interface Tier {
  tier: "won" | "opportunities" | "salesReady" | "leads";
  /** What is needed at the observed rates (rounded up), and the range the rates' intervals give. */
  needed: number | null;
  range: Interval | null;
  /** The rate this tier is divided by to reach the next one down (null for leads). */
  rate: number | null;
  rateInterval: Interval | null;
}

const up = (x: number) => (Number.isFinite(x) ? Math.ceil(x - 1e-9) : Number.POSITIVE_INFINITY);
const div = (a: number, b: number) => (b > 0 ? a / b : Number.POSITIVE_INFINITY);

/** The average won deal in the quota's currency (null with none). */
export function averageDeal(o: Observed): number | null {
  return o.wonAmounts.length ? o.wonAmounts.reduce((s, v) => s + v, 0) / o.wonAmounts.length : null;
}

/** The tiers from won deals back to leads, for a quota in minor units. */
export function reverseFunnel(quotaMinor: number, o: Observed): Tier[] {
  const dealSize = averageDeal(o);
  const sizeInterval = meanInterval(
    [...o.wonAmounts].sort((a, b) => a - b),
    o.wonAmounts.length,
  );
  const winRate = wilson(o.won, o.won + o.lost);
  const oppRate = wilson(o.opportunities, o.salesReady);
  const srRate = wilson(o.salesReady, o.leads);
  const rates = [
    { r: o.won + o.lost ? o.won / (o.won + o.lost) : null, i: winRate },
    { r: o.salesReady ? o.opportunities / o.salesReady : null, i: oppRate },
    { r: o.leads ? o.salesReady / o.leads : null, i: srRate },
  ];
  if (dealSize === null || !sizeInterval) {
    return (["won", "opportunities", "salesReady", "leads"] as const).map((tier, k) => ({
      tier,
      needed: null,
      range: null,
      rate: k < 3 ? rates[k]!.r : null,
      rateInterval: k < 3 ? rates[k]!.i : null,
    }));
  }
  // Point: each tier from the one above at the observed rate. Range: the low end at the
  // optimistic bounds (larger deals, higher rates), the high end at the pessimistic ones.
  let point = up(quotaMinor / dealSize);
  let low = up(div(quotaMinor, sizeInterval.high));
  let high = up(div(quotaMinor, sizeInterval.low));
  const tiers: Tier[] = [
    { tier: "won", needed: point, range: { low, high }, rate: rates[0]!.r, rateInterval: rates[0]!.i },
  ];
  const names = ["opportunities", "salesReady", "leads"] as const;
  for (let k = 0; k < 3; k++) {
    const { r, i } = rates[k]!;
    point = r === null ? Number.POSITIVE_INFINITY : up(div(point, r));
    low = i === null ? Number.POSITIVE_INFINITY : up(div(low, i.high));
    high = i === null ? Number.POSITIVE_INFINITY : up(div(high, i.low));
    tiers.push({
      tier: names[k]!,
      needed: Number.isFinite(point) ? point : null,
      range: {
        low: Number.isFinite(low) ? low : Number.NaN,
        high: Number.isFinite(high) ? high : Number.NaN,
      },
      rate: k < 2 ? rates[k + 1]!.r : null,
      rateInterval: k < 2 ? rates[k + 1]!.i : null,
    });
  }
  return tiers.map((t) => ({
    ...t,
    range: t.range && (Number.isNaN(t.range.low) || Number.isNaN(t.range.high)) ? null : t.range,
  }));
}

export type Coverage = "covered" | "maybe" | "short" | null;

/** Whether planned leads cover what is needed: yes, only at the optimistic end, or no. */
export function coverage(plannedLeads: number | null, leads: Tier | undefined): Coverage {
  if (plannedLeads === null || !leads || leads.needed === null) return null;
  if (leads.range && plannedLeads >= leads.range.high) return "covered";
  if (plannedLeads >= leads.needed) return "covered";
  if (leads.range && plannedLeads >= leads.range.low) return "maybe";
  return "short";
}

export interface ProgramFunnel {
  tiers: Tier[];
  /** The lead target it is held to: its own plan's, else its channel's plan's (null: neither sets one). */
  plannedLeads: number | null;
  plannedFrom: "program" | "channel" | null;
  coverage: Coverage;
}

/**
 * One program's reverse funnel: the whole quota met by this program's leads alone, at its own
 * rates and deal size — so a program that converts poorly shows how many more leads it would take.
 * A channel's target stands in for a program without its own: the channel is what was planned.
 */
export function programFunnel(
  quotaMinor: number,
  observed: Observed,
  planned: { program: number | null; channel: number | null },
): ProgramFunnel {
  const tiers = reverseFunnel(quotaMinor, observed);
  const plannedLeads = planned.program ?? planned.channel;
  const plannedFrom = planned.program !== null ? "program" : planned.channel !== null ? "channel" : null;
  return { tiers, plannedLeads, plannedFrom, coverage: coverage(plannedLeads, tiers.at(-1)) };
}

export const REVERSE_FUNNEL_DEFINITIONS: readonly { term: string; meaning: string }[] = [
  { term: "Quota", meaning: "The sum of the reps' quotas for the period, in its currency." },
  {
    term: "Rates",
    meaning:
      "Observed over the 12 whole months before this one: average won deal size; win rate (won ÷ deals won or lost); sales-ready to opportunity (of the year's leads that reached sales-ready, those with a deal); lead to sales-ready.",
  },
  {
    term: "Needed",
    meaning:
      "Won deals = quota ÷ average deal size, then each tier up = the tier below ÷ its rate, rounded up. The range uses each rate's 95 % interval (Wilson; the deal size's by bootstrap): its low end if every rate is at its best, its high end if at its worst.",
  },
  {
    term: "Covered",
    meaning:
      "The plan's lead target for the period (the workspace's plan, else its channels' or programs' summed) against the leads needed: covered when it reaches the leads needed at the observed rates (the range beside it shows how many the worst rates in their intervals would need), covered only if the rates turn out at the better end of their intervals (maybe), or short.",
  },
  {
    term: "Per program",
    meaning:
      "Each program that made leads in those 12 months, on its own: its leads (whose first inbound response came from it), how many of them reached sales-ready or later and how many of those had a deal; the deals of its leads won or lost in the 12 months and the average won deal. The tiers are worked out as above from its rates alone: what it would need to bring to meet the whole quota by itself. Covered compares the lead target of the program's own plan for the period, else of its channel's plan (the whole channel's target), with its leads needed.",
  },
];
