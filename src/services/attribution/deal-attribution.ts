// One won deal's credits, touch by touch under every model: what a user opens from the deal to
// see why each program got what it got.
import { ATTRIBUTION_DEFINITIONS, ATTRIBUTION_MODELS } from "../../domain/attribution.ts";
import { dealCredits } from "../../store/queries/attribution.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { loadVisibleDeal } from "../deals/deal-access.ts";
import { loadPipeline } from "../deals/pipelines.ts";

export async function dealAttribution(deps: Deps, actor: Actor, dealId: string) {
  authorize(actor, STAFF, "read attribution");
  const deal = await loadVisibleDeal(deps.db, actor, dealId);
  const touches = await dealCredits(deps.db, actor.workspaceId, deal.id);
  const pipeline = await loadPipeline(deps.db, actor.workspaceId, deal.pipelineId);
  const won = pipeline.stages.find((s) => s.key === deal.stage)?.outcome === "won";
  const totals = Object.fromEntries(
    ATTRIBUTION_MODELS.map((m) => [m, touches.reduce((s, t) => s + t.credits[m], 0)]),
  );
  return {
    dealId: deal.id,
    amountMinor: deal.amountMinor,
    currency: deal.currency,
    won,
    models: [...ATTRIBUTION_MODELS],
    definitions: [...ATTRIBUTION_DEFINITIONS],
    touches,
    totals,
  };
}
