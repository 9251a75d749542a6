import assert from "node:assert/strict";
import { test } from "node:test";
import { planLine, projectToEnd } from "./plans.ts";

// April 2027 has 30 days; on the 11th at 00:00 UTC, 10 of them are gone.
const APRIL_11 = Date.UTC(2027, 3, 11);

test("the projection carries the actual at its pace to the period's end", () => {
  assert.equal(projectToEnd(40, "month", "2027-04-01", APRIL_11), 120);
  assert.equal(projectToEnd(40, "month", "2027-04-01", Date.UTC(2027, 4, 1)), 40, "a finished period");
  assert.equal(projectToEnd(40, "month", "2027-04-01", Date.UTC(2027, 3, 1)), null, "not begun");
});

test("spend booked for later in the period is added as it is, not carried at the pace", () => {
  // 3,000 spent so far and a 5,000 booth booked for the 20th: 3,000 × 3 + 5,000.
  assert.equal(projectToEnd(8_000, "month", "2027-04-01", APRIL_11, 5_000), 14_000);
  assert.deepEqual(planLine("spendMinor", 15_000, 8_000, 14_000), {
    figure: "spendMinor",
    target: 15_000,
    actual: 8_000,
    gap: 7_000,
    projected: 14_000,
    projectedGap: 1_000,
  });
});
