// The funnel (product.md §4): cohorts of leads by month, how far each got, how long each stage
// took, and the deal pipeline's stages as the sub-steps after "in sales".
import { dealStageReach, FUNNEL_DEFINITIONS, funnelConversions } from "../../domain/funnel.ts";
import { funnelCohorts, funnelDeals, funnelStageTimes } from "../../store/queries/reports/funnel.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { resolvePeriod } from "./period.ts";
import type { FunnelQuery } from "./report-schemas.ts";

export async function funnelReport(deps: Deps, actor: Actor, query: FunnelQuery) {
  authorize(actor, STAFF, "read reports");
  const period = resolvePeriod(deps, query);
  const filter = {
    workspaceId: actor.workspaceId,
    ...period,
    ...(query.programId ? { programId: query.programId } : {}),
    ...(query.channel ? { channel: query.channel } : {}),
    ...(query.ownerId ? { ownerId: query.ownerId } : {}),
  };
  const [cohorts, times, deals] = await Promise.all([
    funnelCohorts(deps.db, filter),
    funnelStageTimes(deps.db, filter),
    funnelDeals(deps.db, filter),
  ]);
  const total = cohorts.find((c) => c.month === null) ?? {
    month: null,
    leads: 0,
    salesReady: 0,
    accepted: 0,
    won: 0,
  };
  return {
    report: "funnel" as const,
    title: "Funnel",
    ...period,
    definitions: [...FUNNEL_DEFINITIONS],
    cohorts: cohorts
      .filter((c) => c.month !== null)
      .map((c) => ({ month: c.month as string, ...counts(c), ...funnelConversions(c) })),
    total: { ...counts(total), ...funnelConversions(total) },
    timeInStage: times,
    dealStages: deals.pipeline
      ? {
          pipelineId: deals.pipeline.id,
          pipelineName: deals.pipeline.name,
          deals: deals.deals.length,
          stages: dealStageReach(deals.pipeline.stages, deals.deals),
        }
      : null,
  };
}
export type FunnelReport = Awaited<ReturnType<typeof funnelReport>>;

const counts = (c: { leads: number; salesReady: number; accepted: number; won: number }) => ({
  leads: c.leads,
  salesReady: c.salesReady,
  accepted: c.accepted,
  won: c.won,
});
