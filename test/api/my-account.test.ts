import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setupApi, type TestApi } from "../support/api.ts";
import { cookieCaller, logIn } from "../support/sessions.ts";

// A user's own account: API keys (shown once, revoked at once) and their password (the other
// sessions end, the one asking stays).
const PASSWORD = "correct horse"; // setupApi's users' password
let api: TestApi;

before(async () => {
  api = await setupApi();
});
after(() => api.close());

describe("API keys in the app", () => {
  test("a user creates a key (shown once), it works, and revoking it stops the next request", async () => {
    const user = await api.userWithKey("sales");
    const asUser = api.callerFor(user.key);
    const created = await asUser("POST", "/api/v1/api-keys", { name: "Zapier" });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.match(created.body.key, /^baton_[A-Za-z0-9_-]{43}$/);
    assert.equal(created.body.prefix, created.body.key.slice(0, 12));
    assert.equal(created.body.userId, user.userId);
    const asNewKey = api.callerFor(created.body.key);
    assert.equal((await asNewKey("GET", "/api/v1/auth/me")).body.user.id, user.userId);

    const mine = await asUser("GET", "/api/v1/api-keys");
    assert.deepEqual(
      mine.body.data.map((k: { name: string }) => k.name),
      ["Zapier", "test"],
    );
    assert.ok(
      mine.body.data.every((k: object) => !("key" in k) && !JSON.stringify(k).includes(created.body.key)),
    );

    const revoked = await asUser("POST", `/api/v1/api-keys/${created.body.id}/revoke`);
    assert.equal(revoked.status, 200, JSON.stringify(revoked.body));
    assert.ok(revoked.body.revokedAt);
    assert.equal((await asNewKey("GET", "/api/v1/auth/me")).status, 401);
    assert.equal((await asUser("GET", "/api/v1/auth/me")).status, 200, "the user's other key still works");
    const twice = await asUser("POST", `/api/v1/api-keys/${created.body.id}/revoke`);
    assert.equal(twice.body.revokedAt, revoked.body.revokedAt);
  });

  test("a key's last use is listed, noted at most once a minute", async () => {
    let clock = Date.parse("2026-03-02T09:00:00Z");
    const timed = await setupApi({ now: () => new Date(clock) });
    try {
      const user = await timed.userWithKey("marketing");
      const asUser = timed.callerFor(user.key);
      const created = (await asUser("POST", "/api/v1/api-keys", { name: "Forms" })).body;
      assert.equal(created.lastUsedAt, null);
      const lastUsed = async () =>
        (await asUser("GET", "/api/v1/api-keys")).body.data.find((k: { id: string }) => k.id === created.id)
          .lastUsedAt;
      assert.equal(await lastUsed(), null, "never used yet");

      const asKey = timed.callerFor(created.key);
      assert.equal((await asKey("GET", "/api/v1/auth/me")).status, 200);
      assert.equal(await lastUsed(), "2026-03-02T09:00:00.000Z");
      clock += 59_000; // within the minute: no write
      await asKey("GET", "/api/v1/auth/me");
      assert.equal(await lastUsed(), "2026-03-02T09:00:00.000Z");
      clock += 1_000; // a minute on: noted again
      await asKey("GET", "/api/v1/auth/me");
      assert.equal(await lastUsed(), "2026-03-02T09:01:00.000Z");
      const everyone = (await timed.call("GET", "/api/v1/api-keys?everyone=true")).body.data;
      assert.equal(
        everyone.find((k: { id: string }) => k.id === created.id).lastUsedAt,
        "2026-03-02T09:01:00.000Z",
      );
    } finally {
      await timed.close();
    }
  });

  test("a key name is required", async () => {
    const res = await api.call("POST", "/api/v1/api-keys", { name: "  " });
    assert.equal(res.status, 400);
  });

  test("nobody but an admin sees or revokes another user's key; an admin does both", async () => {
    const owner = await api.userWithKey("marketing");
    const ownerKey = (await api.callerFor(owner.key)("POST", "/api/v1/api-keys", { name: "Sheet" })).body;
    for (const role of ["marketing", "sales", "partner"] as const) {
      const other = api.callerFor((await api.userWithKey(role)).key);
      const res = await other("POST", `/api/v1/api-keys/${ownerKey.id}/revoke`);
      assert.equal(res.status, 404, `${role}: ${JSON.stringify(res.body)}`);
      const listed = await other("GET", "/api/v1/api-keys");
      assert.ok(!listed.body.data.some((k: { id: string }) => k.id === ownerKey.id));
    }
    assert.equal((await api.callerFor(null)("POST", `/api/v1/api-keys/${ownerKey.id}/revoke`)).status, 401);
    assert.equal((await api.callerFor(ownerKey.key)("GET", "/api/v1/auth/me")).status, 200, "still works");

    const everyone = await api.call("GET", "/api/v1/api-keys?everyone=true");
    const seen = everyone.body.data.find((k: { id: string }) => k.id === ownerKey.id);
    assert.equal(seen.userName, "marketing user");
    const adminOwn = await api.call("GET", "/api/v1/api-keys");
    assert.ok(adminOwn.body.data.every((k: { userId: string }) => k.userId === api.admin.userId));

    assert.equal((await api.call("POST", `/api/v1/api-keys/${ownerKey.id}/revoke`)).status, 200);
    assert.equal((await api.callerFor(ownerKey.key)("GET", "/api/v1/auth/me")).status, 401);
  });
});

describe("changing my password", () => {
  test("a wrong current password is refused and changes nothing", async () => {
    const user = await api.userWithKey("marketing");
    const asCookie = cookieCaller(api, await logIn(api, user.email, PASSWORD));
    const res = await asCookie("POST", "/api/v1/me/password", {
      currentPassword: "not my password",
      newPassword: "brand new secret",
    });
    assert.equal(res.status, 400);
    assert.equal(res.body.error.message, "The current password is not right.");
    assert.equal(res.body.error.details.field, "currentPassword");
    await logIn(api, user.email, PASSWORD);
    const short = await asCookie("POST", "/api/v1/me/password", {
      currentPassword: PASSWORD,
      newPassword: "short",
    });
    assert.equal(short.status, 400);
    assert.equal(short.body.error.details.field, "newPassword");
    await logIn(api, user.email, PASSWORD);
  });

  test("the new password works, the old does not, other sessions end and this one stays", async () => {
    const user = await api.userWithKey("sales");
    const here = cookieCaller(api, await logIn(api, user.email, PASSWORD));
    const elsewhere = cookieCaller(api, await logIn(api, user.email, PASSWORD));
    const changed = await here("POST", "/api/v1/me/password", {
      currentPassword: PASSWORD,
      newPassword: "a much better one",
    });
    assert.equal(changed.status, 204, JSON.stringify(changed.body));
    assert.equal((await here("GET", "/api/v1/auth/me")).status, 200);
    assert.equal((await elsewhere("GET", "/api/v1/auth/me")).status, 401);
    assert.equal((await api.callerFor(user.key)("GET", "/api/v1/auth/me")).status, 200, "keys are separate");
    const old = await api.callerFor(null)("POST", "/api/v1/auth/login", {
      email: user.email,
      password: PASSWORD,
    });
    assert.equal(old.status, 401);
    await logIn(api, user.email, "a much better one");
  });

  test("without a session (an API key) every session ends", async () => {
    const user = await api.userWithKey("marketing");
    const browser = cookieCaller(api, await logIn(api, user.email, PASSWORD));
    const res = await api.callerFor(user.key)("POST", "/api/v1/me/password", {
      currentPassword: PASSWORD,
      newPassword: "changed by script",
    });
    assert.equal(res.status, 204);
    assert.equal((await browser("GET", "/api/v1/auth/me")).status, 401);
  });

  test("a cookie-authenticated change needs the web client's header", async () => {
    const user = await api.userWithKey("marketing");
    const cookie = await logIn(api, user.email, PASSWORD);
    const res = await api.callerFor(null)(
      "POST",
      "/api/v1/me/password",
      { currentPassword: PASSWORD, newPassword: "cross-site try" },
      { Cookie: cookie },
    );
    assert.equal(res.status, 403);
    await logIn(api, user.email, PASSWORD);
  });
});
