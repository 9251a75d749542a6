// Each owner's (or program's) hand-offs as one bar: accepted, sent back, still waiting — how the
// baton was caught, at a glance, beside the table's figures.

import { BarChart } from "@mantine/charts";
import { COUNT_AXIS } from "./report-format.ts";

const MAX_BARS = 15;

interface HandoffCounts {
  accepted: number;
  recycled: number;
  pending: number;
  handoffs: number;
}

export function HandoffChart<Row extends HandoffCounts>({
  rows,
  nameOf,
}: {
  rows: readonly Row[];
  nameOf: (row: Row) => string;
}) {
  const data = [...rows]
    .sort((a, b) => b.handoffs - a.handoffs)
    .slice(0, MAX_BARS)
    .map((r) => ({ name: nameOf(r), accepted: r.accepted, recycled: r.recycled, pending: r.pending }));
  if (data.length === 0) return null;
  return (
    <div data-testid="handoffs-chart">
      <BarChart
        h={260}
        data={data}
        dataKey="name"
        type="stacked"
        series={[
          { name: "accepted", label: "Accepted", color: "teal.6" },
          { name: "recycled", label: "Sent back", color: "orange.5" },
          { name: "pending", label: "Waiting", color: "gray.5" },
        ]}
        withLegend
        maxBarWidth={56}
        yAxisProps={COUNT_AXIS}
        xAxisProps={{
          interval: 0,
          angle: data.length > 6 ? -20 : 0,
          textAnchor: data.length > 6 ? "end" : "middle",
          height: data.length > 6 ? 70 : 30,
        }}
      />
    </div>
  );
}
