// The funnel's tables: the cohorts by month with each stage's conversion, and the time contacts
// spent in each stage (median and 75th percentile).

import { Paper, Table, Text, Title } from "@mantine/core";
import { formatPercent } from "../programs/money.ts";
import { formatCount } from "../programs/program-format.ts";
import { type FigureColumn, ReportTable } from "./ReportTable.tsx";
import { formatDuration } from "./report-format.ts";
import type { Funnel } from "./report-queries.ts";

type Cohort = Funnel["cohorts"][number];
type Total = Funnel["total"];
type Row = Total & { month: string | null };

const count = (key: "leads" | "salesReady" | "accepted" | "won", label: string): FigureColumn<Row> => ({
  key,
  label,
  value: (row) => row[key],
  render: (row) => formatCount(row[key]),
});
const rate = (
  key: "leadToSalesReady" | "salesReadyToAccepted" | "acceptedToWon" | "leadToWon",
  label: string,
): FigureColumn<Row> => ({
  key,
  label,
  value: (row) => row[key],
  render: (row) => formatPercent(row[key]),
});

const COLUMNS = [
  count("leads", "Leads"),
  count("salesReady", "Sales-ready"),
  rate("leadToSalesReady", "% ready"),
  count("accepted", "Accepted"),
  rate("salesReadyToAccepted", "% accepted"),
  count("won", "Won"),
  rate("acceptedToWon", "% won"),
  rate("leadToWon", "Lead → won"),
];
const monthFormat = new Intl.DateTimeFormat(undefined, { month: "long", year: "numeric", timeZone: "UTC" });
const monthName = (month: string | null) =>
  month ? monthFormat.format(new Date(`${month}-01T00:00:00Z`)) : "Total";

export function CohortTable({ cohorts, total }: { cohorts: readonly Cohort[]; total: Total }) {
  return (
    <Paper withBorder radius="md">
      <Title order={4} p="md" pb={0}>
        Cohorts by the month they became leads
      </Title>
      <ReportTable<Row>
        rows={cohorts}
        name={{
          label: "Month",
          value: (row) => row.month ?? "",
          render: (row) => (
            <Text fw={600} size="sm">
              {monthName(row.month)}
            </Text>
          ),
        }}
        columns={COLUMNS}
        total={{ ...total, month: null }}
        rowKey={(row) => row.month ?? "total"}
        rowAttributes={(row) => ({ "data-month": row.month ?? undefined })}
        initialSort={{ key: "name", direction: "asc" }}
        minWidth={820}
        testId="funnel-cohort"
      />
    </Paper>
  );
}

const STAGE_NAMES = { lead: "Lead", sales_ready: "Sales-ready", in_sales: "In sales" } as const;

export function TimeInStageTable({ stages }: { stages: Funnel["timeInStage"] }) {
  return (
    <Paper withBorder radius="md">
      <Title order={4} p="md" pb={0}>
        Time in stage
      </Title>
      <Text size="sm" c="dimmed" px="md">
        For the contacts that have moved on from the stage.
      </Text>
      <Table verticalSpacing={8} data-testid="funnel-time-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Stage</Table.Th>
            <Table.Th ta="right">Contacts moved on</Table.Th>
            <Table.Th ta="right">Median</Table.Th>
            <Table.Th ta="right">75th percentile</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stages.map((s) => (
            <Table.Tr key={s.stage} data-testid="funnel-time-row" data-stage={s.stage}>
              <Table.Td fw={600}>{STAGE_NAMES[s.stage]}</Table.Td>
              <Table.Td ta="right" data-testid="funnel-time-contacts">
                {formatCount(s.contacts)}
              </Table.Td>
              <Table.Td ta="right" data-testid="funnel-time-median">
                {formatDuration(s.medianSeconds)}
              </Table.Td>
              <Table.Td ta="right" data-testid="funnel-time-p75">
                {formatDuration(s.p75Seconds)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
