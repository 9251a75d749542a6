// The price-deviation figures and policy rule by hand: shares of nothing, the smallest limit, and when a deal is outside policy.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
  emptyApprovals,
  emptyMoney,
  outsidePolicy,
  type PricedWonDeal,
  priceDeviationFigures,
} from "./price-deviation.ts";
import { approvalFingerprint, type DiscountPolicy, discountLimitBp, smallestLimitBp } from "./pricing.ts";

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

test("the figures: given away is discounts plus give-aways; shares and rates have no value on nothing", () => {
  const money = {
    ...emptyMoney(),
    wonDeals: 2,
    discountMinor: 3_000,
    giveawayMinor: 250_000,
    revenueMinor: 48_500,
  };
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
  assert.equal(priceDeviationFigures(emptyMoney(), emptyApprovals()).approvalRate, null);
});

test("the smallest limit anyone is granted bounds every deviation from below", () => {
  assert.equal(smallestLimitBp(POLICY), 500);
  assert.equal(smallestLimitBp({ ...POLICY, maxDiscountBpByRole: {}, maxDiscountBpByChannel: {} }), 1000);
  // Every seller's limit is at least the smallest one.
  for (const role of ["sales", "partner", "admin", "marketing"] as const)
    for (const channel of ["direct", "reseller", "affiliate"] as const)
      assert.ok(discountLimitBp(POLICY, { role, channel }) >= smallestLimitBp(POLICY));
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
