// The workspace's attribution settings: reading them, and changing them — which recomputes every
// won deal's credits in the same transaction, so the reports never mix two settings.
import {
  clearCredits,
  loadAttributionSettings,
  saveAttributionSettings,
  wonDealIds,
} from "../../store/queries/attribution.ts";
import { inTransaction } from "../../store/transaction.ts";
import { recordSettingsChange } from "../audit/record-audit.ts";
import { type Actor, authorize, type Deps, SETTINGS_EDITORS, STAFF } from "../context.ts";
import { attributeDeals } from "./attribute-deals.ts";
import type { AttributionSettingsInput } from "./attribution-schemas.ts";

export async function getAttributionSettings(deps: Deps, actor: Actor) {
  authorize(actor, STAFF, "read attribution settings");
  return loadAttributionSettings(deps.db, actor.workspaceId);
}

export async function updateAttributionSettings(deps: Deps, actor: Actor, input: AttributionSettingsInput) {
  authorize(actor, SETTINGS_EDITORS, "change attribution settings");
  return inTransaction(deps.db, async (tx) => {
    const before = await loadAttributionSettings(tx, actor.workspaceId);
    await saveAttributionSettings(tx, actor.workspaceId, input, deps.now());
    await recordSettingsChange(tx, actor, { area: "attribution", before, after: input }, deps.now());
    // Every credit goes, then every won deal's come back: one delete instead of one per batch.
    await clearCredits(tx, actor.workspaceId);
    const ids = await wonDealIds(tx, actor.workspaceId);
    await attributeDeals(tx, actor.workspaceId, ids, { cleared: true });
    return { ...input, recomputedDeals: ids.length };
  });
}
