// What a client is told when the database is in trouble: a full disk (PostgreSQL refused the
// write, nothing saved), a server out of reach for a moment (a restart), and an embedded server
// that stopped and is being started again (its supervisor knows why). Each is a 503 with
// Retry-After in words a user can act on; anything else stays a logged 500.
import assert from "node:assert/strict";
import { test } from "node:test";
import { Hono } from "hono";
import { handleError } from "../../src/http/errors.ts";
import { setOutage } from "../../src/store/outage.ts";

// Drizzle wraps the driver's error: the SQLSTATE sits on the cause.
const wrapped = (code: string, message: string) =>
  Object.assign(new Error("Failed query: insert …"), { cause: Object.assign(new Error(message), { code }) });

function appThrowing(err: Error) {
  const logged: string[] = [];
  const app = new Hono();
  app.get("/", () => {
    throw err;
  });
  app.onError((e, c) => handleError(e, c, (m) => logged.push(m)));
  return { app, logged };
}

async function answer(err: Error) {
  const { app, logged } = appThrowing(err);
  const res = await app.request("/");
  const body = (await res.json()) as { error: { code: string; message: string } };
  return { status: res.status, retryAfter: res.headers.get("Retry-After"), ...body.error, logged };
}

test("a full disk is a 503 that says nothing was saved and why", async () => {
  const a = await answer(
    wrapped("53100", 'could not extend file "base/16384/16999": No space left on device'),
  );
  assert.equal(a.status, 503);
  assert.equal(a.code, "unavailable");
  assert.match(a.message, /disk is full, so nothing was saved/);
  assert.equal(a.retryAfter, "60");
  assert.match(a.logged.join("\n"), /disk full/i);
});

test("a database out of reach is a 503 'for a moment', unless the supervisor knows better", async () => {
  const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
  const moment = await answer(refused);
  assert.equal(moment.status, 503);
  assert.equal(moment.retryAfter, "5");
  assert.match(moment.message, /cannot be reached for a moment/);

  setOutage("Baton's database stopped because its disk is full.");
  try {
    const known = await answer(refused);
    assert.equal(known.status, 503);
    assert.equal(known.message, "Baton's database stopped because its disk is full.");
  } finally {
    setOutage(null);
  }
  assert.match(
    (await answer(refused)).message,
    /for a moment/,
    "the outage note is cleared once the server runs",
  );
});

test("other failures stay a logged 500 that reveals nothing", async () => {
  const a = await answer(wrapped("42P01", 'relation "nope" does not exist'));
  assert.equal(a.status, 500);
  assert.equal(a.code, "internal");
  assert.doesNotMatch(a.message, /nope/);
});
