// The attribution report: its query (period, grouping, channel, currency) and answer, and the
// models' names as the pages write them.

import type { Ok, Schema } from "../../api/contract.ts";
import { useReport } from "./report-queries.ts";

export type Attribution = Ok<"getAttribution">;
export type AttributionRow = Schema<"AttributionRow">;
export type AttributionModel = keyof Schema<"AttributionCredits">;
export type Credits = Schema<"AttributionCredits">;

export interface AttributionQuery {
  from: string;
  to: string;
  groupBy: "program" | "channel";
  channel: string | null;
  /** The deals counted are those in this currency; none: the one most programs use. */
  currency: string | null;
}

export const ATTRIBUTION_PATH = "/reports/attribution";

export function useAttribution(query: AttributionQuery, enabled = true) {
  return useReport<Attribution>(ATTRIBUTION_PATH, { ...query }, enabled);
}

/** Column headings: the same words as the definitions' terms. */
export const MODEL_LABELS: Record<AttributionModel, string> = {
  firstTouch: "First touch",
  leadCreation: "Lead creation",
  lastTouch: "Last touch",
  linear: "Linear",
  uShaped: "U-shaped",
  wShaped: "W-shaped",
  fullPath: "Full path",
  timeDecay: "Time decay",
};
