// Sales conversion per rep in three tables (sales-groups.ts), each sortable by any column, with the
// team's line underneath.

import { Paper, Text, Title } from "@mantine/core";
import { formatMoney, formatPercent } from "../programs/money.ts";
import { formatCount } from "../programs/program-format.ts";
import { type FigureColumn, ReportTable } from "./ReportTable.tsx";
import { formatDuration, formatFigure } from "./report-format.ts";
import type { SalesConversion, SalesRow } from "./report-queries.ts";
import { type FigureKind, SALES_GROUPS, type SalesGroup } from "./sales-groups.ts";

function columns(group: SalesGroup, currency: string): FigureColumn<SalesRow>[] {
  const show: Record<FigureKind, (value: number | null) => string> = {
    count: formatCount,
    percent: formatPercent,
    duration: formatDuration,
    money: (value) => formatMoney(value, currency),
    figure: formatFigure,
  };
  return group.figures.map(([key, label, kind]) => ({
    key,
    label,
    value: (row) => row[key],
    render: (row) => show[kind](row[key]),
  }));
}

export function SalesTables({ report }: { report: SalesConversion }) {
  return SALES_GROUPS.map((group) => (
    <Paper key={group.id} withBorder radius="md" data-testid={`sales-${group.id}`}>
      <Title order={4} px="md" pt="sm">
        {group.title}
      </Title>
      <Text size="sm" c="dimmed" px="md">
        {group.question}
      </Text>
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
        columns={columns(group, report.currency)}
        total={report.team}
        totalLabel="Team"
        rowKey={(row) => row.userId ?? "none"}
        rowAttributes={(row) => ({ "data-user-id": row.userId ?? undefined })}
        initialSort={{ key: group.sortBy, direction: "desc" }}
        minWidth={group.minWidth}
        testId={`sales-${group.id}`}
      />
    </Paper>
  ));
}
