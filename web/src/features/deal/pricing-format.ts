import type { Schema } from "../../api/contract.ts";
import { minorDigits } from "../programs/money.ts";

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

/** Major units typed by a person to integer minor units in the currency's own digits, exactly. */
export function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** minorDigits(currency));
}

/** Integer minor units to the major units a person types (100.5 for 10050 US cents, 1000 for ¥1000). */
export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** minorDigits(currency);
}
