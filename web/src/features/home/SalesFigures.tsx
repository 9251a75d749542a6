// Sales' morning: the open pipeline, the conversion of the period (win rate, hand-offs accepted)
// and the quarter's quota attainment. A rep sees their own; an admin sees the team's. Each figure
// links to the page it comes from, for the same period and owner.

import { SimpleGrid } from "@mantine/core";
import { FigureCard } from "../../shared/FigureCard.tsx";
import { formatMoney, formatPercent } from "../programs/money.ts";
import { formatCount, formatDay } from "../programs/program-format.ts";
import { type Period, quarterOf, reportHref } from "../reports/report-params.ts";
import { type SalesConversion, useSalesConversion } from "../reports/report-queries.ts";
import { HomeSection } from "./HomeSection.tsx";
import { useOpenDeals } from "./my-pipeline.ts";

/** The rep's own row; with no rep (the team), the team's line. */
const rowOf = (report: SalesConversion, ownerId: string | null) =>
  (ownerId ? report.rows.find((r) => r.userId === ownerId) : undefined) ?? report.team;

export function SalesFigures({ period, ownerId }: { period: Period; ownerId: string | null }) {
  const quarter = quarterOf();
  const owner = { ownerId };
  const conversion = useSalesConversion({ ...period, ...owner });
  const quota = useSalesConversion({ ...quarter, ...owner });
  const pipeline = useOpenDeals(ownerId);
  const mine = ownerId !== null;
  const salesReport = reportHref("/reports/sales", period, owner);
  const quotaReport = reportHref("/reports/sales", quarter, owner);
  const pipelineHref = `/pipeline?${new URLSearchParams({
    ...(pipeline.data?.defaultPipelineId ? { pipelineId: pipeline.data.defaultPipelineId } : {}),
    ...(ownerId ? { ownerId } : {}),
  })}`;
  const row = conversion.data && rowOf(conversion.data, ownerId);
  const quotaRow = quota.data && rowOf(quota.data, ownerId);
  const open = pipeline.data;
  const anyError = conversion.error ?? quota.error ?? pipeline.error;

  return (
    <HomeSection
      title={mine ? "My sales" : "Sales team"}
      query={{ error: anyError, isPending: !row || !quotaRow || !open }}
      testId="home-sales"
    >
      {row && quotaRow && open && conversion.data && quota.data && (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <FigureCard
            label={mine ? "My open deals" : "Open deals"}
            value={formatCount(open.count)}
            to={pipelineHref}
            testId="home-open-deals"
            hint={
              open.totals.length === 0
                ? "No open deal — open one from a contact"
                : open.totals.map((t) => formatMoney(t.amountMinor, t.currency)).join(" · ")
            }
          />
          <FigureCard
            label="Win rate"
            value={formatPercent(row.winRate)}
            to={salesReport}
            testId="home-win-rate"
            hint={`${formatCount(row.won)} won · ${formatCount(row.lost)} lost in the period`}
          />
          <FigureCard
            label="Hand-offs accepted"
            value={`${formatCount(row.handoffsAccepted)} of ${formatCount(row.handoffsReceived)}`}
            to={salesReport}
            testId="home-handoffs-accepted"
            hint={`${formatPercent(row.acceptanceRate)} accepted in the period`}
          />
          <FigureCard
            label="Quota this quarter"
            value={formatPercent(quotaRow.quotaAttainment)}
            to={quotaReport}
            testId="home-quota"
            hint={
              quotaRow.quotaTargetMinor === 0
                ? `No quota for ${formatDay(quarter.from)} – ${formatDay(quarter.to)}`
                : `${formatMoney(quotaRow.quotaWonMinor, quota.data.currency)} of ${formatMoney(quotaRow.quotaTargetMinor, quota.data.currency)}`
            }
          />
        </SimpleGrid>
      )}
    </HomeSection>
  );
}
