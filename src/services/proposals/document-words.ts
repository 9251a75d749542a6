// Money, dates and rates as the proposal's reader sees them, shared by the PDF and the public page.

/** Minor units in the currency's own digits (cents for USD, whole yen for JPY) as its amount. */
export function money(amountMinor: number, currency: string): string {
  try {
    const format = new Intl.NumberFormat("en", { style: "currency", currency });
    return format.format(amountMinor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
  } catch {
    return `${(amountMinor / 100).toFixed(2)} ${currency}`;
  }
}

/** A calendar date (YYYY-MM-DD) in words: "15 December 2026". */
export function dayInWords(day: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

export function instantInWords(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone }).format(new Date(iso));
}

export const percent = (bp: number) => `${(bp / 100).toFixed(bp % 100 === 0 ? 0 : 1)} %`;
