// The defects an outside probe found (issue 12), each a rule a user relies on. Every test here
// failed on the code before its fix.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { createApp } from "../../src/http/app.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import { cookieCaller, logIn } from "../support/sessions.ts";

let api: TestApi;
let now = new Date();
before(async () => {
  api = await setupApi({ now: () => now });
});
after(() => api.close());

const anonymous = () => api.callerFor(null);
/** A documentation-range address of this run alone: counters in the database outlive a run. */
const address = () =>
  `2001:db8::${Math.floor(Math.random() * 0xffff).toString(16)}:${Math.floor(Math.random() * 0xffff).toString(16)}`;
const encodeCursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

describe("login", () => {
  test("ten wrong passwords lock the account for a while, even against the right one", async () => {
    const { email } = await api.userWithKey("sales");
    for (let i = 0; i < 10; i++) {
      const wrong = await anonymous()("POST", "/api/v1/auth/login", { email, password: `guess ${i}` });
      assert.equal(wrong.status, 401, `attempt ${i + 1}`);
    }
    const locked = await anonymous()("POST", "/api/v1/auth/login", { email, password: "correct horse" });
    assert.equal(locked.status, 429);
    assert.equal(locked.body.error.code, "rate_limited");
    assert.match(locked.body.error.message, /Too many failed logins/);
    const retryAfter = Number(locked.headers.get("Retry-After"));
    assert.ok(retryAfter > 0 && retryAfter <= 15 * 60, `Retry-After ${retryAfter}`);
    assert.equal(locked.headers.get("set-cookie"), null, "no session while locked");

    now = new Date(now.getTime() + (retryAfter + 1) * 1000);
    const later = await anonymous()("POST", "/api/v1/auth/login", { email, password: "correct horse" });
    assert.equal(later.status, 200, "the lock lifts when its window ends");
  });

  test("a lock on one account leaves another account's login alone", async () => {
    const victim = await api.userWithKey("sales");
    const bystander = await api.userWithKey("sales");
    for (let i = 0; i < 11; i++)
      await anonymous()("POST", "/api/v1/auth/login", { email: victim.email, password: "nope" });
    const ok = await anonymous()("POST", "/api/v1/auth/login", {
      email: bystander.email,
      password: "correct horse",
    });
    assert.equal(ok.status, 200);
  });

  test("an unknown email costs as much time as a known one with a wrong password", async () => {
    const { email } = await api.userWithKey("marketing");
    const time = async (who: string) => {
      const started = performance.now();
      const res = await anonymous()("POST", "/api/v1/auth/login", { email: who, password: "wrong" });
      assert.equal(res.status, 401);
      return performance.now() - started;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const known: number[] = [];
    const unknown: number[] = [];
    // Interleaved, few enough to stay under the account lock; a fresh "now" so earlier tests'
    // failures do not count.
    now = new Date(now.getTime() + 3_600_000);
    for (let i = 0; i < 5; i++) {
      known.push(await time(email));
      unknown.push(await time(`nobody-${i}-${api.slug}@example.com`));
    }
    // Before the fix an unknown email answered about ten times faster (no password hash run).
    assert.ok(
      median(unknown) > 0.4 * median(known),
      `unknown ${median(unknown).toFixed(1)} ms vs known ${median(known).toFixed(1)} ms`,
    );
  });

  test("many failed logins from one address are refused per address, with Retry-After", async () => {
    const app = createApp(api.deps, { log: () => {} });
    const from = (ip: string, email: string) =>
      app.request(
        "/api/v1/auth/login",
        {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ email, password: "wrong" }),
        },
        { incoming: { socket: { remoteAddress: ip } } },
      );
    now = new Date(now.getTime() + 3_600_000);
    const statuses: number[] = [];
    const sprayer = address();
    // Spread over many accounts, so no single account's lock is what stops it.
    for (let i = 0; i < 51; i++)
      statuses.push((await from(sprayer, `spray-${i}-${api.slug}@example.com`)).status);
    assert.deepEqual(new Set(statuses.slice(0, 50)), new Set([401]));
    assert.equal(statuses[50], 429);
    const other = await from(address(), `spray-0-${api.slug}@example.com`);
    assert.equal(other.status, 401, "another address is not blocked");
  });
});

describe("hostile bodies and cursors", () => {
  test("a JSON body nested 8,000 levels deep is a 400, not a 500", async () => {
    const deep = `${"[".repeat(8000)}${"]".repeat(8000)}`;
    for (const path of ["/api/v1/contacts", "/api/v1/auth/login", "/api/v1/touchpoints"]) {
      const res = await api.call("POST", path, `{"a":${deep}}`);
      assert.equal(res.status, 400, `${path}: ${JSON.stringify(res.body)}`);
      assert.match(res.body.error.message, /nested too deeply/);
    }
  });

  test("a forged cursor with an impossible date is a 400 on the contacts list and the timeline", async () => {
    const contact = await api.call("POST", "/api/v1/contacts", { email: `cur-${api.slug}@example.com` });
    const id = "0190a000-0000-7000-8000-000000000000";
    const forged = [
      { order: "last_touch", key: "2026-02-30 10:00:00+00", id },
      { order: "last_touch", key: "0000-01-01 00:00:00+00", id },
      { order: "hot_until", key: "2026-02-30T10:00:00.000Z", id },
      { key: "0000-01-01T00:00:00.000Z", id },
      { key: "2026-02-30T10:00:00.000Z", id },
    ];
    for (const value of forged) {
      const cursor = encodeCursor(value);
      const sort = value.order === "last_touch" ? "&sort=last_touch" : "&temperature=hot";
      const list = await api.call("GET", `/api/v1/contacts?cursor=${cursor}${sort}`);
      assert.equal(list.status, 400, `list ${JSON.stringify(value)}: ${JSON.stringify(list.body)}`);
      const timeline = await api.call("GET", `/api/v1/contacts/${contact.body.id}/timeline?cursor=${cursor}`);
      assert.equal(timeline.status, 400, `timeline ${JSON.stringify(value)}`);
    }
  });

  test("PATCH of a partner with an empty body changes nothing and answers the partner", async () => {
    const created = await api.call("POST", "/api/v1/partners", {
      name: `Empty ${api.slug}`,
      kind: "reseller",
    });
    const res = await api.call("PATCH", `/api/v1/partners/${created.body.id}`, {});
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.name, `Empty ${api.slug}`);
  });
});

describe("partners do not learn of contacts they may not see", () => {
  test("registering an email held by another organisation or by staff reveals nothing", async () => {
    const theirs = await api.userWithKey("partner");
    const mine = api.callerFor((await api.userWithKey("partner")).key);
    const staffEmail = `staff-held-${api.slug}@example.com`;
    const otherEmail = `other-org-${api.slug}@example.com`;
    await api.call("POST", "/api/v1/contacts", { email: staffEmail, firstName: "Held" });
    await api.callerFor(theirs.key)("POST", "/api/v1/contacts", { email: otherEmail });

    for (const email of [staffEmail, otherEmail]) {
      const res = await mine("POST", "/api/v1/contacts", { email, firstName: "Probe" });
      assert.equal(res.status, 202, JSON.stringify(res.body));
      assert.equal(res.body.status, "under_review");
      assert.doesNotMatch(JSON.stringify(res.body), new RegExp(email.replace(/[.]/g, "\\.")));
      assert.doesNotMatch(JSON.stringify(res.body), /already|exists/i);
    }
    // The held contacts are unchanged and still not the probing partner's.
    const list = await mine("GET", "/api/v1/contacts?limit=100");
    assert.equal(
      list.body.data.some((c: { email: string }) => c.email === staffEmail || c.email === otherEmail),
      false,
    );
    const held = await api.call("GET", `/api/v1/contacts?q=${encodeURIComponent(staffEmail)}`);
    assert.equal(held.body.data[0].firstName, "Held");
    // Admins hear of the attempt, so a channel conflict is settled by a person.
    const notes = await api.call("GET", "/api/v1/me/notifications");
    assert.ok(
      notes.body.data.some((n: { kind: string }) => n.kind === "partner_registration_conflict"),
      JSON.stringify(notes.body),
    );
  });

  test("a brand-new registration still creates the partner's contact", async () => {
    const partner = api.callerFor((await api.userWithKey("partner")).key);
    const res = await partner("POST", "/api/v1/contacts", { email: `fresh-${api.slug}@example.com` });
    assert.equal(res.status, 201);
  });
});

describe("web session hardening", () => {
  test("logout needs the web client's header: a form on another page cannot end the session", async () => {
    const { email } = await api.userWithKey("marketing");
    now = new Date(now.getTime() + 3_600_000);
    const cookie = await logIn(api, email, "correct horse");
    const forged = await anonymous()("POST", "/api/v1/auth/logout", undefined, { Cookie: cookie });
    assert.equal(forged.status, 403);
    const still = await cookieCaller(api, cookie)("GET", "/api/v1/auth/me");
    assert.equal(still.status, 200, "the session survived the forged logout");
    const real = await cookieCaller(api, cookie)("POST", "/api/v1/auth/logout");
    assert.equal(real.status, 204);
    assert.equal((await cookieCaller(api, cookie)("GET", "/api/v1/auth/me")).status, 401);
  });

  test("behind a trusted TLS proxy the session cookie is Secure; from an untrusted peer it is not", async () => {
    const { email } = await api.userWithKey("marketing");
    now = new Date(now.getTime() + 3_600_000);
    const app = createApp(api.deps, { log: () => {}, trustedProxies: ["127.0.0.1", "10.0.0.0/8"] });
    const login = (peer: string) =>
      app.request(
        "http://baton.internal/api/v1/auth/login",
        {
          method: "POST",
          headers: { "Content-Type": "application/json", "X-Forwarded-Proto": "https" },
          body: JSON.stringify({ email, password: "correct horse" }),
        },
        { incoming: { socket: { remoteAddress: peer } } },
      );
    const viaProxy = await login("10.1.2.3");
    assert.equal(viaProxy.status, 200);
    assert.match(viaProxy.headers.get("set-cookie") ?? "", /;\s*Secure/i);
    const direct = await login("203.0.113.50");
    assert.equal(direct.status, 200);
    assert.doesNotMatch(
      direct.headers.get("set-cookie") ?? "",
      /;\s*Secure/i,
      "a header from anyone is not trusted",
    );
  });

  test("every answer forbids framing and content sniffing", async () => {
    for (const path of ["/api/v1/auth/me", "/api/v1/contacts", "/no-such-page"]) {
      const res = await api.app.request(path);
      assert.equal(res.headers.get("X-Frame-Options"), "DENY", path);
      assert.match(res.headers.get("Content-Security-Policy") ?? "", /frame-ancestors 'none'/, path);
      assert.equal(res.headers.get("X-Content-Type-Options"), "nosniff", path);
    }
  });
});

describe("public endpoints are rate limited", () => {
  const from = (app: ReturnType<typeof createApp>, ip: string, path: string, method = "GET") =>
    app.request(path, { method }, { incoming: { socket: { remoteAddress: ip } } });

  test("one address gets 600 public requests a minute, then 429 with Retry-After; others go on", async () => {
    const app = createApp(api.deps, { log: () => {} });
    now = new Date(now.getTime() + 3_600_000);
    const statuses = new Map<number, number>();
    const busy = address();
    for (let i = 0; i < 600; i++) {
      const res = await from(app, busy, `/l/nosuch${i % 7}`);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    }
    assert.equal(statuses.get(429), undefined, JSON.stringify([...statuses]));
    const refused = await from(app, busy, "/l/nosuch0");
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers.get("Retry-After")) > 0);
    assert.notEqual((await from(app, address(), "/l/nosuch0")).status, 429);
    now = new Date(now.getTime() + 61_000);
    assert.notEqual((await from(app, busy, "/l/nosuch0")).status, 429, "a minute later it passes");
  });

  test("one link takes 30 actions an hour, from however many addresses", async () => {
    const app = createApp(api.deps, { log: () => {} });
    now = new Date(now.getTime() + 3_600_000);
    const path = `/u/forged-${api.slug}`;
    for (let i = 0; i < 30; i++) {
      const res = await from(app, address(), path, "POST");
      assert.notEqual(res.status, 429, `action ${i + 1}`);
    }
    const refused = await from(app, address(), path, "POST");
    assert.equal(refused.status, 429);
    assert.match((await refused.json()).error.message, /Too many attempts with this link/);
  });
});

test("the hourly sweep drops ended windows and keeps live ones", async () => {
  const { takeHit, sweepRateLimits } = await import("../../src/services/limits/rate-limit.ts");
  const rule = { name: `sweep-${api.slug}`, limit: 5, windowSeconds: 60, refusal: "x" };
  const real = new Date();
  await takeHit(api.deps.db, rule, "old", new Date(real.getTime() - 3 * 3_600_000));
  await takeHit(api.deps.db, rule, "live", real);
  await sweepRateLimits(api.deps.db, new Date(real.getTime() - 2 * 3_600_000));
  const left = await api.deps.db.execute(
    sql`select key from rate_limits where key like ${`sweep-${api.slug}:%`} order by key`,
  );
  assert.deepEqual(
    left.rows.map((r) => r.key),
    [`sweep-${api.slug}:live`],
  );
});
