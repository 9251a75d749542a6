// Computes and stores won deals' credits (domain/attribution.ts) inside the caller's transaction:
// when a deal is won, reopened or repriced while won, and for every won deal when the settings
// change. A deal that is not won ends with no credits.
import { attributeDeal } from "../../domain/attribution.ts";
import type { Executor } from "../../store/db.ts";
import {
  type CreditRow,
  loadAttributionSettings,
  replaceCredits,
  wonDealJourneys,
} from "../../store/queries/attribution.ts";

/** Deals per round of a recompute: their journeys are read and their credits written together. */
const BATCH = 1000;

export async function attributeDeals(
  tx: Executor,
  workspaceId: string,
  dealIds: readonly string[],
  options: { cleared?: boolean } = {},
): Promise<void> {
  const settings = await loadAttributionSettings(tx, workspaceId);
  for (let i = 0; i < dealIds.length; i += BATCH) {
    const ids = dealIds.slice(i, i + BATCH);
    const rows: CreditRow[] = [];
    for (const deal of await wonDealJourneys(tx, workspaceId, ids, settings.buyingGroup)) {
      const programOf = new Map(deal.touches.map((t) => [t.id, t.programId]));
      const credits = attributeDeal(
        {
          touches: deal.touches.map((t) => ({ id: t.id, at: t.at.getTime() })),
          leadTouchId: deal.leadTouchId,
          openedAt: deal.openedAt.getTime(),
          wonAt: deal.wonAt.getTime(),
          amountMinor: deal.amountMinor,
        },
        settings,
      );
      for (const c of credits) {
        rows.push({
          deal_id: deal.id,
          touchpoint_id: c.touchpointId,
          program_id: programOf.get(c.touchpointId) ?? null,
          roles: c.roles,
          currency: deal.currency,
          won_at: deal.wonAt.toISOString(),
          credits: c.credits,
        });
      }
    }
    await replaceCredits(tx, workspaceId, ids, rows, options.cleared);
  }
}
