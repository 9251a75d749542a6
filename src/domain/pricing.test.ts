import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  type DiscountPolicy,
  dealTotals,
  discountLimitBp,
  type LineItem,
  lineItemsFingerprint,
  mayApprove,
  policyDeviations,
} from "./pricing.ts";

const policy: DiscountPolicy = {
  defaultMaxDiscountBp: 0,
  maxDiscountBpByRole: { sales: 1000, admin: 3000 }, // 10 %, 30 %
  maxDiscountBpByChannel: { reseller: 1500, affiliate: 500 }, // 15 %, 5 %
  giveawaysAllowed: false,
};
const line = (unit: number, extra: Partial<LineItem> = {}): LineItem => ({
  productId: "p1",
  quantity: 3,
  listPriceMinor: 10_000,
  unitPriceMinor: unit,
  giveaway: false,
  ...extra,
});
const sales = { role: "sales" as const, channel: "direct" as const };

describe("discount limits", () => {
  test("the strictest of the role's and the channel's limit applies; unnamed means the default", () => {
    assert.equal(discountLimitBp(policy, { role: "sales", channel: "direct" }), 0); // channel unnamed → default 0
    assert.equal(discountLimitBp(policy, { role: "sales", channel: "reseller" }), 1000);
    assert.equal(discountLimitBp(policy, { role: "admin", channel: "reseller" }), 1500);
    assert.equal(discountLimitBp(policy, { role: "sales", channel: "affiliate" }), 500);
  });

  test("exactly at the limit is inside the policy; one minor unit more is outside", () => {
    const seller = { role: "sales" as const, channel: "reseller" as const }; // 10 %
    assert.deepEqual(policyDeviations([line(9_000)], seller, policy), []);
    assert.deepEqual(policyDeviations([line(8_999)], seller, policy), [
      { kind: "discount_over_limit", line: 0, discountBp: 1001, limitBp: 1000 },
    ]);
  });

  test("with no limit named anywhere, any discount needs approval and the list price does not", () => {
    assert.deepEqual(policyDeviations([line(10_000)], sales, policy), []);
    assert.equal(policyDeviations([line(9_999)], sales, policy).length, 1);
  });

  test("give-aways: visible as the whole list value, allowed only when the policy says so", () => {
    const items = [line(10_000), line(10_000, { giveaway: true, quantity: 1 })];
    assert.deepEqual(dealTotals(items), { listMinor: 40_000, netMinor: 30_000, discountMinor: 10_000 });
    assert.deepEqual(policyDeviations(items, sales, policy), [{ kind: "giveaway_not_allowed", line: 1 }]);
    assert.deepEqual(policyDeviations(items, sales, { ...policy, giveawaysAllowed: true }), []);
  });

  test("a price above the list is a deviation too", () => {
    assert.deepEqual(policyDeviations([line(10_001)], sales, policy), [
      { kind: "price_above_list", line: 0 },
    ]);
  });
});

describe("approvals", () => {
  test("an approval covers the exact line items it saw", () => {
    assert.equal(lineItemsFingerprint([line(9_000)]), lineItemsFingerprint([line(9_000)]));
    assert.notEqual(lineItemsFingerprint([line(9_000)]), lineItemsFingerprint([line(8_000)]));
    assert.notEqual(
      lineItemsFingerprint([line(9_000)]),
      lineItemsFingerprint([line(9_000, { quantity: 4 })]),
    );
  });

  test("admins and marketing approve; nobody approves their own request; sales never approves", () => {
    assert.equal(mayApprove({ userId: "m", role: "marketing" }, "s"), true);
    assert.equal(mayApprove({ userId: "a", role: "admin" }, "s"), true);
    assert.equal(mayApprove({ userId: "a", role: "admin" }, "a"), false);
    assert.equal(mayApprove({ userId: "s2", role: "sales" }, "s"), false);
    assert.equal(mayApprove({ userId: "p", role: "partner" }, "s"), false);
  });
});
