// Discounts and give-aways per group, stacked, the largest first: where the list value goes.

import { BarChart } from "@mantine/charts";
import { minorDigits } from "../programs/money.ts";
import { type PriceDeviationReport, rowName } from "./price-deviation-columns.ts";

const MAX_BARS = 15;

export function PriceDeviationChart({ report }: { report: PriceDeviationReport }) {
  const scale = 10 ** minorDigits(report.currency);
  const money = new Intl.NumberFormat(undefined, {
    style: "currency",
    currency: report.currency,
    maximumFractionDigits: 0,
  });
  const data = report.rows
    .filter((r) => r.givenAwayMinor > 0)
    .slice(0, MAX_BARS)
    .map((r) => ({
      name: rowName(r, report.groupBy),
      discounts: r.discountMinor / scale,
      giveaways: r.giveawayMinor / scale,
    }));
  if (data.length === 0) return null;
  return (
    <div data-testid="price-deviation-chart">
      <BarChart
        h={280}
        data={data}
        dataKey="name"
        type="stacked"
        series={[
          { name: "discounts", label: `Discounts (${report.currency})`, color: "indigo.6" },
          { name: "giveaways", label: `Give-aways (${report.currency})`, color: "orange.5" },
        ]}
        withLegend
        maxBarWidth={56}
        yAxisProps={{ tickFormatter: (value: number) => money.format(value), width: 90 }}
        valueFormatter={(value) => money.format(value)}
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
