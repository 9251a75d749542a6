// The scorecard's rows, sortable by any column, with the period's totals underneath.

import { Anchor, Text } from "@mantine/core";
import { Link } from "react-router";
import { formatMoney, formatPercent } from "../programs/money.ts";
import { channelLabel, formatCount, NO_COST_ENTERED } from "../programs/program-format.ts";
import { type FigureColumn, ReportTable } from "./ReportTable.tsx";
import type { Scorecard, ScorecardQuery, ScorecardRow } from "./scorecard-queries.ts";

type Key = keyof Omit<ScorecardRow, "programId" | "programName" | "channel">;
type Kind = "count" | "money" | "percent";

// The figures made from the cost: blank, with this reason, when no cost line is in the period.
const FROM_COST: ReadonlySet<Key> = new Set(["costMinor", "costPerLeadMinor", "costPerCustomerMinor", "roi"]);

const FIGURES: [Key, string, Kind][] = [
  ["reach", "Reach", "count"],
  ["leads", "Leads", "count"],
  ["salesReady", "Sales-ready", "count"],
  ["accepted", "Accepted", "count"],
  ["opportunities", "Opportunities", "count"],
  ["won", "Won", "count"],
  ["revenueMinor", "Revenue", "money"],
  ["costMinor", "Cost", "money"],
  ["costPerLeadMinor", "Cost per lead", "money"],
  ["costPerCustomerMinor", "Cost per customer", "money"],
  ["roi", "ROI", "percent"],
  ["successRate", "Success rate", "percent"],
];

function columns(currency: string): FigureColumn<ScorecardRow>[] {
  const show: Record<Kind, (value: number | null) => string> = {
    count: formatCount,
    money: (value) => formatMoney(value, currency),
    percent: formatPercent,
  };
  return FIGURES.map(([key, label, kind]) => ({
    key,
    label,
    value: (row) => row[key],
    render: (row) => show[kind](row[key]),
    title: (row) =>
      FROM_COST.has(key) && row.costMinor === null ? `${NO_COST_ENTERED} in the period` : undefined,
  }));
}

/**
 * The row's name as shown: its program, or its channel when grouped by channel. The row with
 * neither holds the leads no program made (sales took them straight from prospect). Source
 * effectiveness rows are named the same way.
 */
export function rowName(
  row: { programName: string | null; channel: string | null },
  groupBy: ScorecardQuery["groupBy"],
): string {
  const name = groupBy === "channel" ? row.channel && channelLabel(row.channel) : row.programName;
  return name || "No program";
}

export function ScorecardTable({
  report,
  groupBy,
}: {
  report: Scorecard;
  groupBy: ScorecardQuery["groupBy"];
}) {
  if (report.rows.length === 0) {
    return (
      <Text c="dimmed" size="sm" p="md" data-testid="scorecard-empty">
        Nothing happened in this period for these programs — widen the dates or clear the filters.
      </Text>
    );
  }
  // A program's page opens on the same period, so its link to the funnel keeps it.
  const period = `?from=${report.from}&to=${report.to}`;
  return (
    <ReportTable
      rows={report.rows}
      name={{
        label: groupBy === "channel" ? "Channel" : "Program",
        value: (row) => rowName(row, groupBy),
        render: (row) =>
          groupBy === "program" && row.programId ? (
            <Anchor component={Link} to={`/programs/${row.programId}${period}`} fw={600} size="sm">
              {rowName(row, groupBy)}
            </Anchor>
          ) : (
            <Text fw={600} size="sm">
              {rowName(row, groupBy)}
            </Text>
          ),
      }}
      columns={columns(report.currency)}
      total={report.totals}
      rowKey={(row) => row.programId ?? row.channel ?? "none"}
      rowAttributes={(row) => ({
        "data-program-id": row.programId ?? undefined,
        "data-channel": row.channel ?? undefined,
      })}
      initialSort={{ key: "leads", direction: "desc" }}
      minWidth={1250}
      testId="scorecard"
    />
  );
}
