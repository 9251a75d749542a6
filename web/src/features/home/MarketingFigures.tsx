// Marketing's morning: the period's leads and cost per lead, and the programs that made leads
// cheapest and dearest — all from the program scorecard, each linking to it for the same period.

import { Anchor, SimpleGrid } from "@mantine/core";
import { Link } from "react-router";
import { FigureCard } from "../../shared/FigureCard.tsx";
import { formatMoney } from "../programs/money.ts";
import { formatCount } from "../programs/program-format.ts";
import { type Period, reportHref } from "../reports/report-params.ts";
import { type Scorecard, useScorecard } from "../reports/scorecard-queries.ts";
import { HomeSection } from "./HomeSection.tsx";

type Row = Scorecard["rows"][number];

/** The programs with at least one lead, cheapest per lead first (ties by name). */
export function byCostPerLead(rows: readonly Row[]): Row[] {
  return rows
    .filter((r) => r.programId !== null && r.leads > 0 && r.costPerLeadMinor !== null)
    .sort(
      (a, b) =>
        (a.costPerLeadMinor ?? 0) - (b.costPerLeadMinor ?? 0) ||
        (a.programName ?? "").localeCompare(b.programName ?? ""),
    );
}

export function MarketingFigures({ period }: { period: Period }) {
  const report = useScorecard({
    ...period,
    groupBy: "program",
    channel: null,
    ownerId: null,
    currency: null,
  });
  const scorecard = reportHref("/reports/programs", period);
  const data = report.data;
  const ranked = data ? byCostPerLead(data.rows) : [];
  const best = ranked[0];
  const worst = ranked.length > 1 ? ranked[ranked.length - 1] : undefined;
  const program = (row: Row) => (
    <Anchor component={Link} to={reportHref(`/programs/${row.programId}`, period)} size="xs">
      {row.programName}
    </Anchor>
  );

  return (
    <HomeSection title="Marketing" query={report} testId="home-marketing">
      {data && (
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <FigureCard
            label="Leads"
            value={formatCount(data.totals.leads)}
            to={scorecard}
            testId="home-leads"
            hint={
              data.totals.leads === 0
                ? "No leads yet — check the programs' tracked links"
                : "Made in the period"
            }
          />
          <FigureCard
            label="Cost per lead"
            value={formatMoney(data.totals.costPerLeadMinor, data.currency)}
            to={scorecard}
            testId="home-cost-per-lead"
            hint={`${formatMoney(data.totals.costMinor, data.currency)} spent`}
          />
          <FigureCard
            label="Cheapest leads"
            value={best ? formatMoney(best.costPerLeadMinor, data.currency) : "—"}
            to={scorecard}
            testId="home-best-program"
            hint={best ? program(best) : "No program made a lead in this period"}
          />
          <FigureCard
            label="Dearest leads"
            value={worst ? formatMoney(worst.costPerLeadMinor, data.currency) : "—"}
            to={scorecard}
            testId="home-worst-program"
            hint={worst ? program(worst) : "Needs two programs with leads"}
          />
        </SimpleGrid>
      )}
    </HomeSection>
  );
}
