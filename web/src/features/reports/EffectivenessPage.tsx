// /reports/effectiveness: source effectiveness (product.md §4, issue 10) — per program or channel,
// how the period's leads became customers and revenue, each figure with its 95 % interval: a
// chart of the intervals first (the figures alone would make ten leads look as sure as a thousand),
// then the table, the CSV and what each interval is. Above them, the budget advice for the same
// sources over its own period (the last 12 whole months).

import { Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { CHANNEL_OPTIONS, formatDay } from "../programs/program-format.ts";
import { BudgetAdvicePanel } from "./BudgetAdvicePanel.tsx";
import { CurrencyFilter } from "./CurrencyFilter.tsx";
import { Definitions } from "./Definitions.tsx";
import { EffectivenessTable } from "./EffectivenessTable.tsx";
import { METRICS, type MetricKey } from "./effectiveness-metrics.ts";
import {
  EFFECTIVENESS_PATH,
  type Effectiveness,
  type EffectivenessQuery,
  useEffectiveness,
} from "./effectiveness-queries.ts";
import { FilterSelect, ReportFilters, SourceGroupBy } from "./FilterSelect.tsx";
import { IntervalChart } from "./IntervalChart.tsx";
import { ReportHeader } from "./ReportHeader.tsx";
import { ReportStatus } from "./ReportStatus.tsx";
import { useReportParams } from "./report-params.ts";

export default function EffectivenessPage() {
  const { period, problem, get, setParam } = useReportParams();
  const query: EffectivenessQuery = {
    ...period,
    groupBy: get("groupBy") === "channel" ? "channel" : "program",
    channel: get("channel"),
    currency: get("currency"),
  };
  const report = useEffectiveness(query, problem === null);
  const data = report.data;

  return (
    <Stack gap="md">
      <ReportHeader
        page="/reports/effectiveness"
        path={EFFECTIVENESS_PATH}
        query={{ ...query }}
        disabled={problem !== null}
        testId="effectiveness"
      />
      <ReportFilters period={period} problem={problem} setParam={setParam} testId="effectiveness">
        <SourceGroupBy value={query.groupBy} setParam={setParam} testId="effectiveness-group-by" />
        <FilterSelect
          label="Channel"
          all="All channels"
          options={CHANNEL_OPTIONS}
          value={query.channel}
          onChange={(value) => setParam("channel", value)}
          testId="effectiveness-channel"
        />
        <CurrencyFilter
          value={query.currency}
          current={data?.currency}
          description="Deals and costs in other currencies are left out"
          onChange={(value) => setParam("currency", value)}
          testId="effectiveness-currency"
        />
      </ReportFilters>
      <ReportStatus
        query={report}
        waiting={problem === null}
        title="Could not compute source effectiveness"
      />
      <BudgetAdvicePanel
        query={{ groupBy: query.groupBy, channel: query.channel, currency: query.currency }}
      />
      {data && (
        <>
          <Text size="sm" c="dimmed" data-testid="effectiveness-period">
            Leads made {formatDay(data.from)} – {formatDay(data.to)}, and what they have become since ·
            amounts in {data.currency}
          </Text>
          {data.totals.leads > 0 && <Chart report={data} groupBy={query.groupBy} />}
          <Paper withBorder radius="md">
            <EffectivenessTable report={data} groupBy={query.groupBy} />
          </Paper>
          <Definitions
            definitions={data.definitions}
            title="What the figures and intervals mean"
            testId="effectiveness"
          />
        </>
      )}
    </Stack>
  );
}

const CHART_METRICS: MetricKey[] = ["conversion", "revenuePerLead", "revenuePerCost"];

function Chart({ report, groupBy }: { report: Effectiveness; groupBy: EffectivenessQuery["groupBy"] }) {
  const [metric, setMetric] = useState<MetricKey>("conversion");
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4}>{METRICS[metric].label} and its 95 % interval</Title>
      <Text size="sm" c="dimmed" mb="sm" data-testid="effectiveness-how-to-read">
        The dot is what the period's leads did; the bar is where the true figure plausibly lies (95 %). Fewer
        leads, wider bar. Bars that overlap may not differ: the data cannot yet tell them apart.
      </Text>
      <SegmentedControl
        value={metric}
        onChange={(value) => setMetric(value as MetricKey)}
        data={CHART_METRICS.map((key) => ({ value: key, label: METRICS[key].label }))}
        size="xs"
        mb="sm"
        data-testid="effectiveness-metric"
      />
      <IntervalChart report={report} metric={METRICS[metric]} groupBy={groupBy} testId="effectiveness" />
    </Paper>
  );
}
