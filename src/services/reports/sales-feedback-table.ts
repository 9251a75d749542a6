// What sales heard as a plain table (CSV and the command line): one line per program and message.
import { channelLabel } from "../../domain/catalogue.ts";
import type { Cell, ReportTable } from "./report-table.ts";
import type { SalesFeedback } from "./sales-feedback.ts";

export function salesFeedbackTable(r: SalesFeedback): ReportTable {
  const rows: Cell[][] = [];
  const lines = (program: string, channel: string | null, h: SalesFeedback["total"]) => {
    const base = [program, channel ? channelLabel(channel) : null, h.leads];
    for (const x of h.recycled) rows.push([...base, "Recycled", x.label, x.count, null]);
    for (const x of h.objections) rows.push([...base, "Objection", x.label, x.count, x.overcome]);
    for (const x of h.lost) rows.push([...base, "Lost", x.label, x.count, null]);
  };
  for (const row of r.rows) lines(row.programName ?? "No program", row.channel, row);
  lines("All programs", null, r.total);
  return { columns: ["Program", "Channel", "Leads", "Heard", "What", "Count", "Overcome"], rows };
}
