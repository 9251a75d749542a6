import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { createApiKey } from "../../src/services/auth/api-keys.ts";
import { lockMembership } from "../../src/store/queries/users.ts";
import { users } from "../../src/store/schema/index.ts";
import { inTransaction } from "../../src/store/transaction.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import { uniqueSlug } from "../support/database.ts";
import { cookieCaller, logIn } from "../support/sessions.ts";

// Roles and deactivation: admins only; a deactivated user is refused on their very next request;
// the workspace never loses its last active admin, even to two admins demoting each other at once.
const PASSWORD = "correct horse"; // setupApi's users' password
let api: TestApi;

before(async () => {
  api = await setupApi();
});
after(() => api.close());

async function userRow(t: TestApi, id: string) {
  const list = await t.call("GET", "/api/v1/users");
  return list.body.data.find((u: { id: string }) => u.id === id);
}

describe("who may manage users", () => {
  test("marketing, sales, partner users and no key are refused every change, and nothing changes", async () => {
    const target = await api.userWithKey("sales");
    const invited = await api.call("POST", "/api/v1/users/invitations", {
      email: `pending-${uniqueSlug()}@example.com`,
      name: "Pending Person",
      role: "sales",
    });
    assert.equal(invited.status, 201);
    const callers = [
      ["marketing", api.callerFor((await api.userWithKey("marketing")).key), 403],
      ["sales", api.callerFor((await api.userWithKey("sales")).key), 403],
      ["partner", api.callerFor((await api.userWithKey("partner")).key), 403],
      ["no key", api.callerFor(null), 401],
    ] as const;
    const before = (await api.call("GET", "/api/v1/users")).body;
    const writes: [string, string, unknown?][] = [
      [
        "POST",
        "/api/v1/users/invitations",
        { email: `x-${uniqueSlug()}@example.com`, name: "X", role: "admin" },
      ],
      ["POST", `/api/v1/users/${invited.body.user.id}/invitation`],
      ["PATCH", `/api/v1/users/${target.userId}`, { role: "admin", name: "Promoted" }],
      ["POST", `/api/v1/users/${target.userId}/deactivate`],
      ["POST", `/api/v1/users/${target.userId}/reactivate`],
    ];
    for (const [who, call, status] of callers) {
      for (const [method, path, body] of writes) {
        const res = await call(method, path, body);
        assert.equal(res.status, status, `${who} ${method} ${path}: ${JSON.stringify(res.body)}`);
      }
      const everyone = await call("GET", "/api/v1/api-keys?everyone=true");
      assert.equal(everyone.status, status, `${who} lists everyone's keys`);
    }
    // The target's key still works: nothing was deactivated, renamed or promoted.
    assert.equal((await api.callerFor(target.key)("GET", "/api/v1/auth/me")).status, 200);
    assert.deepEqual((await api.call("GET", "/api/v1/users")).body, before);
    // The refused re-sends left the pending link as it was.
    const token = invited.body.link.split("/invite/")[1];
    assert.equal((await api.callerFor(null)("POST", "/api/v1/auth/invitation", { token })).status, 200);
    const partner = await api.callerFor((await api.userWithKey("partner")).key)("GET", "/api/v1/users");
    assert.equal(partner.status, 403);
  });
});

describe("changing roles", () => {
  test("an admin renames a user and changes the role; partner needs an organisation, staff drop it", async () => {
    const user = await api.userWithKey("marketing");
    const renamed = await api.call("PATCH", `/api/v1/users/${user.userId}`, {
      name: "Mona Sales",
      role: "sales",
    });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
    assert.equal(renamed.body.role, "sales");
    assert.equal(renamed.body.name, "Mona Sales");
    assert.equal((await api.callerFor(user.key)("GET", "/api/v1/auth/me")).body.user.role, "sales");

    const noOrg = await api.call("PATCH", `/api/v1/users/${user.userId}`, { role: "partner" });
    assert.equal(noOrg.status, 400);
    assert.match(noOrg.body.error.message, /A partner user needs the partner organisation/);
    assert.equal(noOrg.body.error.details.field, "partnerId");
    const orgForStaff = await api.call("PATCH", `/api/v1/users/${user.userId}`, {
      partnerId: await api.newPartner(`P ${uniqueSlug()}`),
    });
    assert.equal(orgForStaff.status, 400);
    assert.match(orgForStaff.body.error.message, /Only partner users/);
    assert.equal((await userRow(api, user.userId)).role, "sales");

    const partnerId = await api.newPartner(`Reseller ${uniqueSlug()}`);
    const toPartner = await api.call("PATCH", `/api/v1/users/${user.userId}`, { role: "partner", partnerId });
    assert.equal(toPartner.status, 200, JSON.stringify(toPartner.body));
    assert.equal(toPartner.body.partnerId, partnerId);
    const back = await api.call("PATCH", `/api/v1/users/${user.userId}`, { role: "sales" });
    assert.equal(back.status, 200, JSON.stringify(back.body));
    assert.equal(back.body.partnerId, null);
  });

  test("an unknown user is a 404", async () => {
    const res = await api.call("PATCH", "/api/v1/users/01939a4e-7b1c-7cc3-9a52-3f7e4b5d6a10", {
      role: "sales",
    });
    assert.equal(res.status, 404);
  });
});

describe("the last active admin", () => {
  test("cannot demote or deactivate themselves; a pending invited admin does not count", async () => {
    const solo = await setupApi();
    try {
      const self = `/api/v1/users/${solo.admin.userId}`;
      const demote = await solo.call("PATCH", self, { role: "marketing" });
      assert.equal(demote.status, 409);
      assert.match(demote.body.error.message, /last active admin/);
      const off = await solo.call("POST", `${self}/deactivate`);
      assert.equal(off.status, 409);
      assert.match(off.body.error.message, /last active admin/);

      const invited = await solo.call("POST", "/api/v1/users/invitations", {
        email: `admin-${uniqueSlug()}@example.com`,
        name: "Future Admin",
        role: "admin",
      });
      assert.equal(invited.status, 201);
      assert.equal((await solo.call("PATCH", self, { role: "marketing" })).status, 409);

      const other = await solo.userWithKey("admin");
      const renamed = await solo.call("PATCH", self, { name: "Still admin" });
      assert.equal(renamed.status, 200);
      const demoted = await solo.call("PATCH", self, { role: "marketing" });
      assert.equal(demoted.status, 200, JSON.stringify(demoted.body));
      // Now the other one is the last: it may not deactivate itself either.
      const otherOff = await solo.callerFor(other.key)("POST", `/api/v1/users/${other.userId}/deactivate`);
      assert.equal(otherOff.status, 409);
    } finally {
      await solo.close();
    }
  });

  test("two admins demoting (or deactivating) each other at the same time leave one admin", async () => {
    const pair = await setupApi();
    try {
      const a = pair.admin;
      const b = await pair.userWithKey("admin");
      for (let round = 0; round < 6; round++) {
        const results =
          round % 2 === 0
            ? await Promise.all([
                pair.callerFor(a.key)("PATCH", `/api/v1/users/${b.userId}`, { role: "sales" }),
                pair.callerFor(b.key)("PATCH", `/api/v1/users/${a.userId}`, { role: "sales" }),
              ])
            : await Promise.all([
                pair.callerFor(a.key)("POST", `/api/v1/users/${b.userId}/deactivate`),
                pair.callerFor(b.key)("POST", `/api/v1/users/${a.userId}/deactivate`),
              ]);
        const statuses = results.map((r) => r.status);
        // The loser is refused as the last admin (409), or — if its request was authenticated
        // after the winner committed — as no longer an admin (403) or no longer active (401).
        assert.equal(statuses.filter((s) => s === 200).length, 1, `round ${round}: ${statuses}`);
        const winner = statuses[0] === 200 ? a : b;
        const loser = winner === a ? b : a;
        const asWinner = pair.callerFor(winner.key);
        const admins = (await asWinner("GET", "/api/v1/users")).body.data.filter(
          (u: { role: string; status: string }) => u.role === "admin" && u.status === "active",
        );
        assert.deepEqual(
          admins.map((u: { id: string }) => u.id),
          [winner.userId],
          `round ${round}`,
        );
        // The loser back as an active admin (with a new key if it was deactivated) for the next round.
        assert.equal((await asWinner("POST", `/api/v1/users/${loser.userId}/reactivate`)).status, 200);
        assert.equal(
          (await asWinner("PATCH", `/api/v1/users/${loser.userId}`, { role: "admin" })).status,
          200,
        );
        if (round % 2 === 1) {
          loser.key = (
            await createApiKey(pair.deps, {
              workspaceId: pair.workspaceId,
              userId: loser.userId,
              name: "again",
            })
          ).key;
        }
      }
    } finally {
      await pair.close();
    }
  });
});

describe("an admin demoted while their request waits", () => {
  test("is refused once the demotion commits, and their change is not made", async () => {
    const b = await api.userWithKey("admin");
    let release = () => {};
    let locked = () => {};
    const lockHeld = new Promise<void>((resolve) => {
      locked = resolve;
    });
    // Another admin's demotion of b, holding the membership lock until we let it commit.
    const demotion = inTransaction(api.deps.db, async (tx) => {
      await lockMembership(tx, api.workspaceId);
      await tx
        .update(users)
        .set({ role: "sales" })
        .where(and(eq(users.workspaceId, api.workspaceId), eq(users.id, b.userId)));
      locked();
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    });
    await lockHeld;
    const email = `late-${uniqueSlug()}@example.com`;
    // Authenticated while b is still an admin (the demotion has not committed), then waits.
    const late = api.callerFor(b.key)("POST", "/api/v1/users/invitations", {
      email,
      name: "Late",
      role: "admin",
    });
    await new Promise((r) => setTimeout(r, 300));
    release();
    await demotion;
    const res = await late;
    assert.equal(res.status, 403, JSON.stringify(res.body));
    assert.match(res.body.error.message, /no longer an active admin/);
    const list = (await api.call("GET", "/api/v1/users")).body.data;
    assert.ok(!list.some((u: { email: string }) => u.email === email));
  });
});

describe("deactivation", () => {
  test("ends the user's sessions and keys within one request; they cannot log in; reactivation lets them back", async () => {
    const user = await api.userWithKey("marketing");
    const asKey = api.callerFor(user.key);
    const asCookie = cookieCaller(api, await logIn(api, user.email, PASSWORD));
    assert.equal((await asKey("GET", "/api/v1/auth/me")).status, 200);
    assert.equal((await asCookie("GET", "/api/v1/auth/me")).status, 200);

    const off = await api.call("POST", `/api/v1/users/${user.userId}/deactivate`);
    assert.equal(off.status, 200, JSON.stringify(off.body));
    assert.equal(off.body.status, "deactivated");
    assert.equal((await asKey("GET", "/api/v1/contacts")).status, 401);
    assert.equal((await asCookie("GET", "/api/v1/contacts")).status, 401);
    assert.equal(
      (await asCookie("POST", "/api/v1/contacts", { email: `c-${uniqueSlug()}@example.com` })).status,
      401,
    );

    const anonymous = api.callerFor(null);
    const rightPassword = await anonymous("POST", "/api/v1/auth/login", {
      email: user.email,
      password: PASSWORD,
    });
    const wrongPassword = await anonymous("POST", "/api/v1/auth/login", {
      email: user.email,
      password: "wrong one",
    });
    assert.equal(rightPassword.status, 401);
    assert.deepEqual(rightPassword.body, wrongPassword.body);

    assert.equal((await api.call("POST", `/api/v1/users/${user.userId}/deactivate`)).status, 200);
    const on = await api.call("POST", `/api/v1/users/${user.userId}/reactivate`);
    assert.equal(on.body.status, "active");
    await logIn(api, user.email, PASSWORD);
    assert.equal((await asKey("GET", "/api/v1/auth/me")).status, 401, "the old key stays revoked");
    const keys = await api.call("GET", "/api/v1/api-keys?everyone=true");
    const old = keys.body.data.find((k: { id: string }) => k.id === user.keyId);
    assert.ok(old.revokedAt);
  });
});
