import assert from "node:assert/strict";
import { test } from "node:test";
import { addMonths, lastSettledMonth, monthOf, wholeMonths } from "./months.ts";

test("months add across years, backwards too", () => {
  assert.equal(addMonths("2026-11-01", 2), "2027-01-01");
  assert.equal(addMonths("2026-01-01", -1), "2025-12-01");
  assert.equal(monthOf("2026-02-28"), "2026-02-01");
  assert.equal(monthOf(new Date("2026-03-31T23:59:59.999Z")), "2026-03-01");
});

test("a month is settled a day after it ends", () => {
  assert.equal(lastSettledMonth(new Date("2026-12-01T23:59:59.999Z")), "2026-10-01");
  assert.equal(lastSettledMonth(new Date("2026-12-02T00:00:00Z")), "2026-11-01");
  assert.equal(lastSettledMonth(new Date("2027-01-15T12:00:00Z")), "2026-12-01");
});

test("a period is whole months only from a first day to a last day", () => {
  assert.deepEqual(wholeMonths("2026-07-01", "2026-09-30"), { first: "2026-07-01", last: "2026-09-01" });
  assert.deepEqual(wholeMonths("2024-02-01", "2024-02-29"), { first: "2024-02-01", last: "2024-02-01" });
  assert.equal(wholeMonths("2023-02-01", "2023-02-29"), null);
  assert.equal(wholeMonths("2026-07-02", "2026-09-30"), null);
  assert.equal(wholeMonths("2026-07-01", "2026-09-29"), null);
  assert.equal(wholeMonths("2026-09-01", "2026-08-31"), null);
});
