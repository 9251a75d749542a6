// The funnel's two charts: the period's leads through sales-ready and accepted to won, and,
// after "in sales", how many of their deals reached each stage of the default pipeline.

import { BarChart } from "@mantine/charts";
import { Paper, Text, Title } from "@mantine/core";
import { formatPercent } from "../programs/money.ts";
import { COUNT_AXIS } from "./report-format.ts";
import type { Funnel } from "./report-queries.ts";

const STAGE_COLOR = ["indigo.3", "indigo.5", "indigo.7", "teal.6"];

export function FunnelStagesChart({ total }: { total: Funnel["total"] }) {
  const data = [
    { stage: "Leads", contacts: total.leads, color: STAGE_COLOR[0], step: null },
    { stage: "Sales-ready", contacts: total.salesReady, color: STAGE_COLOR[1], step: total.leadToSalesReady },
    { stage: "Accepted", contacts: total.accepted, color: STAGE_COLOR[2], step: total.salesReadyToAccepted },
    { stage: "Won", contacts: total.won, color: STAGE_COLOR[3], step: total.acceptedToWon },
  ];
  return (
    <Paper withBorder radius="md" p="md" data-testid="funnel-chart">
      <Title order={4}>From lead to won</Title>
      <Text size="sm" c="dimmed" mb="sm">
        The period's leads and how far they got; beside each stage, the share of the stage before.
      </Text>
      <BarChart
        h={260}
        data={data.map((d) => ({
          ...d,
          stage: d.step === null ? d.stage : `${d.stage} (${formatPercent(d.step)})`,
        }))}
        dataKey="stage"
        orientation="vertical"
        yAxisProps={{ width: 170 }}
        xAxisProps={COUNT_AXIS}
        series={[{ name: "contacts", label: "Contacts", color: "indigo.6" }]}
        withBarValueLabel
        valueFormatter={(value) => value.toLocaleString()}
        barChartProps={{ margin: { right: 40 } }}
        maxBarWidth={40}
        gridAxis="y"
      />
    </Paper>
  );
}

export function DealStagesChart({ deals }: { deals: NonNullable<Funnel["dealStages"]> }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid="funnel-deal-stages">
      <Title order={4}>After in sales: {deals.pipelineName}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {deals.deals === 0
          ? "None of these leads has a deal in this pipeline yet."
          : `The ${deals.deals.toLocaleString()} deal${deals.deals === 1 ? "" : "s"} of these leads, and how many reached each stage.`}
      </Text>
      {deals.deals > 0 && (
        <BarChart
          h={240}
          data={deals.stages.map((s) => ({ stage: s.name, deals: s.deals }))}
          dataKey="stage"
          series={[{ name: "deals", label: "Deals", color: "teal.6" }]}
          withBarValueLabel
          valueFormatter={(value) => value.toLocaleString()}
          yAxisProps={COUNT_AXIS}
          maxBarWidth={56}
        />
      )}
    </Paper>
  );
}
