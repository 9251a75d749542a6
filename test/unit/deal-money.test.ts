// Deal money in each currency's own minor unit, as the API documents: hundredths for USD, whole
// yen for JPY, thousandths for KWD. The deal screens, the price books and the proposal document
// all read and write amounts this way (they once assumed hundredths everywhere).
import assert from "node:assert/strict";
import { test } from "node:test";
import { money } from "../../src/services/proposals/document-words.ts";
import { toMajor, toMinor } from "../../web/src/features/deal/pricing-format.ts";
import { formatMoney } from "../../web/src/features/pipeline/money.ts";

test("typed amounts become minor units in the currency's digits, and back", () => {
  assert.equal(toMinor(80, "USD"), 8_000);
  assert.equal(toMinor(0.1 + 0.2, "USD"), 30, "rounded to a whole cent");
  assert.equal(toMinor(8_000, "JPY"), 8_000, "a yen has no smaller unit");
  assert.equal(toMinor(1.234, "KWD"), 1_234);
  assert.equal(toMajor(8_000, "USD"), 80);
  assert.equal(toMajor(8_000, "JPY"), 8_000);
  assert.equal(toMajor(1_234, "KWD"), 1.234);
});

test("the screens and the proposal document show the same amount for the same minor units", () => {
  // The web formats in the browser's locale; the test pins nothing but the digits.
  const digitsOf = (text: string) => text.replace(/[^0-9.]/g, "");
  for (const [minor, currency, expected] of [
    [160_000, "USD", "1600.00"],
    [160_000, "JPY", "160000"],
    [1_234, "KWD", "1.234"],
  ] as const) {
    assert.equal(digitsOf(formatMoney(minor, currency)), expected, `${currency} on screen`);
    assert.equal(digitsOf(money(minor, currency)), expected, `${currency} in the proposal`);
  }
});
