// The fault test of issue 4: a playbook step emails 1,000 recipients through `baton worker`
// processes that are killed with SIGKILL at random moments, ten times, each restarted; then one
// runs to the end. Every recipient must get the message, and Message-IDs may arrive twice only
// for messages whose SMTP transaction was in flight at a kill — the outbox rows left `sending`.
// For the `baton worker` children, which read it from their environment.
process.env.BATON_PUBLIC_URL = "https://baton.example.test";

import "@hono/zod-openapi";
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import { after, before, test } from "node:test";
import { sql } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { mailingWorkspace } from "../support/mass-send.ts";
import type { PlaybookWorkspace } from "../support/playbooks.ts";
import { type ScratchDatabase, scratchDatabase } from "../support/scratch-database.ts";
import { sleep, type WorkerProcesses, workerProcesses } from "../support/worker-processes.ts";

const RECIPIENTS = 1000;
const KILLS = 10;

let database: ScratchDatabase;
let w: PlaybookWorkspace;
let workers: WorkerProcesses;
const received: string[] = []; // raw messages, in arrival order

// A loopback SMTP server that takes a few milliseconds per message, like a real one: long enough
// for kills to land inside SMTP transactions.
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, _session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () =>
      setTimeout(() => {
        received.push(Buffer.concat(chunks).toString("utf8"));
        callback();
      }, 15),
    );
  },
});

// A client killed mid-conversation resets its connection; that is the point, not an error.
smtp.on("error", () => {});

before(async () => {
  database = await scratchDatabase("baton_crash");
  workers = workerProcesses(database.url);
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", () => resolve()));
});
after(async () => {
  workers?.killAll();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await w?.api.close();
  await database?.drop();
});

async function outboxCounts(): Promise<Record<string, number>> {
  const rows = await database.db.execute<{ status: string; n: number }>(
    sql`select status, count(*)::int as n from outbox group by status`,
  );
  return Object.fromEntries(rows.rows.map((r) => [r.status, r.n]));
}

test(`kill -9 of the worker during a ${RECIPIENTS}-recipient send, ${KILLS} times: everyone gets it, duplicates only for transactions in flight`, {
  skip: process.env.BATON_TEST_DB_KIND === "external",
  timeout: 420_000,
}, async () => {
  // 1,000 consenting contacts, each enrolled with its step due now.
  const port = (smtp.server.address() as AddressInfo).port;
  w = await mailingWorkspace(database, port, RECIPIENTS, "crash.test");
  const started = performance.now();
  let inFlightAtKills = 0;
  const perKill: number[] = [];
  for (let k = 0; k < KILLS; k++) {
    const child = workers.start();
    // A random moment once some more messages arrived: 20 to 70 after the previous kill.
    const target = Math.min(RECIPIENTS - 50, received.length + 20 + Math.floor(Math.random() * 50));
    const deadline = Date.now() + 60_000;
    while (received.length < target && Date.now() < deadline) await sleep(5);
    await sleep(Math.floor(Math.random() * 40));
    await workers.killHard(child);
    // The messages this worker had claimed and not marked: its SMTP transactions in flight. The
    // dead worker's claims would go stale after five minutes; fast-forward that wait (which also
    // keeps them out of the next kill's count).
    const aged = await database.db.execute<{ id: string }>(sql`
        update outbox set claimed_at = claimed_at - interval '10 minutes'
        where status = 'sending' and claimed_at > now() - interval '5 minutes'
        returning id`);
    perKill.push(aged.rows.length);
    inFlightAtKills += aged.rows.length;
    if (process.env.DEBUG_CRASH)
      console.log(`kill ${k + 1}: ${received.length} received, ${JSON.stringify(await outboxCounts())}`);
  }
  const last = workers.start();
  const deadline = Date.now() + 150_000;
  for (;;) {
    const counts = await outboxCounts();
    if ((counts.sent ?? 0) === RECIPIENTS) break;
    if (process.env.DEBUG_CRASH) console.log(JSON.stringify(counts), received.length);
    if (Date.now() > deadline) assert.fail(`not finished: ${JSON.stringify(counts)}`);
    await sleep(250);
  }
  await workers.stop(last);

  const ids = new Map<string, number>();
  const recipients = new Set<string>();
  for (const raw of received) {
    const mail = await simpleParser(raw);
    ids.set(mail.messageId!, (ids.get(mail.messageId!) ?? 0) + 1);
    for (const to of [mail.to].flat())
      for (const a of to?.value ?? []) recipients.add(a.address!.toLowerCase());
  }
  const duplicates = [...ids.values()].reduce((sum, n) => sum + (n - 1), 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `send-crash: ${RECIPIENTS} recipients, ${KILLS} kills, ${received.length} messages received in ${seconds} s; ` +
      `in flight at the kills: ${inFlightAtKills} (${perKill.join(", ")}); Message-IDs received twice: ${duplicates}`,
  );
  assert.equal(recipients.size, RECIPIENTS, "every recipient got the message");
  assert.equal(ids.size, RECIPIENTS, "one Message-ID per recipient");
  assert.ok(
    duplicates <= inFlightAtKills,
    `${duplicates} duplicates, more than the ${inFlightAtKills} messages in flight at the kills`,
  );
});
