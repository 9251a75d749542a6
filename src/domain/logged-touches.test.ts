import assert from "node:assert/strict";
import { test } from "node:test";
import { describeTouchProperties, LOGGED_TOUCHES } from "./logged-touches.ts";
import { TOUCHPOINT_KINDS } from "./touchpoint-kinds.ts";

test("every touch staff log by hand is a catalogue kind, listed once", () => {
  const kinds = LOGGED_TOUCHES.map((t) => t.kind);
  assert.equal(new Set(kinds).size, kinds.length);
  for (const kind of kinds) assert.ok(kind in TOUCHPOINT_KINDS, kind);
});

test("logged details read in words, then the rest as it came; empty values are left out", () => {
  assert.deepEqual(
    describeTouchProperties({
      utm_source: "fair",
      note: "Wants a pilot in May",
      durationMinutes: 25,
      outcome: "voicemail",
      referredBy: "Ana Ruiz",
      empty: "",
    }),
    ["Left a voicemail", "25 min", "Referred by Ana Ruiz", "Wants a pilot in May", "utm source: fair"],
  );
  assert.deepEqual(describeTouchProperties({ outcome: "something_else", pages: [1, 2] }), [
    "something_else",
    "pages: [1,2]",
  ]);
  assert.deepEqual(describeTouchProperties(null), []);
});

test("money reads as money, keys as words, and Baton's own ids are left out", () => {
  assert.deepEqual(
    describeTouchProperties({
      plan: "Team",
      amountMinor: 11_400_000,
      currency: "USD",
      termMonths: 12,
      outboxId: "01a2",
      linkId: "01a3",
    }),
    ["$114,000.00", "plan: Team", "term months: 12"],
  );
  assert.deepEqual(describeTouchProperties({ amountMinor: 5000, currency: "JPY" }), ["¥5,000"]);
});

test("a proposal's opening and acceptance read as sentences, without its id", () => {
  const proposalId = "01a234fa-f3e9-7140-acca-a5c7d2321125";
  assert.deepEqual(describeTouchProperties({ proposalId, number: 7, event: "viewed" }), [
    "No. 7",
    "Opened by the prospect",
  ]);
  assert.deepEqual(
    describeTouchProperties({
      proposalId,
      number: 7,
      event: "accepted",
      acceptedBy: "Carl Nyström",
      amountMinor: 160_000,
      currency: "USD",
    }),
    ["No. 7", "Accepted by Carl Nyström", "$1,600.00"],
  );
  // The same keys from anyone else's touchpoint stay as they came.
  assert.deepEqual(describeTouchProperties({ event: "viewed", number: 3 }), ["event: viewed", "number: 3"]);
});
