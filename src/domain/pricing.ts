// Price policy (product.md §1, idea 8): what a line item gives away against its price book, and
// whether a deal stays inside the workspace's discount policy. Money is integer minor units;
// rates are integer basis points (1 % = 100 bp), so a limit is compared exactly, never in floats.
import type { Role } from "./catalogue.ts";

export const PRICE_CHANNELS = ["direct", "reseller", "affiliate"] as const;
export type PriceChannel = (typeof PRICE_CHANNELS)[number];

export interface LineItem {
  productId: string;
  quantity: number;
  /** Unit price in the deal's price book. */
  listPriceMinor: number;
  /** Unit price the rep offers; equal to the list price when there is no discount. */
  unitPriceMinor: number;
  /** A free give-away: the customer pays nothing for this line, whatever its unit price. */
  giveaway: boolean;
}

export interface LineTotals {
  listMinor: number;
  netMinor: number;
  /** What the line gives away against the book: list − net (a give-away's whole list value). */
  discountMinor: number;
}

export function lineTotals(item: LineItem): LineTotals {
  const listMinor = item.listPriceMinor * item.quantity;
  const netMinor = item.giveaway ? 0 : item.unitPriceMinor * item.quantity;
  return { listMinor, netMinor, discountMinor: listMinor - netMinor };
}

export function dealTotals(items: readonly LineItem[]): LineTotals {
  return items.map(lineTotals).reduce(
    (sum, t) => ({
      listMinor: sum.listMinor + t.listMinor,
      netMinor: sum.netMinor + t.netMinor,
      discountMinor: sum.discountMinor + t.discountMinor,
    }),
    { listMinor: 0, netMinor: 0, discountMinor: 0 },
  );
}

export interface DiscountPolicy {
  /** The limit where neither the role nor the channel names one. */
  defaultMaxDiscountBp: number;
  maxDiscountBpByRole: Partial<Record<Role, number>>;
  maxDiscountBpByChannel: Partial<Record<PriceChannel, number>>;
  giveawaysAllowed: boolean;
}

export type Deviation =
  | { kind: "discount_over_limit"; line: number; discountBp: number; limitBp: number }
  | { kind: "giveaway_not_allowed"; line: number }
  | { kind: "price_above_list"; line: number };

/** The strictest limit that applies to this seller on this channel. */
export function discountLimitBp(
  policy: DiscountPolicy,
  seller: { role: Role; channel: PriceChannel },
): number {
  return Math.min(
    policy.maxDiscountBpByRole[seller.role] ?? policy.defaultMaxDiscountBp,
    policy.maxDiscountBpByChannel[seller.channel] ?? policy.defaultMaxDiscountBp,
  );
}

/** The smallest discount limit the policy grants any seller on any channel: below it, no line deviates. */
export function smallestLimitBp(policy: DiscountPolicy): number {
  return Math.min(
    policy.defaultMaxDiscountBp,
    ...Object.values(policy.maxDiscountBpByRole).filter((v): v is number => v !== undefined),
    ...Object.values(policy.maxDiscountBpByChannel).filter((v): v is number => v !== undefined),
  );
}

/** A line's discount in basis points, rounded up: a limit is never passed by rounding. */
export function discountBp(item: LineItem): number {
  if (item.listPriceMinor === 0) return 0;
  return Math.ceil(((item.listPriceMinor - item.unitPriceMinor) * 10_000) / item.listPriceMinor);
}

/** Every way the line items leave the policy; an empty list means the deal may be won as is. */
export function policyDeviations(
  items: readonly LineItem[],
  seller: { role: Role; channel: PriceChannel },
  policy: DiscountPolicy,
): Deviation[] {
  const limitBp = discountLimitBp(policy, seller);
  const deviations: Deviation[] = [];
  items.forEach((item, line) => {
    if (item.giveaway) {
      if (!policy.giveawaysAllowed) deviations.push({ kind: "giveaway_not_allowed", line });
      return;
    }
    if (item.unitPriceMinor > item.listPriceMinor) {
      // Not a discount, but not the book either: someone must look at it.
      deviations.push({ kind: "price_above_list", line });
      return;
    }
    // Exact: discount/list ≤ limit ⇔ (list − unit)·10 000 ≤ limit·list.
    if ((item.listPriceMinor - item.unitPriceMinor) * 10_000 > limitBp * item.listPriceMinor) {
      deviations.push({ kind: "discount_over_limit", line, discountBp: discountBp(item), limitBp });
    }
  });
  return deviations;
}

/**
 * What an approval is for: the exact line items it saw. Changing any line afterwards needs a new
 * approval, so a rep cannot get a small discount approved and then deepen it.
 */
export function lineItemsFingerprint(items: readonly LineItem[]): string {
  return items
    .map((i) => [i.productId, i.quantity, i.listPriceMinor, i.unitPriceMinor, i.giveaway ? 1 : 0].join(":"))
    .join("|");
}

/** What an approval is for: the exact lines, priced from this book. */
export function approvalFingerprint(priceBookId: string | null, lines: readonly LineItem[]): string {
  return `${priceBookId ?? "-"}|${lineItemsFingerprint(lines)}`;
}

export const APPROVER_ROLES: readonly Role[] = ["admin", "marketing"];

/** Who may approve a deviation: the policy's owners, and never the person who asked for it. */
export function mayApprove(approver: { userId: string; role: Role }, requestedBy: string): boolean {
  return APPROVER_ROLES.includes(approver.role) && approver.userId !== requestedBy;
}
