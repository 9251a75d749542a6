// The models side by side per program (or channel): one group of bars per row, one bar per
// model, so a program that only first touches credit (or only the closing touch) stands out.
// Chips in the bars' colours are the legend and choose the models drawn: eight bars a group is a
// lot to read at once.

import { BarChart } from "@mantine/charts";
import { Chip, Group, Text } from "@mantine/core";
import { useState } from "react";
import { minorDigits } from "../programs/money.ts";
import { attributionRowName } from "./AttributionTable.tsx";
import {
  type Attribution,
  type AttributionModel,
  type AttributionQuery,
  MODEL_LABELS,
} from "./attribution-queries.ts";

const MAX_GROUPS = 10;

// Eight hues far enough apart to tell the bars of one group from each other.
const MODEL_COLORS: Record<AttributionModel, string> = {
  firstTouch: "blue.7",
  leadCreation: "cyan.5",
  lastTouch: "pink.6",
  linear: "gray.6",
  uShaped: "teal.7",
  wShaped: "violet.6",
  fullPath: "lime.6",
  timeDecay: "orange.6",
};

export function AttributionChart({
  report,
  groupBy,
}: {
  report: Attribution;
  groupBy: AttributionQuery["groupBy"];
}) {
  const [shown, setShown] = useState<string[]>(() => [...report.models]);
  const models = report.models.filter((m) => shown.includes(m));
  const scale = 10 ** minorDigits(report.currency);
  const money = new Intl.NumberFormat(undefined, {
    style: "currency",
    currency: report.currency,
    maximumFractionDigits: 0,
  });
  // The rows most credited on average over the models: the ones the comparison is about.
  const weight = (row: Attribution["rows"][number]) => report.models.reduce((s, m) => s + row[m], 0);
  const rows = [...report.rows].sort((a, b) => weight(b) - weight(a)).slice(0, MAX_GROUPS);
  // A chart is for reading shapes: major units, as numbers, are enough here.
  const data = rows.map((row) => ({
    name: attributionRowName(row, groupBy),
    ...Object.fromEntries(report.models.map((m) => [m, row[m] / scale])),
  }));
  return (
    <>
      <Chip.Group multiple value={shown} onChange={setShown}>
        <Group gap={6} mb="sm" data-testid="attribution-chart-models">
          {report.models.map((m) => (
            <Chip key={m} value={m} size="xs" color={MODEL_COLORS[m]} autoContrast>
              {MODEL_LABELS[m]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <BarChart
        h={340}
        data={data}
        dataKey="name"
        series={models.map((m) => ({ name: m, label: MODEL_LABELS[m], color: MODEL_COLORS[m] }))}
        maxBarWidth={18}
        yAxisLabel={`Credit (${report.currency})`}
        yAxisProps={{ tickFormatter: (value: number) => money.format(value), width: 90 }}
        valueFormatter={(value) => money.format(value)}
        xAxisProps={{
          interval: 0,
          angle: data.length > 6 ? -20 : 0,
          textAnchor: data.length > 6 ? "end" : "middle",
          height: data.length > 6 ? 70 : 30,
        }}
        data-testid="attribution-chart"
      />
      {report.rows.length > MAX_GROUPS && (
        <Text size="xs" c="dimmed" mt={4}>
          The {MAX_GROUPS} most credited of {report.rows.length}; the table has them all.
        </Text>
      )}
    </>
  );
}
