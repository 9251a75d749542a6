import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  assigneeProblem,
  invitationExpiry,
  lastAdminProblem,
  partnerTieProblem,
  passwordProblem,
  userStatus,
} from "./users.ts";

describe("membership rules", () => {
  test("a password has 8 to 200 characters", () => {
    assert.match(passwordProblem("1234567") ?? "", /at least 8/);
    assert.equal(passwordProblem("12345678"), null);
    assert.equal(passwordProblem("x".repeat(200)), null);
    assert.match(passwordProblem("x".repeat(201)) ?? "", /at most 200/);
  });

  test("partner users and only they belong to a partner organisation", () => {
    assert.match(partnerTieProblem("partner", null) ?? "", /needs the partner organisation/);
    assert.equal(partnerTieProblem("partner", "p1"), null);
    assert.match(partnerTieProblem("sales", "p1") ?? "", /Only partner users/);
    assert.equal(partnerTieProblem("admin", undefined), null);
  });

  test("a deactivated user is given no new work; an active or invited one is", () => {
    assert.match(
      assigneeProblem({ name: "Dana", deactivatedAt: new Date(0) }) ?? "",
      /^Dana is deactivated .*choose an active user/,
    );
    assert.equal(assigneeProblem({ name: "Dana", deactivatedAt: null }), null);
  });

  test("deactivated wins over invited", () => {
    assert.equal(userStatus({ deactivatedAt: new Date(0), invited: true }), "deactivated");
    assert.equal(userStatus({ deactivatedAt: null, invited: true }), "invited");
    assert.equal(userStatus({ deactivatedAt: null, invited: false }), "active");
  });

  test("the last active admin can neither change role nor be deactivated; with two, either may", () => {
    assert.match(lastAdminProblem(["a"], { userId: "a", becomes: "sales" }) ?? "", /last active admin/);
    assert.match(lastAdminProblem(["a"], { userId: "a", becomes: "deactivated" }) ?? "", /deactivating/);
    assert.equal(lastAdminProblem(["a"], { userId: "a", becomes: "admin" }), null);
    assert.equal(lastAdminProblem(["a"], { userId: "b", becomes: "deactivated" }), null);
    assert.equal(lastAdminProblem(["a", "b"], { userId: "a", becomes: "marketing" }), null);
  });

  test("an invitation works for seven days", () => {
    assert.equal(
      invitationExpiry(new Date("2026-03-02T09:00:00Z")).toISOString(),
      "2026-03-09T09:00:00.000Z",
    );
  });
});
