import { and, eq } from "drizzle-orm";
import { dealTotals, discountBp, lineTotals } from "../../domain/pricing.ts";
import type { Executor } from "../../store/db.ts";
import { approvals, priceBooks } from "../../store/schema/index.ts";
import type { Actor } from "../context.ts";
import { readApprovals } from "../pricing/approvals.ts";
import { dealPolicyStatus, loadLineItems } from "../pricing/deal-policy.ts";
import { loadVisibleDeal } from "./deal-access.ts";
import { readDeal } from "./deal-view.ts";

/**
 * The deal page's data: the deal, its line items with what each gives away, where it stands
 * against the discount policy, and its approval history.
 */
export async function readDealDetail(ex: Executor, actor: Actor, id: string) {
  const row = await loadVisibleDeal(ex, actor, id);
  const deal = await readDeal(ex, actor.workspaceId, id);
  const items = await loadLineItems(ex, row);
  const policy = await dealPolicyStatus(ex, row, { items });
  const [book] = row.priceBookId
    ? await ex
        .select({
          id: priceBooks.id,
          name: priceBooks.name,
          channel: priceBooks.channel,
          currency: priceBooks.currency,
        })
        .from(priceBooks)
        .where(and(eq(priceBooks.workspaceId, row.workspaceId), eq(priceBooks.id, row.priceBookId)))
    : [];
  return {
    ...deal,
    partnerId: row.partnerId,
    priceBook: book ?? null,
    lineItems: items.map((item) => ({
      ...item,
      ...lineTotals(item),
      discountBp: item.giveaway ? 10_000 : discountBp(item),
    })),
    totals: dealTotals(items),
    policy: {
      channel: policy.seller.channel,
      sellerRole: policy.seller.role,
      limitBp: policy.limitBp,
      giveawaysAllowed: policy.giveawaysAllowed,
      deviations: policy.deviations,
      approvedBy: policy.approvalId,
      satisfied: policy.satisfied,
    },
    approvals: await readApprovals(ex, actor, eq(approvals.dealId, id), 50),
  };
}

export type DealDetail = Awaited<ReturnType<typeof readDealDetail>>;
