import { and, eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { AppError } from "../../domain/errors.ts";
import { contacts, dealStageHistory, deals } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { visibleContacts } from "../contacts/contact-access.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { dealOpened } from "../lifecycle/deal-events.ts";
import { DEAL_SELLERS } from "./deal-access.ts";
import type { CreateDealInput } from "./deal-schemas.ts";
import { type DealView, readDeal } from "./deal-view.ts";
import { ensureSalesDefaults, loadPipeline } from "./pipelines.ts";
import { checkOwner } from "./update-deal.ts";

/**
 * Opens a deal for a contact (and its company) in a pipeline's first open stage unless told.
 * A partner user registers deals for the contacts its organisation registered; a deal for a
 * partner's contact belongs to that partner too, whoever opens it, so the partner keeps seeing it.
 */
export async function createDeal(deps: Deps, actor: Actor, input: CreateDealInput): Promise<DealView> {
  authorize(actor, DEAL_SELLERS, "open deals");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const pipelineId = input.pipelineId ?? (await ensureSalesDefaults(tx, actor.workspaceId)).id;
    // Shared lock: a concurrent stage edit waits for this deal, or this deal sees the edit.
    const pipeline = await loadPipeline(tx, actor.workspaceId, pipelineId, { lock: "share" }).catch(() => {
      throw new AppError("unknown_reference", `Pipeline ${input.pipelineId} was not found.`);
    });
    const stage = input.stage ?? pipeline.stages.find((s) => s.outcome === "open")!.key;
    const target = pipeline.stages.find((s) => s.key === stage);
    if (!target)
      throw new AppError("validation_failed", `"${stage}" is not a stage of the pipeline ${pipeline.name}.`);
    if (target.outcome !== "open") {
      throw new AppError(
        "validation_failed",
        "A new deal starts in an open stage; move it to won or lost afterwards.",
      );
    }
    const [contact] = await tx
      .select({ companyId: contacts.companyId, partnerId: contacts.partnerId })
      .from(contacts)
      .where(and(visibleContacts(actor), eq(contacts.id, input.contactId)));
    if (!contact) throw new AppError("unknown_reference", `Contact ${input.contactId} was not found.`);
    const ownerId = input.ownerId ?? actor.userId;
    if (ownerId !== actor.userId) await checkOwner(tx, actor, ownerId, contact.partnerId);
    const id = uuidv7();
    await tx.insert(deals).values({
      workspaceId: actor.workspaceId,
      id,
      name: input.name,
      contactId: input.contactId,
      companyId: contact.companyId,
      ownerId,
      pipelineId: pipeline.id,
      stage,
      amountMinor: input.amountMinor,
      currency: input.currency,
      expectedCloseOn: input.expectedCloseOn ?? null,
      partnerId: contact.partnerId,
      createdAt: now,
      updatedAt: now,
    });
    await tx.insert(dealStageHistory).values({
      workspaceId: actor.workspaceId,
      dealId: id,
      fromStage: null,
      toStage: stage,
      changedAt: now,
      userId: actor.userId,
    });
    // The contact is sales-owned from now on, by the deal's owner (a partner's for its own deals).
    await dealOpened(tx, {
      workspaceId: actor.workspaceId,
      contactId: input.contactId,
      dealId: id,
      dealName: input.name,
      ownerId,
      userId: actor.userId,
      now,
    });
    return readDeal(tx, actor.workspaceId, id);
  });
}
