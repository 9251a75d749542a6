// Source effectiveness (product.md §4, the feedback loop): per program or channel, how its leads
// became customers and revenue, each with its 95 % interval.
import { EFFECTIVENESS_DEFINITIONS, effectivenessFigures } from "../../domain/source-effectiveness.ts";
import { effectivenessCounts } from "../../store/queries/reports/effectiveness.ts";
import { mainProgramCurrency, scorecardPrograms } from "../../store/queries/reports/scorecard.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { resolvePeriod } from "./period.ts";
import type { EffectivenessQuery } from "./report-schemas.ts";

export async function sourceEffectiveness(deps: Deps, actor: Actor, query: EffectivenessQuery) {
  authorize(actor, STAFF, "read reports");
  const period = resolvePeriod(deps, query);
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
  const byId = new Map(programs.map((p) => [p.id, p]));
  const all = counts.get("total");
  const fallbackMean =
    all && all.revenues.length > 0 ? all.revenues.reduce((s, v) => s + v, 0) / all.revenues.length : null;
  const rows = [...counts]
    .filter(([key]) => key !== "total")
    .map(([key, c]) => {
      const program = query.groupBy === "program" && key ? byId.get(key) : undefined;
      return {
        programId: query.groupBy === "program" ? key : null,
        programName: program?.name ?? null,
        channel: query.groupBy === "channel" ? key : (program?.channel ?? null),
        ...effectivenessFigures(c, fallbackMean),
      };
    })
    // Most leads first: the sources whose figures are surest lead the page.
    .sort(
      (a, b) =>
        b.leads - a.leads ||
        (a.programName ?? a.channel ?? "").localeCompare(b.programName ?? b.channel ?? ""),
    );
  const total = counts.get("total") ?? {
    leads: 0,
    customers: 0,
    revenues: [],
    medianSecondsToClose: null,
    costMinor: null,
  };
  return {
    report: "source-effectiveness" as const,
    title: "Source effectiveness",
    ...period,
    currency,
    groupBy: query.groupBy,
    definitions: [...EFFECTIVENESS_DEFINITIONS],
    rows,
    totals: {
      programId: null,
      programName: null,
      channel: null,
      ...effectivenessFigures(total, fallbackMean),
    },
  };
}
export type SourceEffectiveness = Awaited<ReturnType<typeof sourceEffectiveness>>;
