// Words for a proposal's state, shared by the deal page's panel and its tests.
import type { Proposal } from "./proposal-queries.ts";

export const STATUS_LABELS: Record<Proposal["status"], string> = {
  draft: "Draft",
  sent: "Sent",
  accepted: "Accepted",
  declined: "Declined",
  withdrawn: "Withdrawn",
  expired: "Expired",
};

export const STATUS_COLORS: Record<Proposal["status"], string> = {
  draft: "gray",
  sent: "blue",
  accepted: "green",
  declined: "red",
  withdrawn: "gray",
  expired: "orange",
};

/** The calendar day `days` after `from`, as YYYY-MM-DD in the browser's zone (the form's default). */
export function dayAfter(from: Date, days: number): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
