// What the quotas need at each tier, at the observed rates and at the worst ends of their
// intervals: the gap between the two bars is how unsure the funnel is.

import { BarChart } from "@mantine/charts";
import { COUNT_AXIS } from "../reports/report-format.ts";
import { TIER_LABELS } from "./plan-format.ts";

export function ReverseFunnelChart({
  tiers,
}: {
  tiers: readonly {
    tier: keyof typeof TIER_LABELS;
    needed: number | null;
    range: { low: number; high: number } | null;
  }[];
}) {
  const data = tiers
    .filter((t) => t.needed !== null)
    .map((t) => ({ name: TIER_LABELS[t.tier], needed: t.needed, worst: t.range?.high ?? null }));
  if (data.length === 0) return null;
  return (
    <div data-testid="reverse-funnel-chart">
      <BarChart
        h={200}
        data={data}
        dataKey="name"
        series={[
          { name: "needed", label: "Needed at the observed rates", color: "indigo.6" },
          { name: "worst", label: "At the worst rates", color: "orange.4" },
        ]}
        withLegend
        maxBarWidth={48}
        yAxisProps={COUNT_AXIS}
      />
    </div>
  );
}
