// A fault test of issue 12: the SMTP server down for a while. A playbook step mails 200 people
// through a real `baton worker`; after some were sent the server goes down (connections refused,
// open ones dropped) and stays down until every message left has been tried and put back in the
// queue, some twice; then it comes back on its port. While down, the outbox shows each waiting
// message queued with a reason that says the server could not be reached; the worker keeps
// running; afterwards everyone has the message exactly once and nothing failed for good.
// For the `baton worker` child, which reads it from its environment.
process.env.BATON_PUBLIC_URL = "https://baton.example.test";

import "@hono/zod-openapi";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { sql } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { mailingWorkspace } from "../support/mass-send.ts";
import type { PlaybookWorkspace } from "../support/playbooks.ts";
import { type ScratchDatabase, scratchDatabase } from "../support/scratch-database.ts";
import { startSmtp, type TestSmtp } from "../support/smtp.ts";
import { type WorkerProcesses, waitFor, workerProcesses } from "../support/worker-processes.ts";

const RECIPIENTS = 200;
const SENT_BEFORE = 60;

let database: ScratchDatabase;
let smtp: TestSmtp;
let workers: WorkerProcesses;
let w: PlaybookWorkspace;
before(async () => {
  database = await scratchDatabase("baton_smtpdown");
  smtp = await startSmtp(0, { delayMs: 10 });
  workers = workerProcesses(database.url);
});
after(async () => {
  workers?.killAll();
  await smtp?.close();
  await w?.api.close();
  await database?.drop();
});

type Row = { status: string; reason: string | null; attempts: number };
const outboxRows = async () =>
  (await database.db.execute<Row>(sql`select status, reason, attempts from outbox`)).rows;
function countBy(rows: Row[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

test(`the SMTP server down during a ${RECIPIENTS}-recipient send: queued with the reason, then everyone gets it once`, {
  skip: process.env.BATON_TEST_DB_KIND === "external",
  timeout: 180_000,
}, async () => {
  w = await mailingWorkspace(database, smtp.port, RECIPIENTS, "outage.test");
  const worker = workers.start();
  const alive = () => worker.exitCode === null && worker.signalCode === null;
  await waitFor(() => smtp.received.length >= SENT_BEFORE, `${SENT_BEFORE} sent`, 60_000, outboxRows);
  smtp.down();
  const downAt = performance.now();
  const sentBefore = smtp.received.length;

  // Down until every message not sent is back in the queue with its reason, and some have been
  // tried again meanwhile (the job queue's retry, seconds apart) and failed again.
  let waiting: Row[] = [];
  await waitFor(
    async () => {
      const rows = await outboxRows();
      waiting = rows.filter((r) => r.status !== "sent");
      return (
        rows.length === RECIPIENTS &&
        waiting.every((r) => r.status === "queued" && r.reason) &&
        waiting.some((r) => r.attempts >= 2)
      );
    },
    "every waiting message queued again, some retried",
    60_000,
    async () => countBy(await outboxRows()),
  );
  const retriedWhileDown = waiting.filter((r) => r.attempts >= 2).length;
  assert.ok(alive(), "the worker is still running");
  const reasons = new Set(waiting.map((r) => r.reason!.replace(/\d+\.\d+\.\d+\.\d+:\d+/, "HOST:PORT")));
  for (const reason of reasons) assert.match(reason, /^will retry: the SMTP server could not be reached/);

  await smtp.up();
  const downSeconds = ((performance.now() - downAt) / 1000).toFixed(1);
  await waitFor(
    async () => countBy(await outboxRows()).sent === RECIPIENTS,
    "all sent",
    90_000,
    async () => countBy(await outboxRows()),
  );
  assert.ok(alive(), "the worker is still running");
  await workers.stop(worker);

  const rows = await outboxRows();
  const messageIds = new Set<string>();
  const recipients = new Set<string>();
  for (const r of smtp.received) {
    messageIds.add((await simpleParser(r.raw)).messageId!);
    for (const to of r.to) recipients.add(to.toLowerCase());
  }
  const attempts = rows.reduce((sum, r) => sum + r.attempts, 0);
  console.log(
    `smtp-outage: ${RECIPIENTS} recipients, ${sentBefore} sent before the outage, down ${downSeconds} s with ` +
      `${waiting.length} queued (${retriedWhileDown} tried again while down), ${attempts} attempts in all, ` +
      `${smtp.received.length} messages received; reasons: ${[...reasons].join(" | ")}`,
  );
  assert.deepEqual(countBy(rows), { sent: RECIPIENTS }, "all sent, none failed for good");
  assert.equal(recipients.size, RECIPIENTS, "every recipient got the message");
  assert.equal(smtp.received.length, RECIPIENTS, "and only once");
  assert.equal(messageIds.size, RECIPIENTS, "one Message-ID per recipient");
});
