// A plan's figures as a share of their targets: where the period stands and where it will land at
// this pace — one scale for counts and money alike. Figures without a target are left out.

import { BarChart } from "@mantine/charts";
import { FIGURE_LABELS } from "./plan-format.ts";
import type { Plan } from "./plan-queries.ts";

export function PlanProgressChart({ plan }: { plan: Plan }) {
  const data = plan.lines
    .filter((l) => l.target !== null && l.target > 0)
    .map((l) => ({
      name: FIGURE_LABELS[l.figure],
      actual: Math.round((l.actual / l.target!) * 1000) / 10,
      projected: l.projected === null ? null : Math.round((l.projected / l.target!) * 1000) / 10,
    }));
  if (data.length === 0) return null;
  return (
    <div data-testid="plan-progress-chart">
      <BarChart
        h={180}
        data={data}
        dataKey="name"
        series={[
          { name: "actual", label: "Actual, % of target", color: "indigo.6" },
          { name: "projected", label: "Projected, % of target", color: "indigo.2" },
        ]}
        withLegend
        maxBarWidth={40}
        referenceLines={[{ y: 100, label: "Target", color: "red.6" }]}
        valueFormatter={(v) => `${v.toLocaleString(undefined, { maximumFractionDigits: 1 })} %`}
        yAxisProps={{ domain: [0, (max: number) => Math.max(110, Math.ceil(max * 1.1))] }}
      />
    </div>
  );
}
