// Money display: amounts travel in minor units with an ISO currency code — hundredths for USD or
// EUR, whole yen for JPY, thousandths for KWD (the currency's own digits, as the API documents).
import { minorDigits } from "../programs/money.ts";

const formats = new Map<string, Intl.NumberFormat>();

function formatFor(currency: string): Intl.NumberFormat | null {
  let format = formats.get(currency);
  if (!format) {
    try {
      format = new Intl.NumberFormat(undefined, { style: "currency", currency });
    } catch {
      return null; // Not a currency code Intl knows: fall back to plain digits.
    }
    formats.set(currency, format);
  }
  return format;
}

export function formatMoney(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const amount = amountMinor / 10 ** digits;
  return formatFor(currency)?.format(amount) ?? `${amount.toFixed(digits)} ${currency}`;
}

/** Several per-currency totals on one line; an em dash when there are none. */
export function formatTotals(totals: readonly { currency: string; amountMinor: number }[]): string {
  if (totals.length === 0) return "—";
  return totals.map((t) => formatMoney(t.amountMinor, t.currency)).join(" · ");
}
