// Sending an offer: the moment it becomes binding on the seller. An offer outside the price
// policy goes out only when an approval covers exactly its lines (the same rule that guards
// winning the deal); sending withdraws the deal's other live offers, so the prospect holds one.
import { and, eq, ne } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import { actionProblem, effectiveStatus, localDate, proposalLabel } from "../../domain/proposals.ts";
import type { Tx } from "../../store/db.ts";
import { proposals } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { DEAL_SELLERS, loadVisibleDeal } from "../deals/deal-access.ts";
import { dealPolicyStatus } from "../pricing/deal-policy.ts";
import { dayInWords, instantInWords } from "./document-words.ts";
import {
  type LoadedProposal,
  loadVisibleProposal,
  type ProposalView,
  presentContext,
  presentProposal,
} from "./proposal-view.ts";

/** Loads the proposal and locks its deal (and so every offer of the deal) for a change of state. */
async function lockForChange(tx: Tx, actor: Actor, id: string): Promise<LoadedProposal> {
  const found = await loadVisibleProposal(tx, actor, id);
  await loadVisibleDeal(tx, actor, found.proposal.dealId, { lock: true });
  return loadVisibleProposal(tx, actor, id);
}

export async function sendProposal(deps: Deps, actor: Actor, id: string): Promise<ProposalView> {
  authorize(actor, DEAL_SELLERS, "send proposals");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const row = await lockForChange(tx, actor, id);
    const p = row.proposal;
    const ctx = await presentContext(tx, deps, actor.workspaceId, now);
    const tz = ctx.timeZone;
    const problem = actionProblem("send", effectiveStatus(p, now, tz));
    if (problem) throw new AppError("conflict", problem);
    if (row.dealClosed) throw new AppError("conflict", "This deal is closed; reopen it to send an offer.");
    // A draft's date does not expire it, but an offer sent past its last day would arrive dead
    // and still withdraw the live one.
    if (p.validUntil < localDate(now, tz)) {
      throw new AppError(
        "conflict",
        `This draft was valid until ${dayInWords(p.validUntil)}, which has passed: make a new draft with a later date.`,
      );
    }
    const deal = await loadVisibleDeal(tx, actor, p.dealId);
    // The offer's own lines and book, not the deal's current ones: the approval must be for what goes out.
    const policy = await dealPolicyStatus(
      tx,
      { ...deal, priceBookId: p.priceBookId },
      {
        items: p.lines,
        actingRole: actor.role,
      },
    );
    if (!policy.satisfied) {
      throw new AppError(
        "conflict",
        "This offer is outside the price policy: an approval of exactly these lines is needed before it can be sent.",
        { deviations: policy.deviations },
      );
    }
    // An accepted offer is the deal's agreement: a second one would compete with what was signed.
    const [accepted] = await tx
      .select({ number: proposals.number, kind: proposals.kind, acceptedAt: proposals.acceptedAt })
      .from(proposals)
      .where(
        and(
          eq(proposals.workspaceId, actor.workspaceId),
          eq(proposals.dealId, p.dealId),
          eq(proposals.status, "accepted"),
        ),
      )
      .limit(1);
    if (accepted) {
      throw new AppError(
        "conflict",
        `${proposalLabel(accepted.kind, accepted.number)} of this deal was accepted on ${instantInWords(accepted.acceptedAt!.toISOString(), tz)}: another offer would compete with it.`,
      );
    }
    await tx
      .update(proposals)
      .set({ status: "withdrawn", withdrawnAt: now, updatedAt: now })
      .where(
        and(
          eq(proposals.workspaceId, actor.workspaceId),
          eq(proposals.dealId, p.dealId),
          ne(proposals.id, p.id),
          eq(proposals.status, "sent"),
        ),
      );
    await tx
      .update(proposals)
      .set({
        status: "sent",
        sentAt: now,
        sentBy: actor.userId,
        approvalId: policy.approvalId,
        updatedAt: now,
      })
      .where(and(eq(proposals.workspaceId, actor.workspaceId), eq(proposals.id, p.id)));
    return presentProposal(tx, await loadVisibleProposal(tx, actor, id), ctx);
  });
}

/** Takes an offer back: its link stops working at once. A draft is discarded the same way. */
export async function withdrawProposal(deps: Deps, actor: Actor, id: string): Promise<ProposalView> {
  authorize(actor, DEAL_SELLERS, "withdraw proposals");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const row = await lockForChange(tx, actor, id);
    const ctx = await presentContext(tx, deps, actor.workspaceId, now);
    const tz = ctx.timeZone;
    const problem = actionProblem("withdraw", effectiveStatus(row.proposal, now, tz));
    if (problem) throw new AppError("conflict", problem);
    await tx
      .update(proposals)
      .set({ status: "withdrawn", withdrawnAt: now, updatedAt: now })
      .where(and(eq(proposals.workspaceId, actor.workspaceId), eq(proposals.id, id)));
    return presentProposal(tx, await loadVisibleProposal(tx, actor, id), ctx);
  });
}
