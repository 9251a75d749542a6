// More than one process (issue 12, item 5): two `baton start` processes — two API servers and two
// workers — on one PostgreSQL, behind a round-robin balancer on loopback. Sessions, idempotency
// keys, rate limits and a playbook's email step behave as with one process: a session made on one
// server works on the other, one key makes one contact, the login lock counts hits on both, and
// every recipient gets the message exactly once.
process.env.BATON_PUBLIC_URL = "https://baton.example.test";

import "@hono/zod-openapi";
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { createUser } from "../../src/services/users/create-user.ts";
import { freePort, startBaton } from "../support/baton-process.ts";
import { enrolRecipients, sendThrough } from "../support/mass-send.ts";
import { type PlaybookWorkspace, playbookWorkspace } from "../support/playbooks.ts";
import { type ScratchDatabase, scratchDatabase } from "../support/scratch-database.ts";

const RECIPIENTS = 200;

let database: ScratchDatabase;
let w: PlaybookWorkspace;
const children: ChildProcess[] = [];
const messageIds: string[] = [];
let balancer: http.Server;
let base = "";
const served = new Map<number, number>(); // backend port → requests it answered

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, _session, callback) {
    let raw = "";
    stream.on("data", (c: Buffer) => {
      raw += c.toString("utf8");
    });
    stream.on("end", () => {
      messageIds.push(/^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? "none");
      callback();
    });
  },
});
smtp.on("error", () => {});

const startOne = (port: number) =>
  startBaton({ DATABASE_URL: database.url, PORT: String(port), LOG_LEVEL: "error" }, children);

/** Round-robin over the backends, one request each in turn, bodies and headers passed through. */
function startBalancer(ports: number[]): Promise<void> {
  let next = 0;
  balancer = http.createServer((req, res) => {
    const port = ports[next++ % ports.length]!;
    served.set(port, (served.get(port) ?? 0) + 1);
    const upstream = http.request(
      { host: "127.0.0.1", port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  return new Promise((resolve) =>
    balancer.listen(0, "127.0.0.1", () => {
      base = `http://127.0.0.1:${(balancer.address() as AddressInfo).port}`;
      resolve();
    }),
  );
}

before(async () => {
  database = await scratchDatabase("baton_two");
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", () => resolve()));
  w = await playbookWorkspace(new Date().toISOString(), { database });
  const ports = [await freePort(), await freePort()];
  await Promise.all(ports.map(startOne));
  await startBalancer(ports);
});
after(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGTERM");
  await new Promise<void>((resolve) => balancer?.close(() => resolve()));
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await w?.api.close();
  await database?.drop();
});

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  headers: { "Content-Type": "application/json", ...headers },
  body: JSON.stringify(body),
});

test("a session made through one server works through the other", async () => {
  const email = `two-${w.api.slug}@example.com`;
  await createUser(w.api.deps, {
    workspaceId: w.api.workspaceId,
    email,
    name: "Ann",
    role: "marketing",
    password: "pw-two-proc",
  });
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    ...json({ email, password: "pw-two-proc" }),
  });
  assert.equal(login.status, 200);
  const cookie = /baton_session=[^;]+/.exec(login.headers.get("set-cookie") ?? "")![0];
  const before = new Map(served);
  for (let i = 0; i < 6; i++) {
    const me = await fetch(`${base}/api/v1/auth/me`, { headers: { Cookie: cookie } });
    assert.equal(me.status, 200, `request ${i + 1}`);
  }
  for (const [port, n] of served)
    assert.ok(n - (before.get(port) ?? 0) >= 3, `port ${port} answered its share`);
});

test("one idempotency key makes one contact, whichever server each retry reaches", async () => {
  const email = `idem-${w.api.slug}@example.com`;
  const answers = await Promise.all(
    Array.from({ length: 12 }, () =>
      fetch(`${base}/api/v1/contacts`, {
        method: "POST",
        ...json(
          { email },
          { Authorization: `Bearer ${w.api.admin.key}`, "Idempotency-Key": `k-${w.api.slug}` },
        ),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { id?: string } })),
    ),
  );
  const created = answers.filter((a) => a.status === 201);
  assert.ok(created.length >= 1, JSON.stringify(answers.map((a) => a.status)));
  assert.equal(new Set(created.map((a) => a.body.id)).size, 1, "every success names the same contact");
  for (const a of answers) assert.ok(a.status === 201 || a.status === 409, `status ${a.status}`);
  const rows = await database.db.execute(sql`select count(*)::int as n from contacts where email = ${email}`);
  assert.equal(rows.rows[0]!.n, 1);
});

test("the login lock counts attempts on both servers", async () => {
  const email = `lock-${w.api.slug}@example.com`;
  await createUser(w.api.deps, {
    workspaceId: w.api.workspaceId,
    email,
    name: "Bo",
    role: "sales",
    password: "right-pw",
  });
  for (let i = 0; i < 10; i++) {
    const wrong = await fetch(`${base}/api/v1/auth/login`, {
      method: "POST",
      ...json({ email, password: `no ${i}` }),
    });
    assert.equal(wrong.status, 401);
  }
  const locked = await fetch(`${base}/api/v1/auth/login`, {
    method: "POST",
    ...json({ email, password: "right-pw" }),
  });
  assert.equal(locked.status, 429);
});

test(`two workers send a ${RECIPIENTS}-recipient step: each message once`, { timeout: 180_000 }, async () => {
  const ws = w.api.workspaceId;
  await sendThrough(database, ws, (smtp.server.address() as AddressInfo).port);
  const templateId = await w.template("marketing", "Two workers");
  const seq = await w.playbook({
    name: "Two workers",
    tier: null,
    steps: [{ side: "marketing", channel: "email", delayMinutes: 0, templateId }],
  });
  await enrolRecipients(database, ws, seq.id, RECIPIENTS, "two.test");

  const deadline = Date.now() + 150_000;
  while (messageIds.length < RECIPIENTS && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 500));
  await new Promise((r) => setTimeout(r, 5_000)); // a late duplicate would arrive now
  const outbox = await database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from outbox where workspace_id = ${ws} and status = 'sent'`,
  );
  assert.equal(outbox.rows[0]!.n, RECIPIENTS);
  assert.equal(messageIds.length, RECIPIENTS, "no message was sent twice");
  assert.equal(new Set(messageIds).size, RECIPIENTS);
});
