// The price-deviation arithmetic by hand: what a won deal gave away, and when it is outside policy.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  addDeal,
  emptyApprovals,
  emptyMoney,
  outsidePolicy,
  type PricedWonDeal,
  priceDeviationFigures,
} from "./price-deviation.ts";
import { approvalFingerprint, type DiscountPolicy } from "./pricing.ts";

const POLICY: DiscountPolicy = {
  defaultMaxDiscountBp: 1000,
  maxDiscountBpByRole: { sales: 1500 },
  maxDiscountBpByChannel: { direct: 1200, reseller: 500 },
  giveawaysAllowed: false,
};

const deal = (lines: PricedWonDeal["lines"], over: Partial<PricedWonDeal> = {}): PricedWonDeal => ({
  key: "k",
  dealId: "d",
  name: "Deal",
  ownerId: "u",
  ownerRole: "sales",
  channel: "direct",
  priceBookId: "book",
  closedAt: "2027-03-02T00:00:00.000Z",
  amountMinor: lines.reduce((s, l) => s + (l.giveaway ? 0 : l.unitPriceMinor * l.quantity), 0),
  lines,
  approvedFingerprints: [],
  ...over,
});
const line = (quantity: number, listPriceMinor: number, unitPriceMinor: number, giveaway = false) => ({
  productId: "p",
  quantity,
  listPriceMinor,
  unitPriceMinor,
  giveaway,
});

test("discounts, give-aways and a line above list: only what was not charged counts as given away", () => {
  const money = emptyMoney();
  // 3 × (10 000 − 9 000) off; a 250 000 give-away (its unit price is ignored); 1 × 500 above list.
  addDeal(
    money,
    deal([line(3, 10_000, 9_000), line(1, 250_000, 250_000, true), line(1, 1_000, 1_500)]),
    false,
  );
  addDeal(money, deal([line(2, 10_000, 10_000)]), true);
  assert.deepEqual(money, {
    wonDeals: 2,
    discountedDeals: 1,
    giveawayDeals: 1,
    listMinor: 30_000 + 250_000 + 1_000 + 20_000,
    discountMinor: 3_000,
    giveawayMinor: 250_000,
    revenueMinor: 27_000 + 1_500 + 20_000,
    outsidePolicy: 1,
  });
  const figures = priceDeviationFigures(money, {
    ...emptyApprovals(),
    approved: 3,
    rejected: 1,
    requested: 5,
  });
  assert.equal(figures.givenAwayMinor, 253_000);
  assert.equal(figures.shareOfRevenue, 253_000 / 48_500);
  assert.equal(figures.approvalRate, 0.75);
  assert.equal(priceDeviationFigures(emptyMoney(), emptyApprovals()).shareOfRevenue, null);
});

test("outside policy: the owner's role and the deal's channel set the limit; an approval covers only its exact lines", () => {
  // Sales on direct: min(15 %, 12 %) = 12 %. 12 % is in, 12.01 % is out.
  assert.equal(outsidePolicy(deal([line(1, 10_000, 8_800)]), POLICY), null);
  assert.deepEqual(outsidePolicy(deal([line(1, 10_000, 8_799)]), POLICY), [
    { kind: "discount_over_limit", line: 0, discountBp: 1201, limitBp: 1200 },
  ]);
  // On the reseller channel the limit is 5 %.
  assert.deepEqual(outsidePolicy(deal([line(1, 10_000, 9_400)], { channel: "reseller" }), POLICY), [
    { kind: "discount_over_limit", line: 0, discountBp: 600, limitBp: 500 },
  ]);
  // A partner owner falls back to the default 10 %.
  assert.notEqual(outsidePolicy(deal([line(1, 10_000, 8_900)], { ownerRole: "partner" }), POLICY), null);
  const giveaway = [line(1, 10_000, 10_000), line(1, 250_000, 0, true)];
  assert.deepEqual(outsidePolicy(deal(giveaway), POLICY), [{ kind: "giveaway_not_allowed", line: 1 }]);
  const covered = deal(giveaway, { approvedFingerprints: [approvalFingerprint("book", giveaway)] });
  assert.equal(outsidePolicy(covered, POLICY), null);
  // Approved for other lines (or another book) covers nothing.
  const other = deal(giveaway, { approvedFingerprints: [approvalFingerprint("other-book", giveaway)] });
  assert.notEqual(outsidePolicy(other, POLICY), null);
});
