// The program scorecard report: its query (period, grouping, filters) and answer.

import type { Ok, Schema } from "../../api/contract.ts";
import { useReport } from "./report-queries.ts";

export type Scorecard = Ok<"getProgramScorecard">;
export type ScorecardRow = Schema<"ScorecardRow">;

export interface ScorecardQuery {
  from: string;
  to: string;
  groupBy: "program" | "channel";
  channel: string | null;
  ownerId: string | null;
  /** The programs counted are those in this currency; none: the one most programs use. */
  currency: string | null;
}

export const SCORECARD_PATH = "/reports/program-scorecard";

export function useScorecard(query: ScorecardQuery, enabled = true) {
  return useReport<Scorecard>(SCORECARD_PATH, { ...query }, enabled);
}
