import { and, eq, ne } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import { approvalFingerprint, dealTotals, type LineItem } from "../../domain/pricing.ts";
import { approvals, dealLineItems, deals } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { DEAL_SELLERS, loadVisibleDeal } from "../deals/deal-access.ts";
import { type DealDetail, readDealDetail } from "../deals/deal-detail.ts";
import { bookServesDeal, loadVisibleBook } from "./price-books.ts";
import type { LineItemsInput } from "./pricing-schemas.ts";

/** The largest amount a deal may hold, in minor units: sums over many deals stay exact. */
export const MAX_DEAL_MINOR = 1_000_000_000_000_000;

/**
 * Replaces a deal's line items, priced from one price book in the deal's currency. The deal's
 * amount becomes the net total; a pending approval for other lines is superseded, because the
 * approver never saw these.
 */
export async function setLineItems(
  deps: Deps,
  actor: Actor,
  input: { dealId: string; lines: LineItemsInput },
): Promise<DealDetail> {
  authorize(actor, DEAL_SELLERS, "price deals");
  const now = deps.now();
  const { priceBookId, items } = input.lines;
  return inTransaction(deps.db, async (tx) => {
    const deal = await loadVisibleDeal(tx, actor, input.dealId, { lock: true });
    if (deal.closedAt) {
      throw new AppError("conflict", "This deal is closed; reopen it before changing its line items.");
    }
    const { book, entries } = await loadVisibleBook(tx, actor, priceBookId).catch((err) => {
      if (err instanceof AppError && err.code === "not_found")
        throw new AppError("unknown_reference", `Price book ${priceBookId} was not found.`);
      throw err;
    });
    const refusal = await bookServesDeal(tx, book, deal);
    if (refusal) throw new AppError("validation_failed", refusal);
    if (book.currency !== deal.currency) {
      throw new AppError(
        "validation_failed",
        `The price book "${book.name}" is in ${book.currency} but the deal is in ${deal.currency}; pick a book in ${deal.currency} or change the deal's currency first.`,
      );
    }
    const prices = new Map(entries.map((e) => [e.productId, e]));
    const lines: LineItem[] = items.map((item, i) => {
      const entry = prices.get(item.productId);
      if (!entry) {
        throw new AppError(
          "unknown_reference",
          `Line ${i + 1}: product ${item.productId} has no price in "${book.name}".`,
        );
      }
      if (!entry.active)
        throw new AppError("validation_failed", `Line ${i + 1}: ${entry.name} is no longer sold.`);
      return {
        productId: item.productId,
        quantity: item.quantity,
        listPriceMinor: entry.unitPriceMinor,
        unitPriceMinor: item.unitPriceMinor ?? entry.unitPriceMinor,
        giveaway: item.giveaway ?? false,
      };
    });
    const totals = dealTotals(lines);
    if (!(totals.listMinor <= MAX_DEAL_MINOR && totals.netMinor <= MAX_DEAL_MINOR)) {
      throw new AppError(
        "validation_failed",
        `The line items add up to more than a deal may hold (${MAX_DEAL_MINOR.toLocaleString("en-US")} in minor units).`,
      );
    }
    const scope = and(eq(dealLineItems.workspaceId, actor.workspaceId), eq(dealLineItems.dealId, deal.id));
    await tx.delete(dealLineItems).where(scope);
    if (lines.length > 0) {
      await tx
        .insert(dealLineItems)
        .values(
          lines.map((l, position) => ({ workspaceId: actor.workspaceId, dealId: deal.id, position, ...l })),
        );
    }
    await tx
      .update(deals)
      .set({ amountMinor: totals.netMinor, priceBookId: book.id, updatedAt: now })
      .where(and(eq(deals.workspaceId, actor.workspaceId), eq(deals.id, deal.id)));
    await tx
      .update(approvals)
      .set({ status: "superseded", decidedAt: now, decisionComment: "The line items changed." })
      .where(
        and(
          eq(approvals.workspaceId, actor.workspaceId),
          eq(approvals.dealId, deal.id),
          eq(approvals.status, "pending"),
          ne(approvals.fingerprint, approvalFingerprint(book.id, lines)),
        ),
      );
    return readDealDetail(tx, actor, deal.id);
  });
}
