// Source effectiveness as a plain table (CSV and the command line): each figure with its interval.
import type { Interval } from "../../domain/intervals.ts";
import { type Cell, majorUnits, type ReportTable } from "./report-table.ts";
import type { SourceEffectiveness } from "./source-effectiveness.ts";

export function effectivenessTable(r: SourceEffectiveness): ReportTable {
  const c = r.currency;
  const money = (minor: number | null) => (minor === null ? null : majorUnits(Math.round(minor), c));
  const ends = (i: Interval | null, f: (v: number) => Cell): Cell[] =>
    i ? [f(i.low), f(i.high)] : [null, null];
  const columns = [
    r.groupBy === "program" ? "Program" : "Channel",
    ...(r.groupBy === "program" ? ["Channel"] : []),
    "Leads",
    "Customers",
    "P(customer | lead)",
    "95 % low",
    "95 % high",
    `Revenue per lead (${c})`,
    "95 % low",
    "95 % high",
    `Cost (${c})`,
    "Revenue per unit of cost",
    "95 % low",
    "95 % high",
    "Median days to close",
  ];
  const line = (row: SourceEffectiveness["rows"][number], label: string): Cell[] => [
    label,
    ...(r.groupBy === "program" ? [row.channel] : []),
    row.leads,
    row.customers,
    row.conversion,
    ...ends(row.conversionInterval, (v) => v),
    money(row.revenuePerLeadMinor),
    ...ends(row.revenuePerLeadInterval, money),
    money(row.costMinor),
    row.revenuePerCost,
    ...ends(row.revenuePerCostInterval, (v) => v),
    row.medianDaysToClose,
  ];
  const rows = r.rows.map((row) => line(row, row.programName ?? row.channel ?? "No program"));
  rows.push(line(r.totals, "Total"));
  return { columns, rows };
}
