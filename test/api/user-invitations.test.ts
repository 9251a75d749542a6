import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setupApi, TEST_PUBLIC_URL, type TestApi } from "../support/api.ts";
import { uniqueSlug } from "../support/database.ts";
import { cookieCaller, logIn, sessionCookieOf } from "../support/sessions.ts";

// Invitations: a one-time link, shown to the admin once, that lets the invitee choose a password.
// The clock is the test's, so expiry is checked on both sides of the seven days.
const DAY = 86_400_000;
let clock = Date.parse("2026-03-02T09:00:00Z");
let api: TestApi;
let anonymous: TestApi["call"];

before(async () => {
  api = await setupApi({ now: () => new Date(clock) });
  anonymous = api.callerFor(null);
});
after(() => api.close());

const newEmail = () => `invitee-${uniqueSlug()}@example.com`;
const tokenOf = (link: string) => link.slice(`${TEST_PUBLIC_URL}/invite/`.length);

async function invite(body: Record<string, unknown>) {
  const res = await api.call("POST", "/api/v1/users/invitations", body);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body as { link: string; expiresAt: string; user: { id: string; status: string } };
}

async function statusOf(userId: string) {
  const list = await api.call("GET", "/api/v1/users");
  return list.body.data.find((u: { id: string }) => u.id === userId);
}

describe("inviting a user", () => {
  test("the link works once: the invitee chooses a password, is logged in, and can log in again", async () => {
    const email = newEmail();
    const invited = await invite({ email, name: "Mara Quint", role: "marketing" });
    assert.match(invited.link, new RegExp(`^${TEST_PUBLIC_URL}/invite/bti_[A-Za-z0-9_-]{43}$`));
    assert.equal(invited.expiresAt, new Date(clock + 7 * DAY).toISOString());
    assert.equal(invited.user.status, "invited");
    const token = tokenOf(invited.link);

    const greeting = await anonymous("POST", "/api/v1/auth/invitation", { token });
    assert.equal(greeting.status, 200, JSON.stringify(greeting.body));
    assert.equal(greeting.body.email, email);
    assert.equal(greeting.body.name, "Mara Quint");

    // An invited user has no password: logging in is the same refusal as a wrong password.
    const early = await anonymous("POST", "/api/v1/auth/login", { email, password: "anything at all" });
    assert.equal(early.status, 401);

    const short = await anonymous("POST", "/api/v1/auth/invitation/accept", { token, password: "seven77" });
    assert.equal(short.status, 400);
    assert.equal(short.body.error.message, "A password needs at least 8 characters.");
    assert.equal(short.body.error.details.field, "password");

    const accepted = await anonymous("POST", "/api/v1/auth/invitation/accept", {
      token,
      password: "eight888",
    });
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    assert.equal(accepted.body.user.email, email);
    assert.equal(accepted.body.user.role, "marketing");
    const me = await cookieCaller(api, sessionCookieOf(accepted))("GET", "/api/v1/auth/me");
    assert.equal(me.status, 200);
    assert.equal(me.body.user.id, invited.user.id);

    const again = await anonymous("POST", "/api/v1/auth/invitation/accept", {
      token,
      password: "another-one",
    });
    assert.equal(again.status, 404);
    assert.equal((await anonymous("POST", "/api/v1/auth/invitation", { token })).status, 404);

    const row = await statusOf(invited.user.id);
    assert.equal(row.status, "active");
    assert.equal(row.lastLoginAt, new Date(clock).toISOString());
    assert.equal(row.invitationExpiresAt, null);
    await logIn(api, email, "eight888");
  });

  test("an unknown, a used and an expired link all get the same plain answer", async () => {
    const unknown = await anonymous("POST", "/api/v1/auth/invitation", { token: "bti_not-a-real-token" });
    assert.equal(unknown.status, 404);
    assert.match(unknown.body.error.message, /does not work/);

    const soon = await invite({ email: newEmail(), name: "Just In Time", role: "sales" });
    const late = await invite({ email: newEmail(), name: "Too Late", role: "sales" });
    const started = clock;
    try {
      clock = started + 7 * DAY - 1;
      const inTime = await anonymous("POST", "/api/v1/auth/invitation/accept", {
        token: tokenOf(soon.link),
        password: "in time!",
      });
      assert.equal(inTime.status, 200, JSON.stringify(inTime.body));
      clock = started + 7 * DAY;
      for (const body of [
        { token: tokenOf(late.link) },
        { token: tokenOf(late.link), password: "too late!" },
      ]) {
        const path = "password" in body ? "/api/v1/auth/invitation/accept" : "/api/v1/auth/invitation";
        const expired = await anonymous("POST", path, body);
        assert.equal(expired.status, 404);
        assert.deepEqual(expired.body, unknown.body);
      }
      const used = await anonymous("POST", "/api/v1/auth/invitation", { token: tokenOf(soon.link) });
      assert.deepEqual(used.body, unknown.body);
      assert.equal((await statusOf(late.user.id)).status, "invited");
    } finally {
      clock = started;
    }
  });

  test("re-sending replaces the link (the old one stops working); an accepted invitation cannot be re-sent", async () => {
    const invited = await invite({ email: newEmail(), name: "Twice Asked", role: "sales" });
    clock += DAY;
    const resent = await api.call("POST", `/api/v1/users/${invited.user.id}/invitation`);
    assert.equal(resent.status, 200, JSON.stringify(resent.body));
    assert.notEqual(resent.body.link, invited.link);
    assert.equal(resent.body.expiresAt, new Date(clock + 7 * DAY).toISOString());
    const old = await anonymous("POST", "/api/v1/auth/invitation", { token: tokenOf(invited.link) });
    assert.equal(old.status, 404);
    const fresh = await anonymous("POST", "/api/v1/auth/invitation/accept", {
      token: tokenOf(resent.body.link),
      password: "second link",
    });
    assert.equal(fresh.status, 200, JSON.stringify(fresh.body));
    const after = await api.call("POST", `/api/v1/users/${invited.user.id}/invitation`);
    assert.equal(after.status, 409);
    assert.match(after.body.error.message, /already accepted/);
  });

  test("an email already in the workspace is refused in words, whatever its case", async () => {
    const email = newEmail();
    await invite({ email, name: "First", role: "sales" });
    const again = await api.call("POST", "/api/v1/users/invitations", {
      email: email.toUpperCase(),
      name: "Second",
      role: "marketing",
    });
    assert.equal(again.status, 409);
    assert.match(again.body.error.message, /already a user here/);
    assert.equal(again.body.error.details.field, "email");
    const staff = await api.call("POST", "/api/v1/users/invitations", {
      email: api.admin.email,
      name: "Me again",
      role: "sales",
    });
    assert.equal(staff.status, 409);
  });

  test("a partner user needs their organisation, and only partner users have one", async () => {
    const partnerId = await api.newPartner(`Reseller ${uniqueSlug()}`);
    const missing = await api.call("POST", "/api/v1/users/invitations", {
      email: newEmail(),
      name: "No Org",
      role: "partner",
    });
    assert.equal(missing.status, 400);
    assert.match(missing.body.error.message, /needs the partner organisation/);
    const staffWithOrg = await api.call("POST", "/api/v1/users/invitations", {
      email: newEmail(),
      name: "Staff With Org",
      role: "sales",
      partnerId,
    });
    assert.equal(staffWithOrg.status, 400);
    assert.match(staffWithOrg.body.error.message, /Only partner users/);
    const unknownOrg = await api.call("POST", "/api/v1/users/invitations", {
      email: newEmail(),
      name: "Ghost Org",
      role: "partner",
      partnerId: "01939a4e-7b1c-7cc3-9a52-3f7e4b5d6a10",
    });
    assert.equal(unknownOrg.status, 422);
    const ok = await invite({ email: newEmail(), name: "Reseller Rep", role: "partner", partnerId });
    assert.equal((await statusOf(ok.user.id)).partnerId, partnerId);
  });

  test("a deactivated invitee's link does not work until they are reactivated", async () => {
    const invited = await invite({ email: newEmail(), name: "Paused", role: "sales" });
    const token = tokenOf(invited.link);
    assert.equal((await api.call("POST", `/api/v1/users/${invited.user.id}/deactivate`)).status, 200);
    assert.equal((await anonymous("POST", "/api/v1/auth/invitation", { token })).status, 404);
    assert.equal((await api.call("POST", `/api/v1/users/${invited.user.id}/reactivate`)).status, 200);
    assert.equal((await statusOf(invited.user.id)).status, "invited");
    assert.equal((await anonymous("POST", "/api/v1/auth/invitation", { token })).status, 200);
  });
});
