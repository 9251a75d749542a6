// A report as a plain table — the CSV download and the command line's table both print this,
// so the three doors show the same figures under the same names.
import { stringify } from "csv-stringify/sync";
import type { FunnelReport } from "./funnel.ts";
import type { ProgramScorecard } from "./program-scorecard.ts";
import type { programSeries } from "./program-series.ts";
import type { SalesConversion } from "./sales-conversion.ts";
import type { TouchesToClose } from "./touches-to-close.ts";

export type Cell = string | number | null;
export interface ReportTable {
  columns: string[];
  rows: Cell[][];
}

/** Minor units as an exact decimal in major units ("1234.50"), for the currency's own digits. */
export function majorUnits(minor: number | null, currency: string): string | null {
  if (minor === null) return null;
  const digits =
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  if (digits === 0) return String(minor);
  const sign = minor < 0 ? "-" : "";
  const abs = String(Math.abs(minor)).padStart(digits + 1, "0");
  return `${sign}${abs.slice(0, -digits)}.${abs.slice(-digits)}`;
}

export function scorecardTable(r: ProgramScorecard): ReportTable {
  const money = (minor: number | null) => majorUnits(minor, r.currency);
  const c = r.currency;
  const columns = [
    r.groupBy === "program" ? "Program" : "Channel",
    ...(r.groupBy === "program" ? ["Channel"] : []),
    "Reach",
    "Leads",
    "Sales-ready",
    "Accepted",
    "Opportunities",
    "Won",
    `Revenue (${c})`,
    `Cost (${c})`,
    `Cost per lead (${c})`,
    `Cost per customer (${c})`,
    "ROI",
    "Success rate",
  ];
  const line = (row: ProgramScorecard["rows"][number], label: string): Cell[] => [
    label,
    ...(r.groupBy === "program" ? [row.channel] : []),
    row.reach,
    row.leads,
    row.salesReady,
    row.accepted,
    row.opportunities,
    row.won,
    money(row.revenueMinor),
    money(row.costMinor),
    money(row.costPerLeadMinor),
    money(row.costPerCustomerMinor),
    row.roi,
    row.successRate,
  ];
  const rows = r.rows.map((row) =>
    line(row, row.programName ?? row.channel ?? "No program (direct or sales-sourced)"),
  );
  rows.push(line(r.totals, "Total"));
  return { columns, rows };
}

export function seriesTable(r: Awaited<ReturnType<typeof programSeries>>): ReportTable {
  return {
    columns: [`${r.bucket === "week" ? "Week" : "Month"} from`, "Reach", "Leads", `Cost (${r.currency})`],
    rows: r.rows.map((row) => [row.start, row.reach, row.leads, majorUnits(row.costMinor, r.currency)]),
  };
}

export function funnelTable(r: FunnelReport): ReportTable {
  const columns = [
    "Cohort (month became lead)",
    "Leads",
    "Sales-ready",
    "Accepted",
    "Won",
    "Lead → sales-ready",
    "Sales-ready → accepted",
    "Accepted → won",
    "Lead → won",
  ];
  const line = (label: string, c: FunnelReport["total"]): Cell[] => [
    label,
    c.leads,
    c.salesReady,
    c.accepted,
    c.won,
    c.leadToSalesReady,
    c.salesReadyToAccepted,
    c.acceptedToWon,
    c.leadToWon,
  ];
  return { columns, rows: [...r.cohorts.map((c) => line(c.month, c)), line("Total", r.total)] };
}

const days = (seconds: number | null) => (seconds === null ? null : seconds / 86_400);

export function salesTable(r: SalesConversion): ReportTable {
  const c = r.currency;
  const columns = [
    "Rep",
    "Hand-offs received",
    "Accepted",
    "Acceptance rate",
    "Median days to first touch",
    "Deals opened",
    "Won",
    "Lost",
    "Win rate",
    "Median cycle (days)",
    `Won (${c})`,
    `Average deal (${c})`,
    `Quota (${c})`,
    "Quota attainment",
    "Activities",
    "Activities per won deal",
  ];
  const line = (label: string, x: SalesConversion["team"]): Cell[] => [
    label,
    x.handoffsReceived,
    x.handoffsAccepted,
    x.acceptanceRate,
    days(x.medianFirstTouchSeconds),
    x.dealsOpened,
    x.won,
    x.lost,
    x.winRate,
    days(x.medianCycleSeconds),
    majorUnits(x.wonMinor, c),
    majorUnits(x.averageDealMinor, c),
    majorUnits(x.quotaTargetMinor, c),
    x.quotaAttainment,
    x.activities,
    x.activitiesPerWon,
  ];
  return { columns, rows: [...r.rows.map((x) => line(x.name ?? "", x)), line("Team", r.team)] };
}

export function touchesTable(r: TouchesToClose): ReportTable {
  const columns = [
    "Channel of first touch",
    "Customers",
    "Median touches",
    "25th percentile",
    "75th percentile",
    "Median marketing touches",
    "Median sales touches",
    `Share within ${r.ruleOfThumb}`,
  ];
  const line = (label: string, d: TouchesToClose["overall"]): Cell[] => [
    label,
    d.customers,
    d.median,
    d.p25,
    d.p75,
    d.medianMarketing,
    d.medianSales,
    d.withinRuleOfThumb,
  ];
  return {
    columns,
    rows: [...r.byFirstChannel.map((g) => line(g.channel ?? "none", g)), line("All customers", r.overall)],
  };
}

/** RFC 4180 CSV; a cell that a spreadsheet would run as a formula is quoted as text. */
export function toCsv(table: ReportTable): string {
  const guard = (cell: Cell) =>
    typeof cell === "string" && /^[=+\-@\t\r]/.test(cell) && Number.isNaN(Number(cell)) ? `'${cell}` : cell;
  return stringify([table.columns, ...table.rows.map((row) => row.map(guard))]);
}
