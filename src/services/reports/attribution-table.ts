// The attribution report as a plain table (CSV and the command line): a column per model.
import type { AttributionModel } from "../../domain/attribution.ts";
import type { AttributionReport } from "./attribution.ts";
import { type Cell, majorUnits, type ReportTable } from "./report-table.ts";

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

export function attributionTable(r: AttributionReport): ReportTable {
  const money = (minor: number) => majorUnits(minor, r.currency);
  const columns = [
    r.groupBy === "program" ? "Program" : "Channel",
    ...(r.groupBy === "program" ? ["Channel"] : []),
    "Won deals credited",
    ...r.models.map((m) => `${MODEL_LABELS[m]} (${r.currency})`),
  ];
  const line = (
    label: string,
    channel: string | null,
    deals: number | null,
    v: (m: AttributionModel) => number,
  ) =>
    [
      label,
      ...(r.groupBy === "program" ? [channel] : []),
      deals,
      ...r.models.map((m) => money(v(m))),
    ] as Cell[];
  const rows = r.rows.map((row) =>
    line(row.programName ?? row.channel ?? "No program", row.channel, row.deals, (m) => row[m]),
  );
  if (r.unattributed) rows.push(line("Unattributed", null, null, (m) => r.unattributed![m]));
  rows.push(line("Total credited", null, null, (m) => r.credited[m]));
  return { columns, rows };
}
