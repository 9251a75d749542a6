// What sales heard: its query (period, channel) and answer — per program, the recycle reasons,
// objections and loss reasons of the leads it made, loudest first, and all programs together.

import type { Ok } from "../../api/contract.ts";
import { useReport } from "./report-queries.ts";

export type SalesFeedback = Ok<"getSalesFeedback">;
export type SalesFeedbackRow = SalesFeedback["rows"][number];
/** What sales heard about a set of leads: the leads and the three lists. */
export type Heard = SalesFeedback["total"];

export interface SalesFeedbackQuery {
  from: string;
  to: string;
  channel: string | null;
}

export const SALES_FEEDBACK_PATH = "/reports/sales-feedback";

export function useSalesFeedback(query: SalesFeedbackQuery, enabled = true) {
  return useReport<SalesFeedback>(SALES_FEEDBACK_PATH, { ...query }, enabled);
}

/** A program's own part of the report; none when it made no lead in the period. */
export function heardOf(report: SalesFeedback, programId: string): Heard {
  return (
    report.rows.find((row) => row.programId === programId) ?? {
      leads: 0,
      recycled: [],
      objections: [],
      lost: [],
    }
  );
}
