import { and, eq } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { AppError } from "../../domain/errors.ts";
import { existingIds } from "../../store/queries/ingest.ts";
import { contacts, dealStageHistory, deals } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import type { CreateDealInput } from "./deal-schemas.ts";
import { type DealView, readDeal } from "./deal-view.ts";
import { ensureSalesDefaults, loadPipeline } from "./pipelines.ts";

export const DEAL_WRITERS = ["admin", "sales"] as const;

/** Opens a deal for a contact (and its company) in a pipeline's first open stage unless told. */
export async function createDeal(deps: Deps, actor: Actor, input: CreateDealInput): Promise<DealView> {
  authorize(actor, DEAL_WRITERS, "open deals");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const pipeline = input.pipelineId
      ? await loadPipeline(tx, actor.workspaceId, input.pipelineId).catch(() => {
          throw new AppError("unknown_reference", `Pipeline ${input.pipelineId} was not found.`);
        })
      : await ensureSalesDefaults(tx, actor.workspaceId);
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
      .select({ companyId: contacts.companyId })
      .from(contacts)
      .where(and(eq(contacts.workspaceId, actor.workspaceId), eq(contacts.id, input.contactId)));
    if (!contact) throw new AppError("unknown_reference", `Contact ${input.contactId} was not found.`);
    const ownerId = input.ownerId ?? actor.userId;
    if (!(await existingIds(tx, "users", actor.workspaceId, [ownerId])).has(ownerId)) {
      throw new AppError("unknown_reference", `User ${ownerId} was not found.`);
    }
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
    return readDeal(tx, actor.workspaceId, id);
  });
}
