// The source effectiveness rows: each figure with its 95 % interval in the same cell, as
// "30.0 % (10.8–60.3 %)", and the period's totals underneath. Sorting by such a column sorts by
// the figure itself.

import { Anchor, Text } from "@mantine/core";
import { Link } from "react-router";
import { formatMoney } from "../programs/money.ts";
import { formatCount, NO_COST_ENTERED } from "../programs/program-format.ts";
import { hasNoSpread, METRICS, type Metric, NO_SPREAD, withInterval } from "./effectiveness-metrics.ts";
import type { Effectiveness, EffectivenessQuery, EffectivenessRow } from "./effectiveness-queries.ts";
import { type FigureColumn, ReportTable } from "./ReportTable.tsx";
import { formatDuration } from "./report-format.ts";
import { rowName } from "./ScorecardTable.tsx";

const noCost = (row: EffectivenessRow) =>
  row.costMinor === null ? `${NO_COST_ENTERED} in the period` : undefined;

function columns(currency: string): FigureColumn<EffectivenessRow>[] {
  const withItsInterval = (metric: Metric, title?: typeof noCost): FigureColumn<EffectivenessRow> => ({
    key: metric.key,
    label: metric.label,
    value: metric.point,
    render: (row) => withInterval(metric, row, currency),
    title: (row) => title?.(row) ?? (hasNoSpread(metric.interval(row)) ? NO_SPREAD : undefined),
  });
  return [
    { key: "leads", label: "Leads", value: (row) => row.leads, render: (row) => formatCount(row.leads) },
    {
      key: "customers",
      label: "Customers",
      value: (row) => row.customers,
      render: (row) => formatCount(row.customers),
    },
    withItsInterval(METRICS.conversion),
    withItsInterval(METRICS.revenuePerLead),
    {
      key: "costMinor",
      label: "Cost",
      value: (row) => row.costMinor,
      render: (row) => formatMoney(row.costMinor, currency),
      title: noCost,
    },
    withItsInterval(METRICS.revenuePerCost, noCost),
    {
      key: "medianDaysToClose",
      label: "Median time to close",
      value: (row) => row.medianDaysToClose,
      render: (row) => formatDuration(row.medianDaysToClose === null ? null : row.medianDaysToClose * 86_400),
    },
  ];
}

export function EffectivenessTable({
  report,
  groupBy,
}: {
  report: Effectiveness;
  groupBy: EffectivenessQuery["groupBy"];
}) {
  if (report.rows.length === 0) {
    return (
      <Text c="dimmed" size="sm" p="md" data-testid="effectiveness-no-rows">
        No lead and no cost in this period for these programs — widen the dates or clear the filters.
      </Text>
    );
  }
  const period = `?from=${report.from}&to=${report.to}`;
  return (
    <ReportTable<EffectivenessRow>
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
      totalLabel="All leads"
      rowKey={(row) => row.programId ?? row.channel ?? "none"}
      rowAttributes={(row) => ({
        "data-program-id": row.programId ?? undefined,
        "data-channel": row.channel ?? undefined,
      })}
      initialSort={{ key: "leads", direction: "desc" }}
      minWidth={1150}
      testId="effectiveness"
    />
  );
}
