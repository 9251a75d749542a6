// Plan against actual (issue 10, item 5): marketing as management — where it is, where it ought to
// be, and where it will land at this pace. The actuals' definitions are written here; the store
// counts them.
import { periodBounds, type QuotaPeriod } from "./quota.ts";

export const PLAN_FIGURES = ["leads", "salesReady", "pipelineMinor", "revenueMinor", "spendMinor"] as const;
export type PlanFigure = (typeof PLAN_FIGURES)[number];

export interface PlanLine {
  figure: PlanFigure;
  target: number | null;
  actual: number;
  /** target − actual (null without a target). */
  gap: number | null;
  /** The actual at this pace by the period's end (null before it starts). */
  projected: number | null;
  /** target − projected. */
  projectedGap: number | null;
}

/**
 * The actual at the period's pace so far, carried to its end: actual × length ÷ elapsed. A period
 * that has ended projects its actual; one that has not begun, nothing. What is already booked for
 * later in the period (`bookedAhead`: spend dated after today) is added as it is, not carried at
 * the pace — a trade-show booth paid for next month is not a rate of spending.
 */
export function projectToEnd(
  actual: number,
  period: QuotaPeriod,
  startsOn: string,
  now: number,
  bookedAhead = 0,
): number | null {
  const { start, end } = periodBounds(period, startsOn);
  if (now >= end) return actual;
  if (now <= start) return null;
  return ((actual - bookedAhead) * (end - start)) / (now - start) + bookedAhead;
}

export function planLine(
  figure: PlanFigure,
  target: number | null,
  actual: number,
  projected: number | null,
): PlanLine {
  return {
    figure,
    target,
    actual,
    gap: target === null ? null : target - actual,
    projected,
    projectedGap: target === null || projected === null ? null : target - projected,
  };
}

export const PLAN_DEFINITIONS: readonly { term: string; meaning: string }[] = [
  {
    term: "Scope",
    meaning:
      "A plan is for the whole workspace, one channel or one program. A channel's or program's figures count the leads its programs made (the touch that made them a lead), and what became of them.",
  },
  { term: "Leads", meaning: "Contacts that became leads in the period (UTC), as in the scorecard." },
  {
    term: "Sales-ready",
    meaning: "Contacts that first reached sales-ready, or a later stage, in the period.",
  },
  { term: "Pipeline", meaning: "The amounts of deals opened in the period, in the plan's currency." },
  { term: "Revenue", meaning: "The amounts of deals won in the period, in the plan's currency." },
  { term: "Spend", meaning: "The cost lines dated in the period, in the plan's currency." },
  {
    term: "Projected",
    meaning:
      "The actual at the pace so far, carried to the period's end: actual × the period's length ÷ the time gone. Spend dated after today is already booked: it is added as it is, and only the spend up to today is carried at the pace. A finished period projects its actual; one not begun, nothing.",
  },
];
