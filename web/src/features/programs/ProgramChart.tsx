// A program over time: the leads it brought (bars, left axis) and what it cost (line, right
// axis, in its currency) per week or month, over its run up to today.

import { CompositeChart } from "@mantine/charts";
import { Center, Group, Loader, Paper, SegmentedControl, Text, Title } from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { minorDigits } from "./money.ts";
import { addDays } from "./program-format.ts";
import type { Program } from "./program-queries.ts";
import { type SeriesBucket, useProgramSeries } from "./series-queries.ts";

/** The days the chart covers: the program's run, cut at today; null before it starts. */
export function chartPeriod(program: Program, today: string): { from: string; to: string } | null {
  const from = program.startsOn ?? program.createdAt.slice(0, 10);
  const to = program.endsOn && program.endsOn < today ? program.endsOn : today;
  return from <= to ? { from, to } : null;
}

const bucketLabel = {
  week: new Intl.DateTimeFormat(undefined, { day: "numeric", month: "short", timeZone: "UTC" }),
  month: new Intl.DateTimeFormat(undefined, { month: "short", year: "numeric", timeZone: "UTC" }),
};

export function ProgramChart({ program }: { program: Program }) {
  // Reports count in UTC days, like the program's own status.
  const period = chartPeriod(program, new Date().toISOString().slice(0, 10));
  const longRun = period !== null && addDays(period.from, 120) < period.to;
  const [bucket, setBucket] = useState<SeriesBucket>(longRun ? "month" : "week");
  const series = useProgramSeries(program.id, period, bucket);
  const scale = 10 ** minorDigits(program.currency);
  const money = new Intl.NumberFormat(undefined, {
    style: "currency",
    currency: program.currency,
    maximumFractionDigits: 0,
  });
  const data = (series.data?.rows ?? []).map((row) => ({
    start: bucketLabel[bucket].format(new Date(`${row.start}T00:00:00Z`)),
    leads: row.leads,
    cost: row.costMinor / scale,
  }));

  return (
    <Paper withBorder radius="md" p="md" data-testid="program-chart">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Leads and cost over time</Title>
        <SegmentedControl
          size="xs"
          value={bucket}
          onChange={(value) => setBucket(value === "month" ? "month" : "week")}
          data={[
            { value: "week", label: "Weekly" },
            { value: "month", label: "Monthly" },
          ]}
          data-testid="program-chart-bucket"
        />
      </Group>
      {period === null && (
        <Text size="sm" c="dimmed">
          The program has not started yet.
        </Text>
      )}
      {series.error && <ErrorAlert error={series.error} title="Could not load the figures over time" />}
      {period !== null && series.isPending && (
        <Center py="lg">
          <Loader size="sm" />
        </Center>
      )}
      {series.data && (
        <CompositeChart
          h={280}
          data={data}
          dataKey="start"
          series={[
            { name: "leads", label: "Leads", color: "indigo.6", type: "bar" },
            {
              name: "cost",
              label: `Cost (${program.currency})`,
              color: "orange.6",
              type: "line",
              yAxisId: "right",
            },
          ]}
          withLegend
          withRightYAxis
          yAxisLabel="Leads"
          // Leads are whole contacts: no 0.75 of a lead on the axis.
          yAxisProps={{ allowDecimals: false }}
          rightYAxisLabel={`Cost (${program.currency})`}
          rightYAxisProps={{ tickFormatter: (value: number) => money.format(value) }}
          valueFormatter={(value) => value.toLocaleString(undefined, { maximumFractionDigits: 2 })}
          maxBarWidth={40}
          // Cost is spent in lumps: straight segments, no smoothing that overshoots below zero.
          curveType="linear"
        />
      )}
    </Paper>
  );
}
