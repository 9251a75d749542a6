// /reports/handoffs: the hand-off report (issue 10, item 7) — per owner or per the program that
// made the lead: how fast the owner first touched the lead against the SLA, how many hand-offs sales
// accepted or sent back and why, and the leads that cooled while they waited.

import { Stack, Text } from "@mantine/core";
import type { Ok } from "../../api/contract.ts";
import { formatPercent } from "../programs/money.ts";
import { formatCount, formatDay } from "../programs/program-format.ts";
import { Definitions } from "./Definitions.tsx";
import { GroupByFilter, ReportFilters } from "./FilterSelect.tsx";
import { HandoffChart } from "./HandoffChart.tsx";
import { ReportHeader } from "./ReportHeader.tsx";
import { ReportStatus } from "./ReportStatus.tsx";
import { type FigureColumn, ReportTable } from "./ReportTable.tsx";
import { formatDuration } from "./report-format.ts";
import { useReportParams } from "./report-params.ts";
import { useReport } from "./report-queries.ts";

type HandoffReport = Ok<"getHandoffReport">;
type Row = HandoffReport["rows"][number];

const COLUMNS: FigureColumn<Row>[] = [
  { key: "handoffs", label: "Hand-offs", value: (r) => r.handoffs, render: (r) => formatCount(r.handoffs) },
  { key: "pending", label: "Pending", value: (r) => r.pending, render: (r) => formatCount(r.pending) },
  {
    key: "medianFirstTouchSeconds",
    label: "First touch (median)",
    value: (r) => r.medianFirstTouchSeconds,
    render: (r) => formatDuration(r.medianFirstTouchSeconds),
  },
  {
    key: "p75FirstTouchSeconds",
    label: "p75",
    value: (r) => r.p75FirstTouchSeconds,
    render: (r) => formatDuration(r.p75FirstTouchSeconds),
  },
  { key: "slaRate", label: "Within SLA", value: (r) => r.slaRate, render: (r) => formatPercent(r.slaRate) },
  {
    key: "acceptanceRate",
    label: "Accepted",
    value: (r) => r.acceptanceRate,
    render: (r) => formatPercent(r.acceptanceRate),
  },
  {
    key: "recycleRate",
    label: "Recycled",
    value: (r) => r.recycleRate,
    render: (r) => formatPercent(r.recycleRate),
  },
  { key: "cooled", label: "Cooled waiting", value: (r) => r.cooled, render: (r) => formatCount(r.cooled) },
  {
    key: "recycleReasons",
    label: "Why recycled",
    value: (r) => r.recycled,
    render: (r) => r.recycleReasons.map((x) => `${x.label} ${x.count}`).join(" · ") || "—",
  },
];

export default function HandoffReportPage() {
  const { period, problem, get, setParam } = useReportParams();
  const query = { ...period, groupBy: get("groupBy") === "program" ? "program" : "owner" };
  const report = useReport<HandoffReport>("/reports/handoffs", query, problem === null);
  const data = report.data;
  const nameOf = (r: Row) => r.name ?? (query.groupBy === "program" ? "No program" : "—");

  return (
    <Stack gap="md">
      <ReportHeader
        page="/reports/handoffs"
        path="/reports/handoffs"
        query={query}
        disabled={problem !== null}
        testId="handoffs"
      />
      <ReportFilters period={period} problem={problem} setParam={setParam} testId="handoffs">
        <GroupByFilter
          label="Per"
          value={query.groupBy}
          options={[
            { value: "owner", label: "Owner" },
            { value: "program", label: "Program" },
          ]}
          defaultValue="owner"
          name="groupBy"
          setParam={setParam}
          testId="handoffs-group-by"
        />
      </ReportFilters>
      <ReportStatus query={report} waiting={problem === null} title="Could not compute the hand-offs" />
      {data && (
        <>
          <Text size="sm" c="dimmed" data-testid="handoffs-period">
            Hand-offs {formatDay(data.from)} – {formatDay(data.to)}
          </Text>
          <HandoffChart rows={data.rows} nameOf={nameOf} />
          <ReportTable
            rows={data.rows}
            name={{ label: query.groupBy === "program" ? "Program" : "Owner", value: nameOf, render: nameOf }}
            columns={COLUMNS}
            total={{ key: null, name: null, ...data.total }}
            rowKey={(r) => r.key ?? "none"}
            rowAttributes={(r) => ({ "data-key": r.key ?? "none" })}
            initialSort={{ key: "handoffs", direction: "desc" }}
            minWidth={1000}
            testId="handoffs"
          />
          <Definitions definitions={data.definitions} testId="handoffs" />
        </>
      )}
    </Stack>
  );
}
