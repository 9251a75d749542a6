// Sales conversion per rep, sortable by any column, with the team's line underneath.

import { Text } from "@mantine/core";
import { formatMoney, formatPercent } from "../programs/money.ts";
import { formatCount } from "../programs/program-format.ts";
import { type FigureColumn, ReportTable } from "./ReportTable.tsx";
import { formatDuration, formatFigure } from "./report-format.ts";
import type { SalesConversion, SalesRow } from "./report-queries.ts";

type Key = keyof Omit<SalesRow, "userId" | "name" | "wonInCurrency">;
type Kind = "count" | "percent" | "duration" | "money" | "figure";

const FIGURES: [Key, string, Kind][] = [
  ["handoffsReceived", "Hand-offs", "count"],
  ["handoffsAccepted", "Accepted", "count"],
  ["acceptanceRate", "Acceptance", "percent"],
  ["medianFirstTouchSeconds", "To first touch", "duration"],
  ["dealsOpened", "Deals opened", "count"],
  ["won", "Won", "count"],
  ["lost", "Lost", "count"],
  ["winRate", "Win rate", "percent"],
  ["medianCycleSeconds", "Cycle", "duration"],
  ["wonMinor", "Won amount", "money"],
  ["averageDealMinor", "Average deal", "money"],
  ["quotaTargetMinor", "Quota", "money"],
  ["quotaWonMinor", "Won toward quota", "money"],
  ["quotaAttainment", "Attainment", "percent"],
  ["activities", "Activities", "count"],
  ["activitiesPerWon", "Per won deal", "figure"],
];

export function salesColumns(currency: string): FigureColumn<SalesRow>[] {
  const show: Record<Kind, (value: number | null) => string> = {
    count: formatCount,
    percent: formatPercent,
    duration: formatDuration,
    money: (value) => formatMoney(value, currency),
    figure: formatFigure,
  };
  return FIGURES.map(([key, label, kind]) => ({
    key,
    label,
    value: (row) => row[key],
    render: (row) => show[kind](row[key]),
  }));
}

export function SalesTable({ report }: { report: SalesConversion }) {
  return (
    <ReportTable
      rows={report.rows}
      name={{
        label: "Rep",
        value: (row) => row.name ?? "",
        render: (row) => (
          <Text fw={600} size="sm">
            {row.name ?? "A former user"}
          </Text>
        ),
      }}
      columns={salesColumns(report.currency)}
      total={report.team}
      totalLabel="Team"
      rowKey={(row) => row.userId ?? "none"}
      rowAttributes={(row) => ({ "data-user-id": row.userId ?? undefined })}
      initialSort={{ key: "won", direction: "desc" }}
      minWidth={1800}
      testId="sales"
    />
  );
}
