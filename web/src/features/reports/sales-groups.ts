// The sales conversion page's three tables: its sixteen figures grouped by the question they
// answer. In one table they needed 1,800 px; grouped, each table fits a laptop screen. The CSV
// and the API keep every figure in one row per rep.

import type { SalesRow } from "./report-queries.ts";

export type FigureKey = keyof Omit<SalesRow, "userId" | "name" | "wonInCurrency">;
export type FigureKind = "count" | "percent" | "duration" | "money" | "figure";

export interface SalesGroup {
  /** The table's test id, `sales-<id>`. */
  id: "handoffs" | "deals" | "quota";
  title: string;
  question: string;
  figures: [FigureKey, string, FigureKind][];
  sortBy: FigureKey;
  /** Below this width the table scrolls inside its frame. */
  minWidth: number;
}

export const SALES_GROUPS: readonly SalesGroup[] = [
  {
    id: "handoffs",
    title: "Hand-offs",
    question: "Leads marketing handed to each rep, how many they took, and how soon they called.",
    figures: [
      ["handoffsReceived", "Received", "count"],
      ["handoffsAccepted", "Accepted", "count"],
      ["acceptanceRate", "Acceptance", "percent"],
      ["medianFirstTouchSeconds", "To first touch", "duration"],
    ],
    sortBy: "handoffsReceived",
    minWidth: 560,
  },
  {
    id: "deals",
    title: "Deals",
    question: "Deals opened and closed in the period, and what the won ones were worth.",
    figures: [
      ["dealsOpened", "Opened", "count"],
      ["won", "Won", "count"],
      ["lost", "Lost", "count"],
      ["winRate", "Win rate", "percent"],
      ["medianCycleSeconds", "Cycle", "duration"],
      ["wonMinor", "Won amount", "money"],
      ["averageDealMinor", "Average deal", "money"],
    ],
    sortBy: "won",
    minWidth: 860,
  },
  {
    id: "quota",
    title: "Quota and activity",
    question: "Won toward the quotas lying wholly inside the period, and the sales touches it took.",
    figures: [
      ["quotaTargetMinor", "Quota", "money"],
      ["quotaWonMinor", "Won toward quota", "money"],
      ["quotaAttainment", "Attainment", "percent"],
      ["activities", "Activities", "count"],
      ["activitiesPerWon", "Per won deal", "figure"],
    ],
    sortBy: "quotaAttainment",
    minWidth: 720,
  },
];
