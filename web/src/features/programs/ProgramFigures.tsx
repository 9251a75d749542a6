// A program's headline figures as cards: budget, cost to date and how much of the budget it
// used, leads, customers and cost per lead.

import { Progress, SimpleGrid } from "@mantine/core";
import { FigureCard as Figure } from "../../shared/FigureCard.tsx";
import { formatMoney, formatPercent } from "./money.ts";
import { formatCount, NO_COST_ENTERED } from "./program-format.ts";
import type { Program } from "./program-queries.ts";

export function ProgramFigures({ program }: { program: Program }) {
  const { budgetMinor, costToDateMinor, currency } = program;
  // No cost line up to today is no cost entered: its figures are blank, never a cost of 0.
  const noCost = costToDateMinor === null ? `${NO_COST_ENTERED} yet` : undefined;
  const used = budgetMinor && costToDateMinor !== null ? costToDateMinor / budgetMinor : null;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
      <Figure label="Budget" value={formatMoney(budgetMinor, currency)} testId="figure-budget" />
      <Figure
        label="Cost to date"
        value={formatMoney(costToDateMinor, currency)}
        testId="figure-cost"
        title={noCost}
        hint={noCost}
      />
      <Figure
        label="Budget used"
        value={formatPercent(used)}
        testId="figure-budget-used"
        hint={budgetMinor ? noCost : "No budget set"}
      >
        {used !== null && (
          <Progress
            mt={6}
            size="sm"
            value={Math.min(100, used * 100)}
            color={used > 1 ? "red" : used > 0.9 ? "orange" : "indigo"}
            aria-label="Budget used"
          />
        )}
      </Figure>
      <Figure label="Leads" value={formatCount(program.leads)} testId="figure-leads" />
      <Figure label="Customers" value={formatCount(program.customers)} testId="figure-customers" />
      <Figure
        label="Cost per lead"
        value={formatMoney(program.costPerLeadMinor, currency)}
        testId="figure-cost-per-lead"
        title={noCost}
        hint={noCost ?? (program.leads === 0 ? "No leads yet" : undefined)}
      />
    </SimpleGrid>
  );
}
