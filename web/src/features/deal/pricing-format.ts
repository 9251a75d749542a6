import type { Schema } from "../../api/contract.ts";

type Deviation = Schema<"PolicyDeviation">;
type LineItemView = Schema<"DealDetail">["lineItems"][number];

/** Basis points as a percentage: 1250 → "12.5 %". */
export function formatBp(bp: number): string {
  return `${(bp / 100).toLocaleString(undefined, { maximumFractionDigits: 2 })} %`;
}

/** A deviation from the discount policy in words, naming its line. */
export function describeDeviation(deviation: Deviation, items: readonly LineItemView[]): string {
  const item = items[deviation.line];
  const line = `Line ${deviation.line + 1}${item ? ` (${item.productName})` : ""}`;
  switch (deviation.kind) {
    case "discount_over_limit":
      return `${line}: ${formatBp(deviation.discountBp)} off, over the ${formatBp(deviation.limitBp)} limit`;
    case "giveaway_not_allowed":
      return `${line}: a free give-away, which the policy does not allow`;
    case "price_above_list":
      return `${line}: priced above the price book`;
  }
}

/** Major units typed by a person to integer minor units (cents), exactly. */
export function toMinor(major: number): number {
  return Math.round(major * 100);
}
