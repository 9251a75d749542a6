// /reports/sales: sales conversion (product.md §4, idea 5) — per rep and for the team, hand-offs
// accepted, speed to the first touch, deals won and lost, win rate, cycle, quota attainment and
// the activities it took; a chart of win rate and quota attainment per rep.

import { BarChart } from "@mantine/charts";
import { Paper, Stack, Text, Title } from "@mantine/core";
import { useUsers } from "../../shared/reference-data.ts";
import { formatDay } from "../programs/program-format.ts";
import { Definitions } from "./Definitions.tsx";
import { FilterSelect, ReportFilters, userOptions } from "./FilterSelect.tsx";
import { ReportHeader } from "./ReportHeader.tsx";
import { ReportStatus } from "./ReportStatus.tsx";
import { useReportParams } from "./report-params.ts";
import { type SalesConversion, useSalesConversion } from "./report-queries.ts";
import { SalesTables } from "./SalesTables.tsx";

export default function SalesPage() {
  const { period, problem, get, setParam } = useReportParams();
  const query = { ...period, ownerId: get("ownerId"), currency: get("currency") };
  const report = useSalesConversion(query, problem === null);
  const users = useUsers();
  const reps = (users.data ?? []).filter((u) => u.role === "sales" || u.role === "admin");
  const data = report.data;

  return (
    <Stack gap="md">
      <ReportHeader
        page="/reports/sales"
        path="/reports/sales-conversion"
        query={query}
        disabled={problem !== null}
        testId="sales"
      />
      <ReportFilters period={period} problem={problem} setParam={setParam} testId="sales">
        <FilterSelect
          label="Rep"
          all="All reps"
          options={userOptions(reps)}
          value={query.ownerId}
          onChange={(value) => setParam("ownerId", value)}
          testId="sales-rep"
        />
      </ReportFilters>
      <ReportStatus query={report} waiting={problem === null} title="Could not compute sales conversion" />
      {data && (
        <>
          <Text size="sm" c="dimmed" data-testid="sales-period">
            {formatDay(data.from)} – {formatDay(data.to)} · amounts in {data.currency}
          </Text>
          {quiet(data) && (
            <Text size="sm" c="dimmed" data-testid="sales-empty">
              No hand-offs, deals or sales activities in this period — widen the dates.
            </Text>
          )}
          {data.rows.length === 0 ? (
            <Paper withBorder radius="md">
              <Text size="sm" c="dimmed" p="md" data-testid="sales-no-reps">
                No reps yet — add users with the sales role, or hand a lead to someone.
              </Text>
            </Paper>
          ) : (
            <SalesTables report={data} />
          )}
          {data.rows.length > 0 && !quiet(data) && <RepChart report={data} />}
          <Definitions definitions={data.definitions} testId="sales" />
        </>
      )}
    </Stack>
  );
}

const quiet = (r: SalesConversion) =>
  r.team.handoffsReceived + r.team.dealsOpened + r.team.won + r.team.lost + r.team.activities === 0;

/** Win rate and quota attainment per rep, in percent; a rep with neither shows no bar. */
function RepChart({ report }: { report: SalesConversion }) {
  const percent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);
  const data = report.rows.map((row) => ({
    rep: row.name ?? "A former user",
    winRate: percent(row.winRate),
    quotaAttainment: percent(row.quotaAttainment),
  }));
  // Attainment needs a quota lying wholly inside the period: a rolling 90 days rarely holds one.
  const withQuota = data.some((d) => d.quotaAttainment !== null);
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4}>{withQuota ? "Win rate and quota attainment" : "Win rate"}</Title>
      {!withQuota && (
        <Text size="sm" c="dimmed" data-testid="sales-no-quota">
          No quota lies wholly inside this period — choose a whole month or quarter to see attainment.
        </Text>
      )}
      <BarChart
        mt="sm"
        h={280}
        data={data}
        dataKey="rep"
        series={[
          { name: "winRate", label: "Win rate", color: "indigo.6" },
          ...(withQuota ? [{ name: "quotaAttainment", label: "Quota attainment", color: "teal.6" }] : []),
        ]}
        withLegend={withQuota}
        maxBarWidth={48}
        referenceLines={withQuota ? [{ y: 100, label: "Quota", color: "gray.6" }] : []}
        valueFormatter={(value) => `${value.toLocaleString(undefined, { maximumFractionDigits: 1 })} %`}
        data-testid="sales-chart"
      />
    </Paper>
  );
}
