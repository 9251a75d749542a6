// The funnel (product.md §4): how many of a cohort of leads reached each stage, the conversion
// from each stage to the next, and how long contacts stayed in each stage before moving on.

/** The funnel's main stages, in order; "reached" a stage means entering it or any later one. */
export const FUNNEL_STAGES = ["lead", "sales_ready", "in_sales", "customer"] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface FunnelCounts {
  leads: number;
  salesReady: number;
  accepted: number;
  won: number;
}

export interface FunnelConversions {
  /** salesReady ÷ leads, accepted ÷ salesReady, won ÷ accepted, won ÷ leads; null when dividing by 0. */
  leadToSalesReady: number | null;
  salesReadyToAccepted: number | null;
  acceptedToWon: number | null;
  leadToWon: number | null;
}

const rate = (n: number, d: number) => (d === 0 ? null : n / d);

export function funnelConversions(c: FunnelCounts): FunnelConversions {
  return {
    leadToSalesReady: rate(c.salesReady, c.leads),
    salesReadyToAccepted: rate(c.accepted, c.salesReady),
    acceptedToWon: rate(c.won, c.accepted),
    leadToWon: rate(c.won, c.leads),
  };
}

export const FUNNEL_DEFINITIONS: readonly { term: string; meaning: string }[] = [
  {
    term: "Cohort",
    meaning:
      "Contacts grouped by the month (UTC) they became leads — their first entry into lead or any later stage — so each month's rates compare like with like. Only leads made in the period are counted.",
  },
  {
    term: "Reached",
    meaning:
      "A contact reached a stage if it entered that stage or any later one, up to now (a lead sales took straight to a deal has passed sales-ready). Accepted is in sales; won is customer.",
  },
  {
    term: "Conversion",
    meaning:
      "Each stage's count ÷ the previous stage's count in the same cohort; blank when the previous is 0.",
  },
  {
    term: "Time in stage",
    meaning:
      "From a contact's first entry into a stage to its first entry into any later stage, for the contacts of the period's cohorts that entered the stage and have since moved forward. Median and 75th percentile, interpolated between the two middle values.",
  },
  {
    term: "Deal stages",
    meaning:
      "The cohort's deals in the default pipeline, and how many reached each of its stages (entered it or a later open stage, or won). Lost deals count up to the stage they reached.",
  },
];

/**
 * How many deals reached each open or won stage of a pipeline: a deal reached a stage if it
 * entered it or any later one (a lost deal counts up to the furthest stage it entered).
 */
export function dealStageReach(
  stages: readonly { key: string; name: string; outcome: "open" | "won" | "lost" }[],
  entered: readonly (readonly string[])[],
): { key: string; name: string; deals: number }[] {
  const ordered = stages.filter((s) => s.outcome !== "lost");
  const index = new Map(ordered.map((s, i) => [s.key, i]));
  const counts = ordered.map(() => 0);
  for (const keys of entered) {
    let furthest = -1;
    for (const k of keys) furthest = Math.max(furthest, index.get(k) ?? -1);
    for (let i = 0; i <= furthest; i++) counts[i]! += 1;
  }
  return ordered.map((s, i) => ({ key: s.key, name: s.name, deals: counts[i]! }));
}
