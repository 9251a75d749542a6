// Budget advice (issue 10, item 3) as the effectiveness page says it: the API's advice — move
// spend, not enough data yet, or why there is none — in one sentence, the amount and the change in
// customers written the way people read them.

import type { Ok } from "../../api/contract.ts";
import { minorDigits, minorToDecimal } from "../programs/money.ts";
import { useReport } from "./report-queries.ts";

export type BudgetAdvice = Ok<"getBudgetAdvice">;
export type JudgedSource = BudgetAdvice["judged"][number];

export interface BudgetAdviceQuery {
  groupBy: "program" | "channel";
  channel: string | null;
  currency: string | null;
  /** A move to weigh instead of the advised one: two judged sources' keys. */
  moveFrom?: string;
  moveTo?: string;
}

export const BUDGET_ADVICE_PATH = "/reports/budget-advice";

/** No period is sent: the advice weighs its own, the last 12 whole months (the server's default). */
export function useBudgetAdvice(query: BudgetAdviceQuery, enabled = true) {
  return useReport<BudgetAdvice>(BUDGET_ADVICE_PATH, { ...query }, enabled);
}

/** An amount without its cents when it has none: 440000, "USD" → "$4,400"; else "$4,412.50". */
export function formatAmount(amountMinor: number, currency: string, locale?: string): string {
  const digits = minorDigits(currency);
  const whole = amountMinor % 10 ** digits === 0;
  try {
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      minimumFractionDigits: whole ? 0 : digits,
      maximumFractionDigits: whole ? 0 : digits,
    }).format(minorToDecimal(amountMinor, digits) as Intl.StringNumericLiteral);
  } catch {
    return `${minorToDecimal(amountMinor, digits)} ${currency}`;
  }
}

/**
 * A change in customers with its sign, "+29", "-3.5", "0": whole customers from ten up, one
 * decimal below (where a whole number would read +0 or +1 for 0.4 or 1.4).
 */
export function signedCustomers(value: number, decimals: number, locale?: string): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    signDisplay: "exceptZero",
  }).format(value);
}

/** The decimals a change is written with: none from ten customers up, else one. */
export const decimalsFor = (median: number) => (Math.abs(median) >= 10 ? 0 : 1);

/** "about +29 customers (90 % interval +22 to +37)". */
export function effectText(effect: { median: number; low: number; high: number }, locale?: string): string {
  const decimals = decimalsFor(effect.median);
  const median = signedCustomers(effect.median, decimals, locale);
  const one = Math.abs(Number(effect.median.toFixed(decimals))) === 1;
  return `about ${median} ${one ? "customer" : "customers"} (90 % interval ${signedCustomers(effect.low, decimals, locale)} to ${signedCustomers(effect.high, decimals, locale)})`;
}

export const labelOf = (report: BudgetAdvice, key: string) =>
  report.judged.find((s) => s.key === key)?.label ?? key;

/**
 * The advice in words: a headline and, for "not enough data", the move that was weighed.
 *   move:            "Move $4,400 from Cold calling to Referral: about +29 customers (90 % interval +22 to +37)"
 *   not_enough_data: "Not enough data yet: about 120 more leads would settle it"
 *   none:            the API's reason
 */
export function adviceWords(
  report: BudgetAdvice,
  locale?: string,
): { headline: string; detail: string | null } {
  const { advice, currency } = report;
  if (advice.kind === "none") return { headline: advice.reason, detail: null };
  const move = `${formatAmount(advice.amountMinor, currency, locale)} from ${labelOf(report, advice.from)} to ${labelOf(report, advice.to)}`;
  if (advice.kind === "move")
    return { headline: `Move ${move}: ${effectText(advice.effect, locale)}`, detail: null };
  return {
    headline:
      advice.moreLeadsNeeded === null
        ? `Not enough data to advise: ${labelOf(report, advice.from)} and ${labelOf(report, advice.to)} look alike, and more leads may never separate them`
        : `Not enough data yet: about ${advice.moreLeadsNeeded.toLocaleString(locale)} more leads would settle it`,
    detail: `Moving ${move}: ${effectText(advice.effect, locale)}, an interval that still holds zero.`,
  };
}

/** "$1,000": the spend customersPerThousand is counted per. */
export const perThousand = (currency: string, locale?: string) =>
  formatAmount(1000 * 10 ** minorDigits(currency), currency, locale);
