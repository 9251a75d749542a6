// The effectiveness page's budget advice in words: amounts without cents when they have none, a
// change in customers with its sign (whole from ten up, one decimal below), and the sentence for
// each kind of advice.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  adviceWords,
  type BudgetAdvice,
  formatAmount,
  perThousand,
  signedCustomers,
} from "../../web/src/features/reports/budget-advice.ts";

const report = (advice: BudgetAdvice["advice"]): BudgetAdvice => ({
  report: "budget-advice",
  title: "Budget advice",
  from: "2026-01-01",
  to: "2026-12-31",
  currency: "USD",
  groupBy: "channel",
  minLeads: 30,
  judged: [
    {
      key: "referral",
      label: "Referral",
      leads: 40,
      customers: 12,
      costMinor: 200_000,
      customersPerThousand: { median: 6, low: 3.6, high: 9.3 },
    },
    {
      key: "cold_calling",
      label: "Cold calling",
      leads: 60,
      customers: 1,
      costMinor: 900_000,
      customersPerThousand: { median: 0.13, low: 0.02, high: 0.44 },
    },
  ],
  excluded: [],
  advice,
  reasoning: [],
});

test("amounts: no cents when there are none, else the currency's digits", () => {
  assert.equal(formatAmount(440_000, "USD", "en-US"), "$4,400");
  assert.equal(formatAmount(441_250, "USD", "en-US"), "$4,412.50");
  assert.equal(formatAmount(5000, "JPY", "en-US"), "¥5,000");
  assert.equal(perThousand("EUR", "en-US"), "€1,000");
});

test("a change in customers carries its sign; zero has none", () => {
  assert.equal(signedCustomers(29.4, 0, "en-US"), "+29");
  assert.equal(signedCustomers(-3.46, 1, "en-US"), "-3.5");
  assert.equal(signedCustomers(0, 1, "en-US"), "0.0");
});

test("a move: the amount, the two sources by name and the effect with its 90 % interval", () => {
  const words = adviceWords(
    report({
      kind: "move",
      from: "cold_calling",
      to: "referral",
      amountMinor: 440_000,
      effect: { median: 29.2, low: 21.6, high: 37.4 },
    }),
    "en-US",
  );
  assert.deepEqual(words, {
    headline: "Move $4,400 from Cold calling to Referral: about +29 customers (90 % interval +22 to +37)",
    detail: null,
  });
  // Under ten customers, one decimal: +0.4 is not "+0".
  assert.match(
    adviceWords(
      report({
        kind: "move",
        from: "cold_calling",
        to: "referral",
        amountMinor: 90_000,
        effect: { median: 5.26, low: 3.1, high: 8.2 },
      }),
      "en-US",
    ).headline,
    /about \+5\.3 customers \(90 % interval \+3\.1 to \+8\.2\)$/,
  );
});

test("not enough data: how many more leads would settle it, and the move weighed", () => {
  const effect = { median: 1.2, low: -0.4, high: 2.8 };
  const words = adviceWords(
    report({
      kind: "not_enough_data",
      from: "cold_calling",
      to: "referral",
      amountMinor: 90_000,
      effect,
      moreLeadsNeeded: 1200,
    }),
    "en-US",
  );
  assert.equal(words.headline, "Not enough data yet: about 1,200 more leads would settle it");
  assert.equal(
    words.detail,
    "Moving $900 from Cold calling to Referral: about +1.2 customers (90 % interval -0.4 to +2.8), an interval that still holds zero.",
  );
  const alike = adviceWords(
    report({
      kind: "not_enough_data",
      from: "cold_calling",
      to: "referral",
      amountMinor: 90_000,
      effect,
      moreLeadsNeeded: null,
    }),
    "en-US",
  );
  assert.match(alike.headline, /^Not enough data to advise: Cold calling and Referral look alike/);
});

test("no advice: the API's reason, as it is", () => {
  const reason = "At least two sources with 30 leads and a cost are needed to compare.";
  assert.deepEqual(adviceWords(report({ kind: "none", reason }), "en-US"), {
    headline: reason,
    detail: null,
  });
});
