// The loudest things sales heard about all the programs' leads — why they were sent back, what
// they objected to, why their deals were lost — as one bar chart, most heard first.

import { BarChart } from "@mantine/charts";
import { COUNT_AXIS } from "./report-format.ts";
import type { Heard } from "./sales-feedback-queries.ts";

const MAX_BARS = 10;

export function HeardChart({ heard }: { heard: Heard }) {
  const data = [
    ...heard.recycled.map((h) => ({ name: h.label, kind: "Sent back", count: h.count })),
    ...heard.objections.map((h) => ({ name: h.label, kind: "Objection", count: h.count })),
    ...heard.lost.map((h) => ({ name: h.label, kind: "Lost", count: h.count })),
  ]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, MAX_BARS)
    .map((h) => ({
      name: `${h.name} (${h.kind.toLowerCase()})`,
      sentBack: h.kind === "Sent back" ? h.count : 0,
      objection: h.kind === "Objection" ? h.count : 0,
      lost: h.kind === "Lost" ? h.count : 0,
    }));
  if (data.length === 0) return null;
  return (
    <div data-testid="sales-feedback-chart">
      <BarChart
        h={Math.max(160, data.length * 32)}
        data={data}
        dataKey="name"
        orientation="vertical"
        type="stacked"
        series={[
          { name: "sentBack", label: "Sent back", color: "orange.5" },
          { name: "objection", label: "Objection", color: "indigo.5" },
          { name: "lost", label: "Lost", color: "red.6" },
        ]}
        withLegend
        xAxisProps={COUNT_AXIS}
        yAxisProps={{ width: 260, interval: 0 }}
      />
    </div>
  );
}
