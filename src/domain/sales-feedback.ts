// What sales heard (issue 10, item 4): beside each program, why sales sent its leads back, the
// objections its leads raised in their deals, and why those deals were lost — so marketing hears
// sales without a meeting.

export const SALES_FEEDBACK_DEFINITIONS: readonly { term: string; meaning: string }[] = [
  {
    term: "Leads",
    meaning:
      "Contacts that became leads in the period, counted for the program whose touch made them a lead (as in the scorecard). Everything below is about those leads, up to now.",
  },
  {
    term: "Recycled",
    meaning: "Hand-offs of those leads that sales sent back to marketing, by the reason the rep gave.",
  },
  {
    term: "Objections",
    meaning:
      "Objections raised in those leads' deals, by type (an objection typed in without a type counts as “Other”), and how many were overcome.",
  },
  { term: "Lost", meaning: "Those leads' lost deals, by the loss reason recorded." },
];

export interface FeedbackCount {
  label: string;
  count: number;
}

/** Counts largest first, then by label: the loudest message on top. */
export function byCount<T extends FeedbackCount>(items: T[]): T[] {
  return [...items].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** A recycle reason's code as words ("no_budget" → "No budget"). */
export function reasonLabel(code: string | null): string {
  if (!code) return "No reason given";
  const words = code.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
