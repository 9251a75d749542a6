// The hand-off report (issue 10, item 7): how the baton is caught — time from sales-ready to the
// owner's first touch against the SLA, how many hand-offs sales accepted or sent back and why, and
// the leads that cooled while they waited.

export const HANDOFF_REPORT_DEFINITIONS: readonly { term: string; meaning: string }[] = [
  {
    term: "Hand-offs",
    meaning:
      "Leads handed to sales in the period (UTC), per owner or per the program that made the lead. Pending ones are still waiting for the owner's answer.",
  },
  {
    term: "First touch",
    meaning:
      "From the hand-off to the owner's first sales touch of that contact at or after it: median and 75th percentile, for the hand-offs that have one.",
  },
  {
    term: "Within SLA",
    meaning:
      "Hand-offs whose owner touched the contact by the SLA deadline, ÷ all hand-offs whose deadline has passed or that were touched.",
  },
  {
    term: "Accepted, recycled",
    meaning:
      "Of the hand-offs sales answered, the share accepted and the share sent back to marketing, with the reasons given.",
  },
  {
    term: "Cooled while waiting",
    meaning:
      "Hand-offs whose contact stopped being hot (its hot-until instant, as it stands now) before the owner's first touch — or with no touch yet, when that instant has passed.",
  },
];

export interface HandoffCounts {
  handoffs: number;
  pending: number;
  accepted: number;
  recycled: number;
  /** Hand-offs touched by their deadline, and those whose deadline has passed or that were touched. */
  withinSla: number;
  slaDue: number;
  cooled: number;
  medianFirstTouchSeconds: number | null;
  p75FirstTouchSeconds: number | null;
  recycleReasons: { label: string; count: number }[];
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

export function handoffFigures(c: HandoffCounts) {
  const answered = c.accepted + c.recycled;
  return {
    ...c,
    slaRate: ratio(c.withinSla, c.slaDue),
    acceptanceRate: ratio(c.accepted, answered),
    recycleRate: ratio(c.recycled, answered),
  };
}
