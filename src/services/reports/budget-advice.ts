// Budget advice (issue 10, item 3) over the sources' own record: per channel (or program), the
// leads they made in the period, the customers those became and the spend, into
// domain/budget-advice.ts. By default the last 12 whole months: budgets move on a year's evidence.
import { adviseBudget } from "../../domain/budget-advice.ts";
import { channelLabel } from "../../domain/catalogue.ts";
import { addMonths, monthOf } from "../../domain/months.ts";
import { utcDay } from "../../domain/programs.ts";
import { effectivenessCounts } from "../../store/queries/reports/effectiveness.ts";
import { mainProgramCurrency, scorecardPrograms } from "../../store/queries/reports/scorecard.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import type { BudgetAdviceQuery } from "./report-schemas.ts";

const minorPerMajor = (currency: string) =>
  10 **
  (new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2);

export async function budgetAdvice(deps: Deps, actor: Actor, query: BudgetAdviceQuery) {
  authorize(actor, STAFF, "read reports");
  const thisMonth = monthOf(deps.now());
  const period =
    query.from && query.to
      ? { from: query.from, to: query.to }
      : { from: addMonths(thisMonth, -12), to: utcDay(new Date(Date.parse(thisMonth) - 86_400_000)) };
  const currency = query.currency ?? (await mainProgramCurrency(deps.db, actor.workspaceId)) ?? "USD";
  const filter = {
    workspaceId: actor.workspaceId,
    ...period,
    currency,
    groupBy: query.groupBy,
    ...(query.channel ? { channel: query.channel } : {}),
  };
  const [counts, programs] = await Promise.all([
    effectivenessCounts(deps.db, filter),
    scorecardPrograms(deps.db, filter),
  ]);
  const names = new Map(programs.map((p) => [p.id, p.name]));
  const labelOf = (key: string) =>
    query.groupBy === "program" ? (names.get(key) ?? key) : channelLabel(key);
  const sources = [...counts]
    .filter((entry): entry is [string, (typeof entry)[1]] => entry[0] !== null && entry[0] !== "total")
    .map(([key, c]) => ({
      key,
      label: labelOf(key),
      leads: c.leads,
      customers: c.customers,
      costMinor: c.costMinor,
    }));
  return {
    report: "budget-advice" as const,
    title: "Budget advice",
    ...period,
    currency,
    groupBy: query.groupBy,
    ...adviseBudget(sources, minorPerMajor(currency), {
      currency,
      ...(query.moveFrom && query.moveTo ? { pair: { from: query.moveFrom, to: query.moveTo } } : {}),
    }),
  };
}
export type BudgetAdviceReport = Awaited<ReturnType<typeof budgetAdvice>>;
