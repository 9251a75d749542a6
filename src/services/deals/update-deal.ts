import { and, eq } from "drizzle-orm";
import { AppError, notFound } from "../../domain/errors.ts";
import { existingIds } from "../../store/queries/ingest.ts";
import { deals, tasks } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { DEAL_WRITERS } from "./create-deal.ts";
import type { UpdateDealInput } from "./deal-schemas.ts";
import { type DealView, readDeal } from "./deal-view.ts";

/** Changes a deal's name, owner, amount or expected close; stages move through moveDeal. */
export async function updateDeal(
  deps: Deps,
  actor: Actor,
  input: { id: string; changes: UpdateDealInput },
): Promise<DealView> {
  authorize(actor, DEAL_WRITERS, "update deals");
  return inTransaction(deps.db, async (tx) => {
    const { ownerId } = input.changes;
    if (ownerId && !(await existingIds(tx, "users", actor.workspaceId, [ownerId])).has(ownerId)) {
      throw new AppError("unknown_reference", `User ${ownerId} was not found.`);
    }
    const updated = await tx
      .update(deals)
      .set({ ...input.changes, updatedAt: deps.now() })
      .where(and(eq(deals.workspaceId, actor.workspaceId), eq(deals.id, input.id)))
      .returning({ id: deals.id });
    if (updated.length === 0) throw notFound("Deal", input.id);
    return readDeal(tx, actor.workspaceId, input.id);
  });
}

export async function getDeal(deps: Deps, actor: Actor, id: string): Promise<DealView> {
  authorize(actor, STAFF, "read deals");
  return readDeal(deps.db, actor.workspaceId, id);
}

export async function deleteDeal(deps: Deps, actor: Actor, id: string): Promise<void> {
  authorize(actor, ["admin"], "delete deals");
  await inTransaction(deps.db, async (tx) => {
    // Its tasks stay with the contact.
    await tx
      .update(tasks)
      .set({ dealId: null })
      .where(and(eq(tasks.workspaceId, actor.workspaceId), eq(tasks.dealId, id)));
    const deleted = await tx
      .delete(deals)
      .where(and(eq(deals.workspaceId, actor.workspaceId), eq(deals.id, id)))
      .returning({ id: deals.id });
    if (deleted.length === 0) throw notFound("Deal", id);
  });
}
