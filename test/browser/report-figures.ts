// Report figures as the web app shows them in en-US, written independently of its code, so a
// test can compare what the page says with the API's numbers.

/** 1234 → "1,234". */
export const count = (n: number) => n.toLocaleString("en-US");

/** Minor units → "$1,234.50"; "—" for none (two-decimal currencies only). */
export const money = (minor: number | null, currency: string) =>
  minor === null ? "—" : new Intl.NumberFormat("en-US", { style: "currency", currency }).format(minor / 100);

/** 0.3333 → "33.3 %"; "—" for none. */
export const percent = (fraction: number | null) =>
  fraction === null
    ? "—"
    : `${(fraction * 100).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;

/** 7.5 → "7.5", 7 → "7"; "—" for none. */
export const figure = (value: number | null) =>
  value === null ? "—" : value.toLocaleString("en-US", { maximumFractionDigits: 1 });
