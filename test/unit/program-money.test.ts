// The web app's money input: amounts typed in major units become exact integer minor units
// (string arithmetic, no float in between), and go back to the same text when edited.
import assert from "node:assert/strict";
import { test } from "node:test";
import { minorToDecimal, minorToInput, parseMoney } from "../../web/src/features/programs/money.ts";

const minor = (text: string, currency = "EUR") => {
  const parsed = parseMoney(text, currency);
  assert.ok(parsed.ok, `${text} parses`);
  return parsed.minor;
};
const refused = (text: string, currency = "EUR") => {
  const parsed = parseMoney(text, currency);
  assert.ok(!parsed.ok, `${text} is refused`);
  return parsed.message;
};

test("grouped and plain amounts become exact minor units", () => {
  assert.equal(minor("15,000.00"), 1_500_000);
  assert.equal(minor("15000"), 1_500_000);
  assert.equal(minor(" 1 200.5 "), 120_050);
  assert.equal(minor("0.29"), 29); // 0.29 * 100 is 28.999999999999996 in floating point
  assert.equal(minor("1,234,567.89"), 123_456_789);
  assert.equal(minor(".5"), 50);
  assert.equal(minor("7."), 700);
  assert.equal(minor("0"), 0);
  assert.equal(minor(""), null);
  assert.equal(minor("   "), null);
});

test("the currency's own decimals decide the minor unit", () => {
  assert.equal(minor("1,500", "JPY"), 1_500);
  assert.equal(minor("1.234", "KWD"), 1_234);
  assert.match(refused("1.5", "JPY"), /no decimals/);
  assert.match(refused("1.005", "EUR"), /at most 2 decimal places/);
});

test("what is not an amount is refused, not guessed", () => {
  for (const text of ["abc", "1,00", "12,34.5", "-5", "1.2.3", "€15", ".", "1e5", "15,000,00"]) refused(text);
  assert.match(refused("90071992547409.92"), /too large/);
  assert.equal(minor("90071992547409.91"), Number.MAX_SAFE_INTEGER);
});

test("minor units go back to the text a person typed", () => {
  assert.equal(minorToDecimal(1_500_010, 2), "15000.10");
  assert.equal(minorToDecimal(5, 2), "0.05");
  assert.equal(minorToDecimal(-5, 2), "-0.05");
  assert.equal(minorToDecimal(1_500, 0), "1500");
  assert.equal(minorToInput(1_500_010, "EUR"), "15,000.10");
  assert.equal(minorToInput(1_500, "JPY"), "1,500");
  assert.equal(minorToInput(null, "EUR"), "");
  for (const amount of [0, 1, 29, 99, 100, 1_500_010, Number.MAX_SAFE_INTEGER]) {
    assert.equal(minor(minorToInput(amount, "EUR")), amount, `${amount} round-trips`);
  }
});
