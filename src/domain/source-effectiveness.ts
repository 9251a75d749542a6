// Source effectiveness (product.md §4, issue 10): which programs and channels turn leads into
// customers and revenue, each figure with its 95 % interval, so a small sample reads as what it is.
import { type Interval, revenuePerLeadInterval, wilson } from "./intervals.ts";

/** What the store counts for one program, one channel or the whole period. */
export interface EffectivenessCounts {
  /** Contacts that became leads in the period through this source. */
  leads: number;
  /** Of those, how many have become customers (up to now). */
  customers: number;
  /** Each lead's won revenue in the report's currency, for the leads that have any (the rest are 0). */
  revenues: number[];
  /** Median seconds from becoming a lead to becoming a customer, for those that did. */
  medianSecondsToClose: number | null;
  /** The source's cost lines dated in the period (null: none entered). */
  costMinor: number | null;
}

export interface EffectivenessFigures {
  leads: number;
  customers: number;
  revenueMinor: number;
  costMinor: number | null;
  /** customers ÷ leads, with its Wilson interval. */
  conversion: number | null;
  conversionInterval: Interval | null;
  /** revenue ÷ leads (minor units), with its interval. */
  revenuePerLeadMinor: number | null;
  revenuePerLeadInterval: Interval | null;
  /** revenue ÷ cost, with the interval of revenue per lead scaled by leads ÷ cost. */
  revenuePerCost: number | null;
  revenuePerCostInterval: Interval | null;
  medianDaysToClose: number | null;
}

/**
 * The figures of one source. `fallbackMean`: the mean revenue of a paying lead across every
 * source of the period, standing in for a source that has none yet (see revenuePerLeadInterval).
 */
export function effectivenessFigures(
  c: EffectivenessCounts,
  fallbackMean: number | null = null,
): EffectivenessFigures {
  const revenue = c.revenues.reduce((s, v) => s + v, 0);
  const perLead = c.leads === 0 ? null : revenue / c.leads;
  const perLeadInterval = revenuePerLeadInterval(c.revenues, c.leads, fallbackMean);
  const cost = c.costMinor;
  const scale = cost && cost > 0 ? c.leads / cost : null;
  return {
    leads: c.leads,
    customers: c.customers,
    revenueMinor: revenue,
    costMinor: cost,
    conversion: c.leads === 0 ? null : c.customers / c.leads,
    conversionInterval: wilson(c.customers, c.leads),
    revenuePerLeadMinor: perLead,
    revenuePerLeadInterval: perLeadInterval,
    revenuePerCost: scale === null ? null : revenue / cost!,
    revenuePerCostInterval:
      scale === null || perLeadInterval === null
        ? null
        : { low: perLeadInterval.low * scale, high: perLeadInterval.high * scale },
    medianDaysToClose: c.medianSecondsToClose === null ? null : c.medianSecondsToClose / 86_400,
  };
}

export const EFFECTIVENESS_DEFINITIONS: readonly { term: string; meaning: string }[] = [
  {
    term: "Leads",
    meaning:
      "Contacts that became leads in the period, counted for the program whose touch made them a lead (as in the scorecard). Customers and revenue are what those leads have become since, up to now.",
  },
  {
    term: "P(customer | lead)",
    meaning:
      "Customers ÷ leads. The bar is its 95 % Wilson score interval: where the true rate plausibly lies given how few leads there are. Two sources whose bars overlap may not differ at all.",
  },
  {
    term: "Revenue per lead",
    meaning:
      "The leads' won deals in the report's currency ÷ leads. Its 95 % interval is P(a lead brings revenue) × the mean revenue of those that do: the rate's Wilson bounds times the mean's (a percentile bootstrap of 2,000 resamples, seeded by the data, up to 5,000 paying leads; the normal approximation above). A source with no revenue yet borrows the mean of the period's paying leads across all sources for its upper bound, so it reads “0 to something”, not a certain 0.",
  },
  {
    term: "Revenue per unit of cost",
    meaning:
      "Revenue ÷ the cost lines dated in the period; its interval is revenue per lead's, times leads ÷ cost. Blank when no cost is entered.",
  },
  {
    term: "Median time to close",
    meaning: "From becoming a lead to becoming a customer, for the leads that have; the middle value.",
  },
];
