// /reports/price-deviation: the price-deviation report (issue 10, item 8) — per owner, sales
// channel or partner, what the deals won in the period gave away against their price books, the
// approvals asked for and how fast they were decided, and any deal won outside the policy.

import { Alert, Anchor, List, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { describeDeviation, formatBp } from "../deal/pricing-format.ts";
import { formatMoney } from "../programs/money.ts";
import { formatCount, formatDay } from "../programs/program-format.ts";
import { CurrencyFilter } from "./CurrencyFilter.tsx";
import { Definitions } from "./Definitions.tsx";
import { GroupByFilter, ReportFilters } from "./FilterSelect.tsx";
import { PriceDeviationChart } from "./PriceDeviationChart.tsx";
import {
  APPROVAL_COLUMNS,
  GROUP_LABEL,
  givenAwayColumns,
  type PriceDeviationGroup,
  type PriceDeviationReport,
  type PriceDeviationRow,
  rowName,
} from "./price-deviation-columns.ts";
import { ReportHeader } from "./ReportHeader.tsx";
import { ReportStatus } from "./ReportStatus.tsx";
import { ReportTable } from "./ReportTable.tsx";
import { useReportParams } from "./report-params.ts";
import { useReport } from "./report-queries.ts";

const GROUPS: PriceDeviationGroup[] = ["owner", "channel", "partner"];

export default function PriceDeviationPage() {
  const { period, problem, get, setParam } = useReportParams();
  const groupParam = get("groupBy");
  const groupBy = GROUPS.find((g) => g === groupParam) ?? "owner";
  const query = { ...period, groupBy, currency: get("currency") };
  const report = useReport<PriceDeviationReport>("/reports/price-deviation", query, problem === null);
  const data = report.data;
  const name = (r: PriceDeviationRow) => rowName(r, groupBy);
  const table = {
    rows: data?.rows ?? [],
    name: { label: GROUP_LABEL[groupBy], value: name, render: name },
    total: data ? { key: null, name: null, ...data.total } : undefined,
    rowKey: (r: PriceDeviationRow) => r.key ?? "none",
    rowAttributes: (r: PriceDeviationRow) => ({ "data-key": r.key ?? "none" }),
  };

  return (
    <Stack gap="md">
      <ReportHeader
        page="/reports/price-deviation"
        path="/reports/price-deviation"
        query={query}
        disabled={problem !== null}
        testId="price-deviation"
      />
      <ReportFilters period={period} problem={problem} setParam={setParam} testId="price-deviation">
        <GroupByFilter
          label="Per"
          value={groupBy}
          options={GROUPS.map((g) => ({ value: g, label: GROUP_LABEL[g] }))}
          defaultValue="owner"
          name="groupBy"
          setParam={setParam}
          testId="price-deviation-group-by"
        />
        <CurrencyFilter
          value={query.currency}
          current={data?.currency}
          description="Deals in this currency"
          onChange={(value) => setParam("currency", value)}
          testId="price-deviation-currency"
        />
      </ReportFilters>
      <ReportStatus
        query={report}
        waiting={problem === null}
        title="Could not compute the price deviations"
      />
      {data && (
        <>
          <Text size="sm" c="dimmed" data-testid="price-deviation-period">
            Deals won {formatDay(data.from)} – {formatDay(data.to)} · amounts in {data.currency} ·{" "}
            {policyInWords(data.policy)}
          </Text>
          <OutsidePolicy report={data} />
          <PriceDeviationChart report={data} />
          <Title order={4}>What the won deals gave away</Title>
          <ReportTable
            {...table}
            columns={givenAwayColumns(data.currency)}
            initialSort={{ key: "givenAwayMinor", direction: "desc" }}
            minWidth={1100}
            testId="price-deviation"
          />
          <Title order={4}>Approvals asked for in the period</Title>
          <ReportTable
            {...table}
            columns={APPROVAL_COLUMNS}
            initialSort={{ key: "requested", direction: "desc" }}
            minWidth={900}
            testId="price-approvals"
          />
          <Definitions definitions={data.definitions} testId="price-deviation" />
        </>
      )}
    </Stack>
  );
}

/** Today's policy in one line, so "outside policy" can be read against it. */
function policyInWords(policy: PriceDeviationReport["policy"]): string {
  const byRole = Object.entries(policy.maxDiscountBpByRole).map(([role, bp]) => `${role} ${formatBp(bp)}`);
  const byChannel = Object.entries(policy.maxDiscountBpByChannel).map(([ch, bp]) => `${ch} ${formatBp(bp)}`);
  const limits = [...byRole, ...byChannel];
  return `today's policy: up to ${formatBp(policy.defaultMaxDiscountBp)} off${
    limits.length > 0 ? ` (${limits.join(", ")}; the stricter applies)` : ""
  }, give-aways ${policy.giveawaysAllowed ? "allowed" : "need an approval"}`;
}

function OutsidePolicy({ report }: { report: PriceDeviationReport }) {
  const count = report.total.outsidePolicy;
  if (count === 0) {
    return (
      <Alert color="teal" variant="light" data-testid="price-deviation-outside-none">
        No deal won in this period is outside the policy: each kept to it or had an approval for its exact
        lines.
      </Alert>
    );
  }
  const listed = report.outsidePolicyDeals;
  return (
    <Alert
      color="red"
      variant="light"
      title={`${formatCount(count)} ${count === 1 ? "deal" : "deals"} won outside today's policy with no approval`}
      data-testid="price-deviation-outside"
    >
      <List size="sm" spacing={4}>
        {listed.map((d) => (
          <List.Item key={d.dealId} data-testid="price-deviation-outside-deal" data-deal={d.dealId}>
            <Anchor component={Link} to={`/deals/${encodeURIComponent(d.dealId)}`} fw={600}>
              {d.name}
            </Anchor>{" "}
            — {d.ownerName ?? "unknown owner"}, won {formatDay(d.closedAt.slice(0, 10))},{" "}
            {formatMoney(d.amountMinor, report.currency)}:{" "}
            {d.deviations.map((x) => describeDeviation(x, [])).join("; ")}
          </List.Item>
        ))}
      </List>
      {listed.length < count && (
        <Text size="sm" mt={4}>
          The first {formatCount(listed.length)} are listed.
        </Text>
      )}
    </Alert>
  );
}
