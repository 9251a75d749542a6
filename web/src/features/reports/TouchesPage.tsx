// /reports/touches: touches to close (product.md §1 idea 2, §4) — for the customers won in the
// period, how many touches from both sides came before the win, against the rule of thumb of
// about eight; a histogram, the quartiles, and the same per channel of the first touch.

import { BarChart } from "@mantine/charts";
import { Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { FigureCard } from "../../shared/FigureCard.tsx";
import { formatPercent } from "../programs/money.ts";
import { channelLabel, formatCount, formatDay } from "../programs/program-format.ts";
import { Definitions } from "./Definitions.tsx";
import { ContactOwnerFilter, ReportFilters } from "./FilterSelect.tsx";
import { ReportHeader } from "./ReportHeader.tsx";
import { ReportStatus } from "./ReportStatus.tsx";
import { type FigureColumn, ReportTable } from "./ReportTable.tsx";
import { COUNT_AXIS, formatFigure } from "./report-format.ts";
import { useReportParams } from "./report-params.ts";
import { type TouchesToClose, useTouchesToClose } from "./report-queries.ts";

export default function TouchesPage() {
  const { period, problem, get, setParam } = useReportParams();
  const query = { ...period, ownerId: get("ownerId") };
  const report = useTouchesToClose(query, problem === null);
  const data = report.data;

  return (
    <Stack gap="md">
      <ReportHeader
        page="/reports/touches"
        path="/reports/touches-to-close"
        query={query}
        disabled={problem !== null}
        testId="touches"
      />
      <ReportFilters period={period} problem={problem} setParam={setParam} testId="touches">
        <ContactOwnerFilter value={query.ownerId} setParam={setParam} testId="touches-owner" />
      </ReportFilters>
      <ReportStatus query={report} waiting={problem === null} title="Could not compute touches to close" />
      {data && (
        <>
          <Text size="sm" c="dimmed" data-testid="touches-period">
            Customers won {formatDay(data.from)} – {formatDay(data.to)}
          </Text>
          {data.overall.customers === 0 ? (
            <Paper withBorder radius="md" p="md">
              <Text size="sm" c="dimmed" data-testid="touches-empty">
                No customer was won in this period — widen the dates, or win a deal.
              </Text>
            </Paper>
          ) : (
            <>
              <TouchFigures report={data} />
              <Histogram report={data} />
              <ChannelTable report={data} />
            </>
          )}
          <Definitions definitions={data.definitions} testId="touches" />
        </>
      )}
    </Stack>
  );
}

function TouchFigures({ report }: { report: TouchesToClose }) {
  const o = report.overall;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
      <FigureCard label="Customers won" value={formatCount(o.customers)} testId="touches-customers" />
      <FigureCard
        label="Median touches"
        value={formatFigure(o.median)}
        testId="touches-median"
        hint={`${formatFigure(o.medianMarketing)} marketing · ${formatFigure(o.medianSales)} sales`}
      />
      <FigureCard label="25th percentile" value={formatFigure(o.p25)} testId="touches-p25" />
      <FigureCard label="75th percentile" value={formatFigure(o.p75)} testId="touches-p75" />
      <FigureCard
        label={`Share within ${report.ruleOfThumb}`}
        value={formatPercent(o.withinRuleOfThumb)}
        testId="touches-within"
        hint={`Won with ${report.ruleOfThumb} touches or fewer`}
      />
      <FigureCard label="Rule of thumb" value={`about ${report.ruleOfThumb}`} testId="touches-rule" />
    </SimpleGrid>
  );
}

const bucketName = (b: TouchesToClose["histogram"][number]) => `${b.touches}${b.orMore ? "+" : ""}`;

function Histogram({ report }: { report: TouchesToClose }) {
  // The axis reaches the rule of thumb even when every customer took fewer touches.
  const rule = String(report.ruleOfThumb);
  const data = report.histogram.map((b) => ({ touches: bucketName(b), customers: b.customers }));
  for (let t = data.length; t <= report.ruleOfThumb; t++) data.push({ touches: String(t), customers: 0 });
  return (
    <Paper withBorder radius="md" p="md" data-testid="touches-histogram">
      <Title order={4}>Touches before the win</Title>
      <Text size="sm" c="dimmed" mb="sm">
        Customers by the number of touches, both sides, before they were won.
      </Text>
      <BarChart
        h={280}
        data={data}
        dataKey="touches"
        series={[{ name: "customers", label: "Customers", color: "indigo.6" }]}
        xAxisLabel="Touches"
        yAxisLabel="Customers"
        yAxisProps={COUNT_AXIS}
        maxBarWidth={40}
        referenceLines={[
          { x: rule, label: `Rule of thumb: ${rule}`, color: "orange.6", labelPosition: "top" },
        ]}
      />
    </Paper>
  );
}

type ChannelRow = TouchesToClose["byFirstChannel"][number];
type Key = keyof Omit<ChannelRow, "channel">;

function ChannelTable({ report }: { report: TouchesToClose }) {
  const figures: [Key, string][] = [
    ["customers", "Customers"],
    ["median", "Median"],
    ["p25", "25th pct."],
    ["p75", "75th pct."],
    ["medianMarketing", "Median marketing"],
    ["medianSales", "Median sales"],
  ];
  const columns: FigureColumn<ChannelRow>[] = [
    ...figures.map(([key, label]) => ({
      key,
      label,
      value: (row: ChannelRow) => row[key],
      render: (row: ChannelRow) => formatFigure(row[key]),
    })),
    {
      key: "withinRuleOfThumb",
      label: `Within ${report.ruleOfThumb}`,
      value: (row) => row.withinRuleOfThumb,
      render: (row) => formatPercent(row.withinRuleOfThumb),
    },
  ];
  return (
    <Paper withBorder radius="md">
      <Title order={4} p="md" pb={0}>
        By channel of the first touch
      </Title>
      <ReportTable<ChannelRow>
        rows={report.byFirstChannel}
        name={{
          label: "Channel",
          value: (row) => (row.channel ? channelLabel(row.channel) : "No program"),
          render: (row) => (
            <Text fw={600} size="sm">
              {row.channel ? channelLabel(row.channel) : "No program"}
            </Text>
          ),
        }}
        columns={columns}
        total={{ ...report.overall, channel: null }}
        totalLabel="All customers"
        rowKey={(row) => row.channel ?? "none"}
        rowAttributes={(row) => ({ "data-channel": row.channel ?? "none" })}
        initialSort={{ key: "customers", direction: "desc" }}
        minWidth={900}
        testId="touches-channel"
      />
    </Paper>
  );
}
