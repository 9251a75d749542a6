// The attribution report (product.md §4): per program or channel, the revenue of the deals won in
// the period credited under each model side by side, and what no touch earned.
import {
  ATTRIBUTION_DEFINITIONS,
  ATTRIBUTION_MODELS,
  type AttributionModel,
} from "../../domain/attribution.ts";
import { attributionSums } from "../../store/queries/attribution.ts";
import { mainProgramCurrency, scorecardPrograms } from "../../store/queries/reports/scorecard.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { resolvePeriod } from "./period.ts";
import type { AttributionQuery } from "./report-schemas.ts";

export type AttributionRow = {
  programId: string | null;
  programName: string | null;
  channel: string | null;
  deals: number;
} & Record<AttributionModel, number>;

export async function attributionReport(deps: Deps, actor: Actor, query: AttributionQuery) {
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
  const [sums, programs] = await Promise.all([
    attributionSums(deps.db, filter),
    scorecardPrograms(deps.db, filter),
  ]);
  const nameOf = new Map(programs.map((p) => [p.id, p]));
  const rows: AttributionRow[] = sums.groups
    .map((g) => {
      const program = query.groupBy === "program" && g.key ? nameOf.get(g.key) : undefined;
      return {
        programId: query.groupBy === "program" ? g.key : null,
        programName: program?.name ?? null,
        channel: query.groupBy === "channel" ? g.key : (program?.channel ?? null),
        deals: g.deals,
        ...g.credits,
      };
    })
    // Programs and channels by name, then the touches no program made.
    .sort((a, b) =>
      (a.programName ?? a.channel ?? "\uffff").localeCompare(b.programName ?? b.channel ?? "\uffff"),
    );
  const credited = Object.fromEntries(
    ATTRIBUTION_MODELS.map((m) => [m, rows.reduce((s, r) => s + r[m], 0)]),
  ) as Record<AttributionModel, number>;
  return {
    report: "attribution" as const,
    title: "Attribution",
    ...period,
    currency,
    groupBy: query.groupBy,
    models: [...ATTRIBUTION_MODELS],
    definitions: [...ATTRIBUTION_DEFINITIONS],
    rows,
    wonDeals: sums.wonDeals,
    revenueMinor: sums.revenueMinor,
    credited,
    // With a channel filter, other channels' credits are not here, so nothing is "unattributed".
    unattributed: query.channel
      ? null
      : (Object.fromEntries(ATTRIBUTION_MODELS.map((m) => [m, sums.revenueMinor - credited[m]])) as Record<
          AttributionModel,
          number
        >),
  };
}
export type AttributionReport = Awaited<ReturnType<typeof attributionReport>>;
