// Sales conversion (product.md §4, idea 5): each rep measured by the sales yardstick — what was
// handed over and accepted, how fast the first touch came, the deals opened and won, the cycle,
// the deal size, the quota, and the work it took per deal won.

/** The sales activities counted per won deal (sales-side touchpoints a rep logged). */
export const SALES_ACTIVITIES = [
  "call",
  "cold_call",
  "meeting",
  "presentation",
  "proposal",
  "estimate",
  "contract",
] as const;

export interface SalesCounts {
  handoffsReceived: number;
  handoffsAccepted: number;
  dealsOpened: number;
  won: number;
  lost: number;
  /** Of the deals won, those in the report's currency, and their amount. */
  wonInCurrency: number;
  wonMinor: number;
  quotaTargetMinor: number;
  quotaWonMinor: number;
  activities: number;
}

export interface SalesFigures extends SalesCounts {
  /** accepted ÷ received. */
  acceptanceRate: number | null;
  /** won ÷ (won + lost), deals closed in the period. */
  winRate: number | null;
  /** wonMinor ÷ wonInCurrency, rounded to the minor unit. */
  averageDealMinor: number | null;
  /** quotaWonMinor ÷ quotaTargetMinor. */
  quotaAttainment: number | null;
  /** activities ÷ won. */
  activitiesPerWon: number | null;
}

const rate = (n: number, d: number) => (d === 0 ? null : n / d);

export function salesFigures(c: SalesCounts): SalesFigures {
  return {
    ...c,
    acceptanceRate: rate(c.handoffsAccepted, c.handoffsReceived),
    winRate: rate(c.won, c.won + c.lost),
    averageDealMinor: c.wonInCurrency === 0 ? null : Math.round(c.wonMinor / c.wonInCurrency),
    quotaAttainment: rate(c.quotaWonMinor, c.quotaTargetMinor),
    activitiesPerWon: rate(c.activities, c.won),
  };
}

export const SALES_DEFINITIONS: readonly { term: string; meaning: string }[] = [
  { term: "Period", meaning: "From the first day to the last, both included, in UTC days." },
  {
    term: "Hand-offs received, accepted",
    meaning:
      "Leads handed to the rep in the period (including those taken over with a deal), and how many of them the rep has accepted.",
  },
  {
    term: "Speed to first touch",
    meaning:
      "From the hand-off to the rep's first sales touch with that contact (a call, a meeting, …) at or after it. Median over the period's hand-offs that have one.",
  },
  { term: "Deals opened", meaning: "Deals the rep owns that were opened in the period." },
  {
    term: "Won, lost, win rate",
    meaning: "The rep's deals closed in the period as won or lost; win rate is won ÷ (won + lost).",
  },
  {
    term: "Cycle",
    meaning: "For deals won in the period, from opening to winning; the median.",
  },
  {
    term: "Average deal",
    meaning: "The amount won in the report's currency ÷ the deals won in it, rounded to the cent.",
  },
  {
    term: "Quota attainment",
    meaning:
      "The rep's quotas lying wholly inside the period (quarterly ones if there are any, else monthly), in the report's currency: the amount won within those quota periods ÷ their targets.",
  },
  {
    term: "Activities per won deal",
    meaning:
      "Calls, cold calls, meetings, presentations, proposals, estimates and contracts the rep logged in the period ÷ deals won in the period.",
  },
  {
    term: "Team",
    meaning: "Every rep together: counts summed, medians over all the team's hand-offs and deals.",
  },
];
