// Money as programs show and take it: integer minor units plus an ISO currency, turned into text
// and back by string arithmetic, so "15,000.10" is 1500010 cents exactly, never 1500009.999….

const digitsCache = new Map<string, number>();

/** Digits after the decimal point in a currency's major unit (2 for EUR, 0 for JPY, 3 for KWD). */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2; // Not a code Intl knows (yet): cents, like most currencies.
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** 1500010 with 2 digits → "15000.10" (a decimal string, exact at any size). */
export function minorToDecimal(amountMinor: number, digits: number): string {
  const negative = amountMinor < 0;
  const text = String(Math.abs(Math.trunc(amountMinor))).padStart(digits + 1, "0");
  const whole = text.slice(0, text.length - digits);
  const fraction = text.slice(text.length - digits);
  return `${negative ? "-" : ""}${whole}${digits > 0 ? `.${fraction}` : ""}`;
}

const formats = new Map<string, Intl.NumberFormat | null>();

function currencyFormat(currency: string): Intl.NumberFormat | null {
  if (!formats.has(currency)) {
    try {
      formats.set(currency, new Intl.NumberFormat(undefined, { style: "currency", currency }));
    } catch {
      formats.set(currency, null);
    }
  }
  return formats.get(currency) ?? null;
}

/** 1500010, "EUR" → "€15,000.10" in the reader's locale; "—" for no amount. */
export function formatMoney(amountMinor: number | null | undefined, currency: string): string {
  if (amountMinor === null || amountMinor === undefined) return "—";
  const decimal = minorToDecimal(amountMinor, minorDigits(currency));
  // Intl formats a decimal string exactly (no float in between).
  return currencyFormat(currency)?.format(decimal as Intl.StringNumericLiteral) ?? `${decimal} ${currency}`;
}

const grouping = new Intl.NumberFormat("en-US", { useGrouping: true });

/** The value an amount field starts with when editing: 1500010 → "15,000.10". */
export function minorToInput(amountMinor: number | null | undefined, currency: string): string {
  if (amountMinor === null || amountMinor === undefined) return "";
  const [whole, fraction] = minorToDecimal(amountMinor, minorDigits(currency)).split(".");
  const grouped = grouping.format(BigInt(whole!));
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export type ParsedMoney = { ok: true; minor: number | null } | { ok: false; message: string };

/**
 * An amount typed in major units ("15,000.00", "15000", "1 200.5") → integer minor units.
 * Commas and spaces may group thousands; a dot separates the decimals. Empty → null.
 */
export function parseMoney(text: string, currency: string): ParsedMoney {
  const cleaned = text.trim().replace(/[\s\u00a0\u202f_]/g, "");
  if (cleaned === "") return { ok: true, minor: null };
  if (!/^(\d{1,3}(,\d{3})+|\d*)(\.\d*)?$/.test(cleaned) || !/\d/.test(cleaned)) {
    return { ok: false, message: "Enter an amount such as 15,000.00" };
  }
  const [whole = "", fraction = ""] = cleaned.replaceAll(",", "").split(".");
  const digits = minorDigits(currency);
  if (fraction.length > digits) {
    return {
      ok: false,
      message:
        digits === 0
          ? `${currency} amounts have no decimals`
          : `Use at most ${digits} decimal place${digits === 1 ? "" : "s"}`,
    };
  }
  const minorText = `${whole}${fraction.padEnd(digits, "0")}`.replace(/^0+(?=\d)/, "") || "0";
  if (BigInt(minorText) > BigInt(Number.MAX_SAFE_INTEGER))
    return { ok: false, message: "That amount is too large" };
  return { ok: true, minor: Number(minorText) };
}

/** A fraction as a percentage: 0.256 → "25.6 %"; "—" when there is none. */
export function formatPercent(fraction: number | null | undefined, decimals = 1): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return "—";
  return `${(fraction * 100).toLocaleString(undefined, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  })} %`;
}

/** What an input for an amount in major units of the currency (as typed) shows: an example, and the unit. */
export function majorUnitHints(currencyText: string): { placeholder: string; description: string } {
  const currency = currencyText.trim().toUpperCase();
  const digits = /^[A-Z]{3}$/.test(currency) ? minorDigits(currency) : 2;
  return {
    placeholder: digits > 0 ? `15,000.${"0".repeat(digits)}` : "15,000",
    description: `In ${currency || "the currency"}, not in cents`,
  };
}
