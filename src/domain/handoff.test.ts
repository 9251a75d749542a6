import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  addBusinessMinutes,
  type BusinessHours,
  cooledWhileWaiting,
  coolingSoonHorizon,
  isSalesReady,
  matchAssignmentRule,
  nextOpenInstant,
  roundRobinPick,
} from "./handoff.ts";

const BERLIN: BusinessHours = {
  timeZone: "Europe/Berlin",
  days: [1, 2, 3, 4, 5],
  start: "09:00",
  end: "17:00",
};
const UTC9TO5: BusinessHours = { timeZone: "UTC", days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" };
const at = (iso: string) => Date.parse(iso);

describe("the SLA clock runs in business hours", () => {
  test("24 business hours from Monday 10:00 UTC end Thursday 10:00 (8 h a day)", () => {
    // Mon 10–17 = 7 h, Tue 8 h, Wed 8 h (23 h), Thu 09:00 + 1 h.
    assert.equal(
      addBusinessMinutes(at("2026-11-23T10:00:00Z"), 24 * 60, UTC9TO5),
      at("2026-11-26T10:00:00Z"),
    );
  });
  test("a lead handed over on Friday at 16:30 is due Monday at 09:30 for one hour", () => {
    assert.equal(addBusinessMinutes(at("2026-11-27T16:30:00Z"), 60, UTC9TO5), at("2026-11-30T09:30:00Z"));
  });
  test("exactly at closing time the remainder starts next morning; one minute before it fits", () => {
    assert.equal(addBusinessMinutes(at("2026-11-23T16:59:00Z"), 1, UTC9TO5), at("2026-11-23T17:00:00Z"));
    assert.equal(addBusinessMinutes(at("2026-11-23T16:59:00Z"), 2, UTC9TO5), at("2026-11-24T09:01:00Z"));
  });
  test("local hours across the spring DST change: Berlin 09:00 is 08:00 UTC before and 07:00 UTC after", () => {
    // Friday 2026-03-27 16:00 CET (15:00 UTC) + 2 h → Monday 2026-03-30 10:00 CEST (08:00 UTC).
    assert.equal(addBusinessMinutes(at("2026-03-27T15:00:00Z"), 120, BERLIN), at("2026-03-30T08:00:00Z"));
  });
  test("the next open instant of a weekend is Monday's opening; inside hours it is now", () => {
    assert.equal(nextOpenInstant(at("2026-11-28T12:00:00Z"), UTC9TO5), at("2026-11-30T09:00:00Z"));
    assert.equal(nextOpenInstant(at("2026-11-24T12:00:00Z"), UTC9TO5), at("2026-11-24T12:00:00Z"));
  });
  test("no open days: the clock always runs", () => {
    assert.equal(addBusinessMinutes(0, 90, { ...UTC9TO5, days: [] }), 90 * 60_000);
  });
});

describe("when a lead is sales-ready", () => {
  const rule = { temperature: "hot" as const, minGrade: "B" as const };
  const lead = { stage: "lead" as const, temperature: "hot" as const, grade: null, cooldownUntil: null };
  test("a hot lead is ready; a warm one is not (unless the rule says warm)", () => {
    assert.equal(isSalesReady(lead, rule, 0), true);
    assert.equal(isSalesReady({ ...lead, temperature: "warm" }, rule, 0), false);
    assert.equal(isSalesReady({ ...lead, temperature: "warm" }, { ...rule, temperature: "warm" }, 0), true);
  });
  test("grade B passes a B-or-better rule, C does not; no grade yet is ignored", () => {
    assert.equal(isSalesReady({ ...lead, grade: "B" }, rule, 0), true);
    assert.equal(isSalesReady({ ...lead, grade: "C" }, rule, 0), false);
  });
  test("only marketing's stages hand over; a recycled lead waits for its cool-down", () => {
    assert.equal(isSalesReady({ ...lead, stage: "in_sales" }, rule, 0), false);
    assert.equal(isSalesReady({ ...lead, stage: "prospect" }, rule, 0), false);
    assert.equal(isSalesReady({ ...lead, stage: "recycled", cooldownUntil: 1000 }, rule, 999), false);
    assert.equal(isSalesReady({ ...lead, stage: "recycled", cooldownUntil: 1000 }, rule, 1000), true);
  });
});

describe("assignment", () => {
  test("round-robin walks the list and wraps", () => {
    const users = ["a", "b", "c"];
    assert.deepEqual(
      [0, 1, 2, 3, 7].map((slot) => roundRobinPick(users, slot)),
      ["a", "b", "c", "a", "b"],
    );
    assert.equal(roundRobinPick([], 0), null);
  });
  test("the first matching territory rule wins, case-insensitively", () => {
    const rules = [
      { id: "1", field: "country" as const, value: "Germany", userId: "u1" },
      { id: "2", field: "industry" as const, value: "retail", userId: "u2" },
    ];
    assert.equal(matchAssignmentRule({ country: "germany", industry: "Retail" }, rules)?.userId, "u1");
    assert.equal(matchAssignmentRule({ country: "France", industry: "Retail " }, rules)?.userId, "u2");
    assert.equal(matchAssignmentRule({ country: "France" }, rules), null);
  });
  test("a waiting lead is flagged once it has cooled below hot", () => {
    assert.equal(cooledWhileWaiting(1000, 999), false);
    assert.equal(cooledWhileWaiting(1000, 1001), true);
    assert.equal(cooledWhileWaiting(null, 0), true);
  });
});

describe("cooling soon: the next two business days", () => {
  test("counted in business time, across a weekend and a DST change", () => {
    // Friday 2027-03-05 18:00 UTC, after close: Monday and Tuesday are the two days.
    assert.equal(coolingSoonHorizon(at("2027-03-05T18:00:00Z"), UTC9TO5), at("2027-03-09T17:00:00Z"));
    // Monday 10:00: the rest of Monday, Tuesday, and Wednesday until 10:00.
    assert.equal(coolingSoonHorizon(at("2027-03-08T10:00:00Z"), UTC9TO5), at("2027-03-10T10:00:00Z"));
    // Berlin, Friday 2027-03-26 16:00 local (15:00 UTC): one hour of Friday, Monday (after the
    // clocks went forward, 09:00 is 07:00 UTC), and Tuesday until 16:00 local (14:00 UTC).
    assert.equal(coolingSoonHorizon(at("2027-03-26T15:00:00Z"), BERLIN), at("2027-03-30T14:00:00Z"));
  });

  test("without business hours, two calendar days", () => {
    const none: BusinessHours = { timeZone: "UTC", days: [], start: "09:00", end: "17:00" };
    assert.equal(coolingSoonHorizon(at("2027-03-05T18:00:00Z"), none), at("2027-03-07T18:00:00Z"));
  });
});
