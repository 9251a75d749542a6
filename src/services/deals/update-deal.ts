import { and, count, eq } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import type { Executor } from "../../store/db.ts";
import { dealLineItems, deals, tasks } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { attributeDeals } from "../attribution/attribute-deals.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { loadAssignee, refuseDeactivated } from "../users/assignee.ts";
import { DEAL_SELLERS, loadVisibleDeal } from "./deal-access.ts";
import { type DealDetail, readDealDetail } from "./deal-detail.ts";
import type { UpdateDealInput } from "./deal-schemas.ts";

/** Changes a deal's name, owner, amount or expected close; stages move through moveDeal. */
export async function updateDeal(
  deps: Deps,
  actor: Actor,
  input: { id: string; changes: UpdateDealInput },
): Promise<DealDetail> {
  authorize(actor, DEAL_SELLERS, "update deals");
  return inTransaction(deps.db, async (tx) => {
    const deal = await loadVisibleDeal(tx, actor, input.id, { lock: true });
    const { ownerId, amountMinor, currency } = input.changes;
    if (ownerId && ownerId !== deal.ownerId) {
      if (deal.closedAt)
        throw new AppError("conflict", "This deal is closed; reopen it before changing its owner.");
      await checkOwner(tx, actor, ownerId, deal.partnerId);
    }
    const priced =
      (amountMinor !== undefined && amountMinor !== deal.amountMinor) ||
      (currency !== undefined && currency !== deal.currency);
    if (priced) {
      const [{ n }] = (await tx
        .select({ n: count() })
        .from(dealLineItems)
        .where(and(eq(dealLineItems.workspaceId, actor.workspaceId), eq(dealLineItems.dealId, deal.id)))) as [
        { n: number },
      ];
      if (n > 0) {
        throw new AppError(
          "conflict",
          "This deal's amount and currency come from its line items; change the line items instead.",
        );
      }
    }
    await tx
      .update(deals)
      .set({ ...input.changes, updatedAt: deps.now() })
      .where(and(eq(deals.workspaceId, actor.workspaceId), eq(deals.id, input.id)));
    // A won deal repriced: its credits are shares of the new amount.
    if (priced && deal.closedAt) await attributeDeals(tx, actor.workspaceId, [deal.id]);
    return readDealDetail(tx, actor, input.id);
  });
}

/**
 * A deal's owner is an active user of the workspace who may see it: staff, or a partner user of
 * the deal's own partner. A partner user names only its own people (others are "not found").
 */
export async function checkOwner(tx: Executor, actor: Actor, ownerId: string, dealPartnerId: string | null) {
  const owner = await loadAssignee(tx, actor.workspaceId, ownerId);
  if (!owner || (actor.role === "partner" && owner.partnerId !== actor.partnerId)) {
    throw new AppError("unknown_reference", `User ${ownerId} was not found.`);
  }
  if (owner.partnerId && owner.partnerId !== dealPartnerId) {
    throw new AppError("validation_failed", "A partner user may own only their own organisation's deals.");
  }
  refuseDeactivated(owner);
}

export async function getDeal(deps: Deps, actor: Actor, id: string): Promise<DealDetail> {
  authorize(actor, ["admin", "marketing", "sales", "partner"], "read deals");
  return readDealDetail(deps.db, actor, id);
}

export async function deleteDeal(deps: Deps, actor: Actor, id: string): Promise<void> {
  authorize(actor, ["admin"], "delete deals");
  await inTransaction(deps.db, async (tx) => {
    const deal = await loadVisibleDeal(tx, actor, id, { lock: true });
    // Its tasks stay with the contact.
    await tx
      .update(tasks)
      .set({ dealId: null })
      .where(and(eq(tasks.workspaceId, actor.workspaceId), eq(tasks.dealId, deal.id)));
    await tx.delete(deals).where(and(eq(deals.workspaceId, actor.workspaceId), eq(deals.id, deal.id)));
  });
}
