// /reports/attribution: attribution (product.md §4) — the revenue of the deals won in the period,
// credited to the programs (or channels) whose touches led to them, under each model side by
// side; what no touch earned; a chart comparing the models; the CSV; what each model means.

import { Paper, Stack, Text, Title } from "@mantine/core";
import { formatMoney } from "../programs/money.ts";
import { CHANNEL_OPTIONS, channelLabel, formatCount, formatDay } from "../programs/program-format.ts";
import { AttributionChart } from "./AttributionChart.tsx";
import { AttributionTable } from "./AttributionTable.tsx";
import {
  ATTRIBUTION_PATH,
  type Attribution,
  type AttributionQuery,
  useAttribution,
} from "./attribution-queries.ts";
import { CurrencyFilter } from "./CurrencyFilter.tsx";
import { Definitions } from "./Definitions.tsx";
import { FilterSelect, ReportFilters, SourceGroupBy } from "./FilterSelect.tsx";
import { ReportHeader } from "./ReportHeader.tsx";
import { ReportStatus } from "./ReportStatus.tsx";
import { useReportParams } from "./report-params.ts";

export default function AttributionPage() {
  const { period, problem, get, setParam } = useReportParams();
  const query: AttributionQuery = {
    ...period,
    groupBy: get("groupBy") === "channel" ? "channel" : "program",
    channel: get("channel"),
    currency: get("currency"),
  };
  const report = useAttribution(query, problem === null);
  const data = report.data;

  return (
    <Stack gap="md">
      <ReportHeader
        page="/reports/attribution"
        path={ATTRIBUTION_PATH}
        query={{ ...query }}
        disabled={problem !== null}
        testId="attribution"
      />
      <ReportFilters period={period} problem={problem} setParam={setParam} testId="attribution">
        <SourceGroupBy value={query.groupBy} setParam={setParam} testId="attribution-group-by" />
        <FilterSelect
          label="Channel"
          all="All channels"
          options={CHANNEL_OPTIONS}
          value={query.channel}
          onChange={(value) => setParam("channel", value)}
          testId="attribution-channel"
        />
        <CurrencyFilter
          value={query.currency}
          current={data?.currency}
          description="Deals in other currencies are left out"
          onChange={(value) => setParam("currency", value)}
          testId="attribution-currency"
        />
      </ReportFilters>
      <ReportStatus query={report} waiting={problem === null} title="Could not compute attribution" />
      {data && (
        <>
          <Text size="sm" c="dimmed" data-testid="attribution-period">
            Deals won {formatDay(data.from)} – {formatDay(data.to)} · amounts in {data.currency}
          </Text>
          {data.wonDeals === 0 ? (
            <Paper withBorder radius="md" p="md">
              <Text size="sm" c="dimmed" data-testid="attribution-empty">
                No deal in {data.currency} was won in this period — widen the dates, or win a deal.
              </Text>
            </Paper>
          ) : (
            <Results report={data} query={query} />
          )}
          <Definitions definitions={data.definitions} title="What the models mean" testId="attribution" />
        </>
      )}
    </Stack>
  );
}

function Results({ report, query }: { report: Attribution; query: AttributionQuery }) {
  return (
    <>
      <Text size="sm" data-testid="attribution-summary">
        <Text span fw={700} data-testid="attribution-won-deals">
          {formatCount(report.wonDeals)}
        </Text>{" "}
        won deal{report.wonDeals === 1 ? "" : "s"} worth{" "}
        <Text span fw={700} data-testid="attribution-revenue">
          {formatMoney(report.revenueMinor, report.currency)}
        </Text>
        {query.channel
          ? ` — below, only the share that ${channelLabel(query.channel)} programs' touches earned.`
          : " — each model shares all of it out; what no touch earned is unattributed."}
      </Text>
      <Paper withBorder radius="md">
        {report.rows.length === 0 ? (
          <Text c="dimmed" size="sm" p="md" data-testid="attribution-no-rows">
            No touch of these programs led to a deal won in this period.
          </Text>
        ) : (
          <AttributionTable report={report} groupBy={query.groupBy} channel={query.channel} />
        )}
      </Paper>
      {report.rows.length > 0 && (
        <Paper withBorder radius="md" p="md">
          <Title order={4}>The models compared</Title>
          <Text size="sm" c="dimmed" mb="sm">
            Each {query.groupBy === "channel" ? "channel" : "program"}'s credit under each model; click a
            model to hide or show it.
          </Text>
          <AttributionChart report={report} groupBy={query.groupBy} />
        </Paper>
      )}
    </>
  );
}
