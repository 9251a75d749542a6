// Leads (left axis) and cost per lead (right axis, in the report's currency) per program or
// channel, the ones with most leads first.

import { BarChart } from "@mantine/charts";
import { Text } from "@mantine/core";
import { minorDigits } from "../programs/money.ts";
import { COUNT_AXIS } from "./report-format.ts";
import { rowName } from "./ScorecardTable.tsx";
import type { Scorecard, ScorecardQuery } from "./scorecard-queries.ts";

const MAX_BARS = 15;

export function ScorecardChart({
  report,
  groupBy,
}: {
  report: Scorecard;
  groupBy: ScorecardQuery["groupBy"];
}) {
  const scale = 10 ** minorDigits(report.currency);
  const money = new Intl.NumberFormat(undefined, {
    style: "currency",
    currency: report.currency,
    maximumFractionDigits: 0,
  });
  const rows = [...report.rows].sort((a, b) => b.leads - a.leads).slice(0, MAX_BARS);
  // A chart is for reading shapes: cost per lead in major units, as a number, is enough here.
  const data = rows.map((row) => ({
    name: rowName(row, groupBy),
    leads: row.leads,
    costPerLead: row.costPerLeadMinor === null ? null : row.costPerLeadMinor / scale,
  }));
  return (
    <>
      <BarChart
        h={320}
        data={data}
        dataKey="name"
        series={[
          { name: "leads", label: "Leads", color: "indigo.6" },
          {
            name: "costPerLead",
            label: `Cost per lead (${report.currency})`,
            color: "orange.5",
            yAxisId: "right",
          },
        ]}
        withLegend
        withRightYAxis
        maxBarWidth={56}
        yAxisLabel="Leads"
        yAxisProps={COUNT_AXIS}
        rightYAxisLabel={`Cost per lead (${report.currency})`}
        rightYAxisProps={{ tickFormatter: (value: number) => money.format(value) }}
        valueFormatter={(value) => value.toLocaleString(undefined, { maximumFractionDigits: 2 })}
        xAxisProps={{
          interval: 0,
          angle: data.length > 6 ? -20 : 0,
          textAnchor: data.length > 6 ? "end" : "middle",
          height: data.length > 6 ? 70 : 30,
        }}
        data-testid="scorecard-chart"
      />
      {report.rows.length > MAX_BARS && (
        <Text size="xs" c="dimmed" mt={4}>
          The {MAX_BARS} with the most leads of {report.rows.length}; the table has them all.
        </Text>
      )}
    </>
  );
}
