// Making a proposal or estimate from a deal: its line items now, copied, with a validity date and
// terms. A draft is not an offer: nobody outside sees it until it is sent.
import { addDays } from "date-fns";
import { eq, sql } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import { DEFAULT_TERMS, DEFAULT_VALIDITY_DAYS, localDate } from "../../domain/proposals.ts";
import type { Tx } from "../../store/db.ts";
import { proposals } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { DEAL_SELLERS, loadVisibleDeal } from "../deals/deal-access.ts";
import { loadLineItems } from "../pricing/deal-policy.ts";
import { dayInWords } from "./document-words.ts";
import type { CreateProposalInput } from "./proposal-schemas.ts";
import { loadVisibleProposal, type ProposalView, presentContext, presentProposal } from "./proposal-view.ts";

/** The next number in the workspace's one sequence; the lock makes two makers wait for each other. */
async function nextNumber(tx: Tx, workspaceId: string): Promise<number> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`proposal-number:${workspaceId}`}, 0))`,
  );
  const [row] = await tx
    .select({ last: sql<number>`coalesce(max(${proposals.number}), 0)::int` })
    .from(proposals)
    .where(eq(proposals.workspaceId, workspaceId));
  return (row?.last ?? 0) + 1;
}

export async function createProposal(
  deps: Deps,
  actor: Actor,
  input: { dealId: string; proposal: CreateProposalInput },
): Promise<ProposalView> {
  authorize(actor, DEAL_SELLERS, "make proposals");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    // Locked: the lines cannot change while they are copied.
    const deal = await loadVisibleDeal(tx, actor, input.dealId, { lock: true });
    if (deal.closedAt) throw new AppError("conflict", "This deal is closed; reopen it to make a proposal.");
    if (!deal.contactId) {
      throw new AppError(
        "conflict",
        "This deal's contact was erased: a proposal needs a person to address it to.",
      );
    }
    const contactId = deal.contactId;
    const lines = await loadLineItems(tx, deal);
    if (lines.length === 0) {
      throw new AppError("validation_failed", "Add line items to the deal before making a proposal from it.");
    }
    const ctx = await presentContext(tx, deps, actor.workspaceId, now);
    const tz = ctx.timeZone;
    const today = localDate(now, tz);
    const validUntil = input.proposal.validUntil ?? localDate(addDays(now, DEFAULT_VALIDITY_DAYS), tz);
    if (validUntil < today) {
      const message = `must be today (${dayInWords(today)}) or later`;
      throw new AppError("validation_failed", `Valid until ${message}.`, {
        issues: [{ path: "validUntil", message }],
      });
    }
    const [row] = await tx
      .insert(proposals)
      .values({
        workspaceId: actor.workspaceId,
        dealId: deal.id,
        contactId,
        kind: input.proposal.kind,
        number: await nextNumber(tx, actor.workspaceId),
        title: input.proposal.title ?? deal.name,
        currency: deal.currency,
        lines: lines.map((l) => ({
          productId: l.productId,
          sku: l.sku,
          productName: l.productName,
          quantity: l.quantity,
          listPriceMinor: l.listPriceMinor,
          unitPriceMinor: l.unitPriceMinor,
          giveaway: l.giveaway,
        })),
        priceBookId: deal.priceBookId,
        validUntil,
        terms: input.proposal.terms ?? DEFAULT_TERMS,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: proposals.id });
    return presentProposal(tx, await loadVisibleProposal(tx, actor, row!.id), ctx);
  });
}
