// The source effectiveness report: its query (period, grouping, channel, currency) and answer.

import type { Ok, Schema } from "../../api/contract.ts";
import { useReport } from "./report-queries.ts";

export type Effectiveness = Ok<"getSourceEffectiveness">;
export type EffectivenessRow = Schema<"EffectivenessRow">;

export interface EffectivenessQuery {
  from: string;
  to: string;
  groupBy: "program" | "channel";
  channel: string | null;
  /** Revenue and cost are counted in this currency; none: the one most programs use. */
  currency: string | null;
}

export const EFFECTIVENESS_PATH = "/reports/source-effectiveness";

export function useEffectiveness(query: EffectivenessQuery, enabled = true) {
  return useReport<Effectiveness>(EFFECTIVENESS_PATH, { ...query }, enabled);
}
