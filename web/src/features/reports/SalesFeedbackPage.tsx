// /reports/sales-feedback: what sales heard (issue 10, item 4) — for the leads each program made in
// the period, why sales sent them back, what they objected to and why their deals were lost, so
// marketing hears sales without a meeting. All programs together first, then a card per program,
// most leads first; the CSV and the definitions as on every report page.

import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { CHANNEL_OPTIONS, channelLabel, formatCount, formatDay } from "../programs/program-format.ts";
import { Definitions } from "./Definitions.tsx";
import { FilterSelect, ReportFilters } from "./FilterSelect.tsx";
import { HeardChart } from "./HeardChart.tsx";
import { HeardLists } from "./HeardLists.tsx";
import { ReportHeader } from "./ReportHeader.tsx";
import { ReportStatus } from "./ReportStatus.tsx";
import { useReportParams } from "./report-params.ts";
import {
  type Heard,
  SALES_FEEDBACK_PATH,
  type SalesFeedbackQuery,
  type SalesFeedbackRow,
  useSalesFeedback,
} from "./sales-feedback-queries.ts";

export default function SalesFeedbackPage() {
  const { period, problem, get, setParam } = useReportParams();
  const query: SalesFeedbackQuery = { ...period, channel: get("channel") };
  const report = useSalesFeedback(query, problem === null);
  const data = report.data;
  return (
    <Stack gap="md">
      <ReportHeader
        page="/reports/sales-feedback"
        path={SALES_FEEDBACK_PATH}
        query={{ ...query }}
        disabled={problem !== null}
        testId="sales-feedback"
      />
      <ReportFilters period={period} problem={problem} setParam={setParam} testId="sales-feedback">
        <FilterSelect
          label="Channel"
          all="All channels"
          options={CHANNEL_OPTIONS}
          value={query.channel}
          onChange={(value) => setParam("channel", value)}
          testId="sales-feedback-channel"
        />
      </ReportFilters>
      <ReportStatus query={report} waiting={problem === null} title="Could not load what sales heard" />
      {data && (
        <>
          <Text size="sm" c="dimmed" data-testid="sales-feedback-period">
            Leads made {formatDay(data.from)} – {formatDay(data.to)}, and what sales has heard from them since
          </Text>
          {data.rows.length === 0 ? (
            <Paper withBorder radius="md" p="md">
              <Text c="dimmed" size="sm" data-testid="sales-feedback-no-rows">
                No lead in this period for these programs — widen the dates or clear the filters.
              </Text>
            </Paper>
          ) : (
            <>
              <HeardChart heard={data.total} />
              <HeardCard title="All programs" heard={data.total} testId="sales-feedback-total" />
              {data.rows.map((row) => (
                <ProgramCard
                  key={row.programId ?? "none"}
                  row={row}
                  period={`?from=${data.from}&to=${data.to}`}
                />
              ))}
            </>
          )}
          <Definitions definitions={data.definitions} testId="sales-feedback" />
        </>
      )}
    </Stack>
  );
}

function ProgramCard({ row, period }: { row: SalesFeedbackRow; period: string }) {
  const name = row.programName ?? "No program";
  return (
    <HeardCard
      title={
        row.programId ? (
          <Anchor component={Link} to={`/programs/${row.programId}${period}`} fw={700}>
            {name}
          </Anchor>
        ) : (
          name
        )
      }
      subtitle={row.channel ? channelLabel(row.channel) : undefined}
      heard={row}
      testId="sales-feedback-program"
      programId={row.programId}
    />
  );
}

function HeardCard({
  title,
  subtitle,
  heard,
  testId,
  programId,
}: {
  title: ReactNode;
  subtitle?: string;
  heard: Heard;
  testId: string;
  programId?: string | null;
}) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId} data-program-id={programId ?? undefined}>
      <Group justify="space-between" align="baseline" mb="sm" wrap="nowrap">
        <Group gap="xs" align="baseline" style={{ minWidth: 0 }}>
          <Title order={4} data-testid={`${testId}-name`} style={{ overflowWrap: "anywhere" }}>
            {title}
          </Title>
          {subtitle && (
            <Text size="sm" c="dimmed">
              {subtitle}
            </Text>
          )}
        </Group>
        <Text size="sm" style={{ flexShrink: 0 }}>
          <Text span fw={700} data-testid={`${testId}-leads`}>
            {formatCount(heard.leads)}
          </Text>{" "}
          {heard.leads === 1 ? "lead" : "leads"}
        </Text>
      </Group>
      <HeardLists heard={heard} testId={testId} />
    </Paper>
  );
}
