import { and, asc, desc, eq } from "drizzle-orm";
import type { Role } from "../../domain/catalogue.ts";
import {
  approvalFingerprint,
  type Deviation,
  discountLimitBp,
  type LineItem,
  type PriceChannel,
  policyDeviations,
} from "../../domain/pricing.ts";
import type { Executor } from "../../store/db.ts";
import { approvals, dealLineItems, priceBooks, products, users } from "../../store/schema/index.ts";
import { loadDiscountPolicy } from "./discount-policy.ts";

export interface PricedDeal {
  id: string;
  workspaceId: string;
  ownerId: string;
  priceBookId: string | null;
}

export async function loadLineItems(ex: Executor, deal: PricedDeal) {
  return ex
    .select({
      productId: dealLineItems.productId,
      sku: products.sku,
      productName: products.name,
      quantity: dealLineItems.quantity,
      listPriceMinor: dealLineItems.listPriceMinor,
      unitPriceMinor: dealLineItems.unitPriceMinor,
      giveaway: dealLineItems.giveaway,
    })
    .from(dealLineItems)
    .innerJoin(
      products,
      and(eq(products.workspaceId, dealLineItems.workspaceId), eq(products.id, dealLineItems.productId)),
    )
    .where(and(eq(dealLineItems.workspaceId, deal.workspaceId), eq(dealLineItems.dealId, deal.id)))
    .orderBy(asc(dealLineItems.position));
}

/**
 * Where a deal stands against the discount policy: who sells, on which channel (the price
 * book's), what deviates, and whether an approval covers these exact lines. The seller is the
 * owner; when someone else acts (wins the deal), the stricter of the two limits applies, so
 * handing a deal to a colleague with a higher limit does not lift the rep's own.
 */
export async function dealPolicyStatus(
  ex: Executor,
  deal: PricedDeal,
  options: { items?: LineItem[]; actingRole?: Role } = {},
) {
  const lines = options.items ?? (await loadLineItems(ex, deal));
  const policy = await loadDiscountPolicy(ex, deal.workspaceId);
  const [owner] = await ex
    .select({ role: users.role })
    .from(users)
    .where(and(eq(users.workspaceId, deal.workspaceId), eq(users.id, deal.ownerId)));
  let channel: PriceChannel = "direct";
  if (deal.priceBookId) {
    const [book] = await ex
      .select({ channel: priceBooks.channel })
      .from(priceBooks)
      .where(and(eq(priceBooks.workspaceId, deal.workspaceId), eq(priceBooks.id, deal.priceBookId)));
    channel = book?.channel ?? "direct";
  }
  const ownerSeller = { role: (owner?.role ?? "sales") as Role, channel };
  const actingSeller = options.actingRole ? { role: options.actingRole, channel } : ownerSeller;
  const seller =
    discountLimitBp(policy, actingSeller) < discountLimitBp(policy, ownerSeller) ? actingSeller : ownerSeller;
  const deviations: Deviation[] = policyDeviations(lines, seller, policy);
  const fingerprint = approvalFingerprint(deal.priceBookId, lines);
  const [approved] =
    deviations.length === 0
      ? []
      : await ex
          .select({ id: approvals.id })
          .from(approvals)
          .where(
            and(
              eq(approvals.workspaceId, deal.workspaceId),
              eq(approvals.dealId, deal.id),
              eq(approvals.status, "approved"),
              eq(approvals.fingerprint, fingerprint),
            ),
          )
          .orderBy(desc(approvals.decidedAt))
          .limit(1);
  return {
    seller,
    limitBp: discountLimitBp(policy, seller),
    giveawaysAllowed: policy.giveawaysAllowed,
    deviations,
    fingerprint,
    approvalId: approved?.id ?? null,
    /** The deal may be won: nothing deviates, or an approval covers exactly these lines. */
    satisfied: deviations.length === 0 || approved !== undefined,
  };
}

export type PolicyStatus = Awaited<ReturnType<typeof dealPolicyStatus>>;
