// Marketing's morning: the period's leads and cost per lead, and the programs that made leads
// cheapest and dearest — all from the program scorecard, each linking to it for the same period.

import { Anchor, SimpleGrid } from "@mantine/core";
import { Link } from "react-router";
import { FigureCard } from "../../shared/FigureCard.tsx";
import { formatMoney } from "../programs/money.ts";
import { formatCount } from "../programs/program-format.ts";
import { type Period, reportHref } from "../reports/report-params.ts";
import { type Scorecard, useScorecard } from "../reports/scorecard-queries.ts";
import { cheapestAndDearest } from "./cost-per-lead.ts";
import { HomeSection } from "./HomeSection.tsx";

type Row = Scorecard["rows"][number];

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
  const { best, worst, ranked } = cheapestAndDearest(data?.rows ?? []);
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
            hint={
              data.totals.costMinor === null
                ? "No cost entered in the period — enter the programs' cost lines"
                : `${formatMoney(data.totals.costMinor, data.currency)} spent`
            }
          />
          <FigureCard
            label="Cheapest leads"
            value={best ? formatMoney(best.costPerLeadMinor, data.currency) : "—"}
            to={scorecard}
            testId="home-best-program"
            hint={
              best
                ? program(best)
                : ranked.length === 0
                  ? "No program made a lead in this period"
                  : "Every program's leads cost the same"
            }
          />
          <FigureCard
            label="Dearest leads"
            value={worst ? formatMoney(worst.costPerLeadMinor, data.currency) : "—"}
            to={scorecard}
            testId="home-worst-program"
            hint={worst ? program(worst) : "Needs two programs whose leads cost differently"}
          />
        </SimpleGrid>
      )}
    </HomeSection>
  );
}
