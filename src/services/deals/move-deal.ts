import { and, eq } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import { moveProblem } from "../../domain/pipeline.ts";
import { dealStageHistory, deals, lossReasons } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { attributeDeals } from "../attribution/attribute-deals.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { dealClosed } from "../lifecycle/deal-events.ts";
import { dealPolicyStatus } from "../pricing/deal-policy.ts";
import { DEAL_SELLERS, loadVisibleDeal } from "./deal-access.ts";
import type { MoveDealInput } from "./deal-schemas.ts";
import { type DealView, readDeal } from "./deal-view.ts";
import { loadPipeline } from "./pipelines.ts";

const CODE_STATUS = {
  unknown_stage: "validation_failed",
  needs_loss_reason: "validation_failed",
  needs_approval: "conflict",
  already_closed: "conflict",
} as const;

/**
 * Moves a deal along its pipeline. Winning makes the contact a customer (in the same
 * transaction) and either outcome settles its hand-off; losing needs a loss reason from the list.
 */
export async function moveDeal(
  deps: Deps,
  actor: Actor,
  input: { id: string; move: MoveDealInput },
): Promise<DealView> {
  authorize(actor, DEAL_SELLERS, "move deals");
  const now = deps.now();
  const { move } = input;
  return inTransaction(deps.db, async (tx) => {
    const where = and(eq(deals.workspaceId, actor.workspaceId), eq(deals.id, input.id));
    // Locked: line items and approvals change under the same lock, so a win sees settled prices.
    const deal = await loadVisibleDeal(tx, actor, input.id, { lock: true });
    if (move.stage === deal.stage) return readDeal(tx, actor.workspaceId, deal.id);
    const pipeline = await loadPipeline(tx, actor.workspaceId, deal.pipelineId);
    if (move.lossReasonId) {
      // Key-share lock: the reason cannot be deleted between this check and the deal's update.
      const [reason] = await tx
        .select({ id: lossReasons.id })
        .from(lossReasons)
        .where(and(eq(lossReasons.workspaceId, actor.workspaceId), eq(lossReasons.id, move.lossReasonId)))
        .for("key share");
      if (!reason) throw new AppError("unknown_reference", `Loss reason ${move.lossReasonId} was not found.`);
    }
    const winning = pipeline.stages.find((s) => s.key === move.stage)?.outcome === "won";
    const policy = winning ? await dealPolicyStatus(tx, deal, { actingRole: actor.role }) : null;
    const problem = moveProblem({
      stages: pipeline.stages,
      from: deal.stage,
      to: move.stage,
      lossReason: move.lossReasonId,
      policySatisfied: policy?.satisfied ?? true,
      reopen: move.reopen,
    });
    if (problem) throw new AppError(CODE_STATUS[problem.code], problem.message);
    const target = pipeline.stages.find((s) => s.key === move.stage)!;
    await tx
      .update(deals)
      .set({
        stage: move.stage,
        closedAt: target.outcome === "open" ? null : now,
        lossReasonId: target.outcome === "lost" ? move.lossReasonId : null,
        lossNote: target.outcome === "lost" ? (move.lossNote ?? null) : null,
        updatedAt: now,
      })
      .where(where);
    await tx.insert(dealStageHistory).values({
      workspaceId: actor.workspaceId,
      dealId: deal.id,
      fromStage: deal.stage,
      toStage: move.stage,
      changedAt: now,
      userId: actor.userId,
    });
    if (target.outcome !== "open") {
      await dealClosed(tx, {
        workspaceId: actor.workspaceId,
        contactId: deal.contactId,
        dealId: deal.id,
        dealName: deal.name,
        ownerId: deal.ownerId,
        userId: actor.userId,
        outcome: target.outcome,
        now,
      });
    }
    // Credits are stored when a deal is won and taken back when a won deal is reopened.
    const wasWon = pipeline.stages.find((s) => s.key === deal.stage)?.outcome === "won";
    if (winning || wasWon) await attributeDeals(tx, actor.workspaceId, [deal.id]);
    return readDeal(tx, actor.workspaceId, deal.id);
  });
}
