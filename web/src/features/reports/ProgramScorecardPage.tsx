// /reports/programs: the program scorecard (product.md §4) — per program or channel and period,
// reach, leads, how far they went, revenue, cost, cost per lead and customer, ROI and success
// rate; a chart of leads and cost per lead; the CSV of the same query; what each term means.

import { Paper, Stack, Text, Title } from "@mantine/core";
import { useUsers } from "../../shared/reference-data.ts";
import { CHANNEL_OPTIONS, formatDay } from "../programs/program-format.ts";
import { CurrencyFilter } from "./CurrencyFilter.tsx";
import { Definitions } from "./Definitions.tsx";
import { FilterSelect, ReportFilters, SourceGroupBy, userOptions } from "./FilterSelect.tsx";
import { ReportHeader } from "./ReportHeader.tsx";
import { ReportStatus } from "./ReportStatus.tsx";
import { useReportParams } from "./report-params.ts";
import { ScorecardChart } from "./ScorecardChart.tsx";
import { ScorecardTable } from "./ScorecardTable.tsx";
import { SCORECARD_PATH, type ScorecardQuery, useScorecard } from "./scorecard-queries.ts";

export default function ProgramScorecardPage() {
  const { period, problem, get, setParam } = useReportParams();
  const users = useUsers();
  const query: ScorecardQuery = {
    ...period,
    groupBy: get("groupBy") === "channel" ? "channel" : "program",
    channel: get("channel"),
    ownerId: get("owner"),
    currency: get("currency"),
  };
  const report = useScorecard(query, problem === null);
  const owners = (users.data ?? []).filter((u) => u.role === "marketing" || u.role === "admin");

  return (
    <Stack gap="md">
      <ReportHeader
        page="/reports/programs"
        path={SCORECARD_PATH}
        query={{ ...query }}
        disabled={problem !== null}
        testId="scorecard"
      />
      <ReportFilters period={period} problem={problem} setParam={setParam} testId="scorecard">
        <SourceGroupBy value={query.groupBy} setParam={setParam} testId="scorecard-group-by" />
        <FilterSelect
          label="Channel"
          all="All channels"
          options={CHANNEL_OPTIONS}
          value={query.channel}
          onChange={(value) => setParam("channel", value)}
          testId="scorecard-channel"
        />
        <FilterSelect
          label="Program owner"
          all="All owners"
          options={userOptions(owners)}
          value={query.ownerId}
          onChange={(value) => setParam("owner", value)}
          testId="scorecard-owner"
        />
        <CurrencyFilter
          value={query.currency}
          current={report.data?.currency}
          description="Programs in other currencies show no cost"
          onChange={(value) => setParam("currency", value)}
          testId="scorecard-currency"
        />
      </ReportFilters>
      <ReportStatus query={report} waiting={problem === null} title="Could not compute the scorecard" />
      {report.data && (
        <>
          <Text size="sm" c="dimmed" data-testid="scorecard-period">
            {formatDay(report.data.from)} – {formatDay(report.data.to)} · amounts in {report.data.currency}
          </Text>
          <Paper withBorder radius="md">
            <ScorecardTable report={report.data} groupBy={query.groupBy} />
          </Paper>
          {report.data.rows.length > 0 && (
            <Paper withBorder radius="md" p="md">
              <Title order={4} mb="sm">
                Leads and cost per lead
              </Title>
              {report.data.totals.leads > 0 ? (
                <ScorecardChart report={report.data} groupBy={query.groupBy} />
              ) : (
                <Text size="sm" c="dimmed" data-testid="scorecard-chart-empty">
                  No program made a lead in this period.
                </Text>
              )}
            </Paper>
          )}
          <Definitions
            definitions={report.data.definitions}
            title="What the columns mean"
            testId="scorecard"
          />
        </>
      )}
    </Stack>
  );
}
