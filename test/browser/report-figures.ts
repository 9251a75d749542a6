// Report figures as the web app shows them in en-US, written independently of its code, so a
// test can compare what the page says with the API's numbers.
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { Caller } from "../support/api.ts";

/** 1234 → "1,234". */
export const count = (n: number) => n.toLocaleString("en-US");

/** Minor units → "$1,234.50"; "—" for none (two-decimal currencies only). */
export const money = (minor: number | null, currency: string) =>
  minor === null ? "—" : new Intl.NumberFormat("en-US", { style: "currency", currency }).format(minor / 100);

/** Budget advice's amounts: minor units → "$900", or "$912.50" when there are cents. */
export const dollars = (minor: number) =>
  `$${(minor / 100).toLocaleString("en-US", { minimumFractionDigits: minor % 100 ? 2 : 0 })}`;

/** A change in customers with its sign at `decimals` places: "+29", "-3.5", "0". */
export const signed = (value: number, decimals: number) => {
  const rounded = Number(value.toFixed(decimals));
  const digits = Math.abs(rounded).toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return `${rounded > 0 ? "+" : rounded < 0 ? "-" : ""}${digits}`;
};

/** 0.3333 → "33.3 %"; "—" for none. */
export const percent = (fraction: number | null) =>
  fraction === null
    ? "—"
    : `${(fraction * 100).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;

/** 7.5 → "7.5", 7 → "7"; "—" for none. */
export const figure = (value: number | null) =>
  value === null ? "—" : value.toLocaleString("en-US", { maximumFractionDigits: 1 });

/**
 * The API's JSON for the query behind a link on the page (its CSV link or a figure's): the same
 * parameters with format=json, asked by `call` (an API key's caller).
 */
// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies loosely
export async function reportFor(call: Caller, report: string, href: string): Promise<any> {
  const query = new URL(href, "http://page.test").searchParams;
  query.set("format", "json");
  const res = await call("GET", `/api/v1/reports/${report}?${query}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body;
}

/** The trimmed text of the element with a test id. */
export const textOf = async (page: Page, testId: string) =>
  (await page.getByTestId(testId).textContent())?.trim();
