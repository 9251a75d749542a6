import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type Recipient, sendBlocker } from "./email-guards.ts";

const ok: Recipient = { stage: "lead", marketingConsent: true, suppression: null };

describe("who gets marketing mail", () => {
  test("a lead with consent and no suppression gets it", () => {
    assert.equal(sendBlocker("marketing", ok), null);
    // A sales sequence's one-to-one mail reaches the contact sales works, consent or not…
    assert.equal(sendBlocker("sales", { ...ok, stage: "in_sales", marketingConsent: null }), null);
    // …but never an address that unsubscribed.
    assert.equal(
      sendBlocker("sales", { ...ok, stage: "in_sales", suppression: "unsubscribe" }),
      "suppressed",
    );
  });
  test("no consent row, or a withdrawn one, is no consent", () => {
    assert.equal(sendBlocker("marketing", { ...ok, marketingConsent: null }), "no_consent");
    assert.equal(sendBlocker("marketing", { ...ok, marketingConsent: false }), "no_consent");
  });
  test("sales_ready and in_sales pause marketing; recycled and customer do not", () => {
    assert.equal(sendBlocker("marketing", { ...ok, stage: "sales_ready" }), "in_sales");
    assert.equal(sendBlocker("marketing", { ...ok, stage: "in_sales" }), "in_sales");
    assert.equal(sendBlocker("marketing", { ...ok, stage: "recycled" }), null);
    assert.equal(sendBlocker("marketing", { ...ok, stage: "customer" }), null);
  });
  test("any suppression stops it, before the other reasons", () => {
    for (const suppression of ["hard_bounce", "unsubscribe", "complaint", "manual"] as const) {
      assert.equal(sendBlocker("marketing", { ...ok, suppression, stage: "in_sales" }), "suppressed");
    }
  });
});

describe("who gets transactional mail", () => {
  test("it ignores consent and stage", () => {
    assert.equal(
      sendBlocker("transactional", { stage: "in_sales", marketingConsent: false, suppression: null }),
      null,
    );
  });
  test("only a hard bounce stops it", () => {
    assert.equal(sendBlocker("transactional", { ...ok, suppression: "unsubscribe" }), null);
    assert.equal(sendBlocker("transactional", { ...ok, suppression: "hard_bounce" }), "suppressed");
  });
});
