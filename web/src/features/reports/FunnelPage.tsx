// /reports/funnel: the funnel (product.md §4) — the period's leads by the month they became
// leads, how far they got and how fast, and their deals' stages after "in sales"; by program,
// channel and contact owner (fit grade and segment come with target profiles and segments).

import { NativeSelect, Paper, SimpleGrid, Stack, Text, Tooltip } from "@mantine/core";
import { usePrograms } from "../../shared/reference-data.ts";
import { CHANNEL_OPTIONS, formatDay } from "../programs/program-format.ts";
import { Definitions } from "./Definitions.tsx";
import { ContactOwnerFilter, FilterSelect, ReportFilters } from "./FilterSelect.tsx";
import { DealStagesChart, FunnelStagesChart } from "./FunnelCharts.tsx";
import { CohortTable, TimeInStageTable } from "./FunnelTables.tsx";
import { ReportHeader } from "./ReportHeader.tsx";
import { ReportStatus } from "./ReportStatus.tsx";
import { useReportParams } from "./report-params.ts";
import { useFunnel } from "./report-queries.ts";

export default function FunnelPage() {
  const { period, problem, get, setParam } = useReportParams();
  const query = { ...period, programId: get("programId"), channel: get("channel"), ownerId: get("ownerId") };
  const report = useFunnel(query, problem === null);
  const programs = usePrograms();
  const data = report.data;

  return (
    <Stack gap="md">
      <ReportHeader
        page="/reports/funnel"
        path="/reports/funnel"
        query={query}
        disabled={problem !== null}
        testId="funnel"
      />
      <ReportFilters period={period} problem={problem} setParam={setParam} testId="funnel">
        <FilterSelect
          label="Program"
          all="All programs"
          options={(programs.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={query.programId}
          onChange={(value) => setParam("programId", value)}
          testId="funnel-program"
          w={220}
        />
        <FilterSelect
          label="Channel"
          all="All channels"
          options={CHANNEL_OPTIONS}
          value={query.channel}
          onChange={(value) => setParam("channel", value)}
          testId="funnel-channel"
          w={180}
        />
        <ContactOwnerFilter value={query.ownerId} setParam={setParam} testId="funnel-owner" />
        <ComingSoon label="Fit grade" testId="funnel-fit-grade" why="coming with target profiles" />
        <ComingSoon label="Segment" testId="funnel-segment" why="coming with segments" />
      </ReportFilters>
      <ReportStatus query={report} waiting={problem === null} title="Could not compute the funnel" />
      {data && (
        <>
          <Text size="sm" c="dimmed" data-testid="funnel-period">
            Leads made {formatDay(data.from)} – {formatDay(data.to)}
          </Text>
          {data.total.leads === 0 ? (
            <Paper withBorder radius="md" p="md">
              <Text size="sm" c="dimmed" data-testid="funnel-empty">
                No leads in this period — widen the dates or clear the filters.
              </Text>
            </Paper>
          ) : (
            <>
              <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
                <FunnelStagesChart total={data.total} />
                <TimeInStageTable stages={data.timeInStage} />
              </SimpleGrid>
              <CohortTable cohorts={data.cohorts} total={data.total} />
              {data.dealStages && <DealStagesChart deals={data.dealStages} />}
            </>
          )}
          <Definitions definitions={data.definitions} testId="funnel" />
        </>
      )}
    </Stack>
  );
}

/** A filter that will come with a later feature: shown, so the report's shape is known, but off. */
function ComingSoon({ label, why, testId }: { label: string; why: string; testId: string }) {
  return (
    <Tooltip label={why} withArrow>
      <div>
        <NativeSelect label={label} data={["All"]} disabled w={140} data-testid={testId} />
      </div>
    </Tooltip>
  );
}
