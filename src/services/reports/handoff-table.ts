// The hand-off report as a plain table (CSV and the command line).
import type { HandoffReport } from "./handoff-report.ts";
import type { Cell, ReportTable } from "./report-table.ts";

export function handoffTable(r: HandoffReport): ReportTable {
  const columns = [
    r.groupBy === "owner" ? "Owner" : "Program",
    "Hand-offs",
    "Pending",
    "Median first touch (s)",
    "p75 first touch (s)",
    "Within SLA",
    "Accepted",
    "Recycled",
    "Cooled while waiting",
    "Recycle reasons",
  ];
  const line = (label: string, x: HandoffReport["total"]): Cell[] => [
    label,
    x.handoffs,
    x.pending,
    x.medianFirstTouchSeconds,
    x.p75FirstTouchSeconds,
    x.slaRate,
    x.acceptanceRate,
    x.recycleRate,
    x.cooled,
    x.recycleReasons.map((reason) => `${reason.label}: ${reason.count}`).join("; ") || null,
  ];
  return {
    columns,
    rows: [
      ...r.rows.map((row) => line(row.name ?? (r.groupBy === "program" ? "No program" : "—"), row)),
      line("Total", r.total),
    ],
  };
}
