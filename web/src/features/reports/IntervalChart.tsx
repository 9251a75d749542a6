// A forest plot of one figure: a row per program (or channel), a bar over its 95 % interval and a
// dot at the figure measured, and a dashed line at all leads' figure. A source with few leads gets
// a wide bar — which is the point: its figure is not yet known. Drawn with recharts directly (a
// range bar with its own shape), since @mantine/charts has no chart of intervals.

import { Paper, Stack, Text } from "@mantine/core";
import {
  Bar,
  type BarShapeProps,
  CartesianGrid,
  ComposedChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  useXAxisScale,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from "recharts";
import { formatCount } from "../programs/program-format.ts";
import { hasNoSpread, type Metric } from "./effectiveness-metrics.ts";
import type { Effectiveness, EffectivenessQuery } from "./effectiveness-queries.ts";
import { niceTicks } from "./report-format.ts";
import { rowName } from "./ScorecardTable.tsx";

const MAX_ROWS = 15;
const ROW_HEIGHT = 46;
const NAME_WIDTH = 190;
const NAME_CHARACTERS = 26;

const BAR = "var(--mantine-color-indigo-3)";
const DOT = "var(--mantine-color-indigo-8)";
const MUTED = "var(--mantine-color-dimmed)";

interface Datum {
  key: string;
  name: string;
  leads: number;
  customers: number;
  point: number;
  range: [number, number];
  /** "30.0 % (10.8–60.3 %)": the row's cell in the table. */
  text: string;
  /** An interval of no width that is not certainty (see hasNoSpread). */
  noSpread: boolean;
}

export function IntervalChart({
  report,
  metric,
  groupBy,
  testId,
}: {
  report: Effectiveness;
  metric: Metric;
  groupBy: EffectivenessQuery["groupBy"];
  testId: string;
}) {
  const currency = report.currency;
  // Most leads first, as the report sends them: the surest figures on top.
  const missing: string[] = [];
  const drawable = report.rows.flatMap((row): Datum[] => {
    const point = metric.point(row);
    const interval = metric.interval(row);
    if (point === null || interval === null) {
      missing.push(`${rowName(row, groupBy)} (${metric.missing(row)})`);
      return [];
    }
    return [
      {
        key: row.programId ?? row.channel ?? "none",
        name: rowName(row, groupBy),
        leads: row.leads,
        customers: row.customers,
        point,
        range: [interval.low, interval.high],
        text: `${metric.format(point, currency)} (${metric.range(interval, currency)})`,
        noSpread: hasNoSpread(interval),
      },
    ];
  });
  const data = drawable.slice(0, MAX_ROWS);
  const overall = metric.point(report.totals);
  const highest = Math.max(overall ?? 0, ...data.map((d) => d.range[1]));
  // A rate never passes 100 %, so neither does its axis.
  const ticks = niceTicks(metric.key === "conversion" ? Math.min(1, highest) : highest);
  const noSpread = data.filter((d) => d.noSpread).map((d) => d.name);
  if (data.length === 0 || ticks.length === 0) {
    // Only revenue can be 0 everywhere: a Wilson interval has a width once there is a lead.
    const why =
      data.length === 0
        ? `no ${groupBy} has a figure for “${metric.label}” in this period (${missing.join(", ")})`
        : "no lead of this period has brought revenue yet";
    return (
      <Text size="sm" c="dimmed" data-testid={`${testId}-empty`}>
        Nothing to draw: {why}.
      </Text>
    );
  }
  const step = ticks[1]! - ticks[0]!;
  const byKey = new Map(data.map((d) => [d.key, d]));
  return (
    <>
      <div data-testid={`${testId}-chart`} data-metric={metric.key}>
        <ResponsiveContainer width="100%" height={data.length * ROW_HEIGHT + 80}>
          <ComposedChart layout="vertical" data={data} margin={{ top: 24, right: 32, bottom: 8, left: 0 }}>
            <CartesianGrid horizontal={false} stroke="var(--mantine-color-gray-3)" />
            <XAxis
              type="number"
              domain={[0, ticks[ticks.length - 1]!]}
              ticks={ticks}
              tickFormatter={(value: number) => metric.tick(value, currency, step)}
              tick={{ fontSize: 12, fill: MUTED }}
              label={{
                value: `${metric.label}, 95 % interval`,
                position: "insideBottom",
                offset: -4,
                fontSize: 12,
                fill: MUTED,
              }}
              height={48}
            />
            <YAxis
              type="category"
              dataKey="key"
              width={NAME_WIDTH}
              interval={0}
              tickLine={false}
              tick={(props: YAxisTickContentProps) => (
                <NameTick
                  x={Number(props.x)}
                  y={Number(props.y)}
                  datum={byKey.get(String(props.payload.value))}
                />
              )}
            />
            {overall !== null && (
              <ReferenceLine
                x={overall}
                stroke="var(--mantine-color-gray-6)"
                strokeDasharray="4 4"
                label={{
                  value: `All leads: ${metric.format(overall, currency)}`,
                  position: "top",
                  fontSize: 12,
                  fill: "var(--mantine-color-gray-7)",
                }}
              />
            )}
            <Tooltip
              content={(props: TooltipContentProps) => <IntervalTooltip {...props} metric={metric} />}
              cursor={{ fill: "var(--mantine-color-gray-1)" }}
            />
            <Bar
              dataKey="range"
              isAnimationActive={false}
              shape={(props: BarShapeProps) => <IntervalMark {...props} testId={testId} />}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <Stack gap={2} mt={4}>
        {noSpread.length > 0 && (
          <Text size="xs" c="dimmed" data-testid={`${testId}-no-spread`}>
            ○ {noSpread.join(", ")}: every lead brought the same revenue, so resampling finds no spread and
            the bar has no width. That is not certainty: there are too few leads, or too few have closed, to
            tell.
          </Text>
        )}
        {drawable.length > data.length && (
          <Text size="xs" c="dimmed">
            The {data.length} with the most leads are drawn; the table has all {report.rows.length}.
          </Text>
        )}
        {missing.length > 0 && (
          <Text size="xs" c="dimmed" data-testid={`${testId}-not-drawn`}>
            Not drawn: {missing.join(", ")}.
          </Text>
        )}
      </Stack>
    </>
  );
}

/** The row's name, cut to fit, and its leads underneath: the reader sees why a bar is wide. */
function NameTick({ x, y, datum }: { x: number; y: number; datum: Datum | undefined }) {
  if (!datum) return null;
  const name =
    datum.name.length > NAME_CHARACTERS ? `${datum.name.slice(0, NAME_CHARACTERS - 1)}…` : datum.name;
  return (
    <g>
      <title>{datum.name}</title>
      <text x={x - 8} y={y - 3} textAnchor="end" fontSize={13} fill="var(--mantine-color-text)">
        {name}
      </text>
      <text x={x - 8} y={y + 13} textAnchor="end" fontSize={11} fill={MUTED}>
        {formatCount(datum.leads)} lead{datum.leads === 1 ? "" : "s"}
      </text>
    </g>
  );
}

/**
 * One interval: a bar from its low end to its high end, caps at both ends, a dot at the figure. An
 * interval of no width that is not certainty gets a hollow dot and says so beside it.
 */
function IntervalMark({ x, y, width, height, payload, testId }: BarShapeProps & { testId: string }) {
  const scale = useXAxisScale();
  const datum = payload as Datum;
  const middle = y + height / 2;
  const dot = scale?.(datum.point) ?? x;
  return (
    <g
      data-testid={`${testId}-interval`}
      data-key={datum.key}
      data-low={datum.range[0]}
      data-high={datum.range[1]}
      data-point={datum.point}
      data-no-spread={datum.noSpread || undefined}
      aria-label={`${datum.name}: ${datum.text}`}
    >
      <rect data-part="bar" x={x} y={middle - 4} width={Math.max(0, width)} height={8} rx={4} fill={BAR} />
      {!datum.noSpread &&
        [x, x + width].map((end) => (
          <line key={end} x1={end} x2={end} y1={middle - 8} y2={middle + 8} stroke={DOT} strokeWidth={1.5} />
        ))}
      <circle
        data-part="dot"
        cx={dot}
        cy={middle}
        r={5.5}
        fill={datum.noSpread ? "white" : DOT}
        stroke={datum.noSpread ? DOT : "white"}
        strokeWidth={datum.noSpread ? 2 : 1.5}
      />
      {datum.noSpread && (
        <text x={dot + 12} y={middle + 4} fontSize={11} fill={MUTED}>
          no spread in the data — not certainty
        </text>
      )}
    </g>
  );
}

function IntervalTooltip({ active, payload, metric }: TooltipContentProps & { metric: Metric }) {
  const datum = payload?.[0]?.payload as Datum | undefined;
  if (!active || !datum) return null;
  return (
    <Paper withBorder shadow="sm" p="xs" radius="sm" style={{ pointerEvents: "none" }}>
      <Text size="sm" fw={600}>
        {datum.name}
      </Text>
      <Text size="sm">
        {metric.label}: {datum.text}
      </Text>
      {datum.noSpread && (
        <Text size="xs" c="dimmed">
          No spread in the data — not certainty
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {formatCount(datum.customers)} customer{datum.customers === 1 ? "" : "s"} of{" "}
        {formatCount(datum.leads)} lead{datum.leads === 1 ? "" : "s"}
      </Text>
    </Paper>
  );
}
