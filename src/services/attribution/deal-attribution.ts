// One won deal's credits, touch by touch under every model: what a user opens from the deal to
// see why each program got what it got.
import { ATTRIBUTION_DEFINITIONS, ATTRIBUTION_MODELS } from "../../domain/attribution.ts";
import { dealCredits } from "../../store/queries/attribution.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { loadVisibleDeal } from "../deals/deal-access.ts";

export async function dealAttribution(deps: Deps, actor: Actor, dealId: string) {
  authorize(actor, STAFF, "read attribution");
  const deal = await loadVisibleDeal(deps.db, actor, dealId);
  const touches = await dealCredits(deps.db, actor.workspaceId, deal.id);
  const totals = Object.fromEntries(
    ATTRIBUTION_MODELS.map((m) => [m, touches.reduce((s, t) => s + t.credits[m], 0)]),
  );
  return {
    dealId: deal.id,
    amountMinor: deal.amountMinor,
    currency: deal.currency,
    won: touches.length > 0 || deal.closedAt !== null,
    models: [...ATTRIBUTION_MODELS],
    definitions: [...ATTRIBUTION_DEFINITIONS],
    touches,
    totals,
  };
}
