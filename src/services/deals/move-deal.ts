import { and, eq } from "drizzle-orm";
import type { Role } from "../../domain/catalogue.ts";
import { AppError } from "../../domain/errors.ts";
import { moveProblem } from "../../domain/pipeline.ts";
import type { Tx } from "../../store/db.ts";
import { dealStageHistory, deals, lossReasons } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { attributeDeals } from "../attribution/attribute-deals.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { dealClosed } from "../lifecycle/deal-events.ts";
import { dealPolicyStatus } from "../pricing/deal-policy.ts";
import { enqueueWebhookEvent } from "../webhooks/enqueue.ts";
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

/** Who moves a deal: a user, or (userId null) the prospect accepting an offer on its public page. */
export interface DealMover {
  workspaceId: string;
  userId: string | null;
  role: Role | null;
}

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
  return inTransaction(deps.db, async (tx) => {
    // Locked: line items and approvals change under the same lock, so a win sees settled prices.
    const deal = await loadVisibleDeal(tx, actor, input.id, { lock: true });
    await moveDealIn(tx, actor, deal, input.move, now);
    return readDeal(tx, actor.workspaceId, deal.id);
  });
}

/**
 * The one writer of a deal's stage and its history, inside a transaction that holds the deal's
 * row lock. Also used when a prospect accepts a proposal (services/proposals).
 */
export async function moveDealIn(
  tx: Tx,
  mover: DealMover,
  deal: typeof deals.$inferSelect,
  move: MoveDealInput,
  now: Date,
): Promise<void> {
  if (move.stage === deal.stage) return;
  const where = and(eq(deals.workspaceId, mover.workspaceId), eq(deals.id, deal.id));
  const pipeline = await loadPipeline(tx, mover.workspaceId, deal.pipelineId);
  if (move.lossReasonId) {
    // Key-share lock: the reason cannot be deleted between this check and the deal's update.
    const [reason] = await tx
      .select({ id: lossReasons.id })
      .from(lossReasons)
      .where(and(eq(lossReasons.workspaceId, mover.workspaceId), eq(lossReasons.id, move.lossReasonId)))
      .for("key share");
    if (!reason) throw new AppError("unknown_reference", `Loss reason ${move.lossReasonId} was not found.`);
  }
  const winning = pipeline.stages.find((s) => s.key === move.stage)?.outcome === "won";
  const policy = winning ? await dealPolicyStatus(tx, deal, { actingRole: mover.role ?? undefined }) : null;
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
    workspaceId: mover.workspaceId,
    dealId: deal.id,
    fromStage: deal.stage,
    toStage: move.stage,
    changedAt: now,
    userId: mover.userId,
  });
  if (target.outcome !== "open") {
    // Raised before the contact moves, so both the deal's and the stage's events are in order.
    await enqueueWebhookEvent(
      tx,
      mover.workspaceId,
      target.outcome === "won" ? "deal.won" : "deal.lost",
      {
        dealId: deal.id,
        name: deal.name,
        contactId: deal.contactId,
        companyId: deal.companyId,
        ownerId: deal.ownerId,
        pipelineId: deal.pipelineId,
        stage: move.stage,
        amountMinor: deal.amountMinor,
        currency: deal.currency,
        lossReasonId: target.outcome === "lost" ? move.lossReasonId : null,
        userId: mover.userId,
      },
      now,
    );
  }
  // A deal whose contact was erased has no person left to move along the lifecycle.
  if (target.outcome !== "open" && deal.contactId) {
    await dealClosed(tx, {
      workspaceId: mover.workspaceId,
      contactId: deal.contactId,
      dealId: deal.id,
      dealName: deal.name,
      ownerId: deal.ownerId,
      userId: mover.userId ?? deal.ownerId,
      outcome: target.outcome,
      now,
    });
  }
  // Credits are stored when a deal is won and taken back when a won deal is reopened.
  const wasWon = pipeline.stages.find((s) => s.key === deal.stage)?.outcome === "won";
  if (winning || wasWon) await attributeDeals(tx, mover.workspaceId, [deal.id]);
}
