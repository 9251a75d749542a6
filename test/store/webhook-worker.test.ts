// Webhooks through a real worker: the tick finds the deliveries a write raised, `webhook.deliver`
// attempts them several at a time, and a receiver that never answers holds only two of them in
// flight — the fast receiver's arrive, all of them, while the hung ones wait for their timeout,
// though the hung receiver has more deliveries waiting than the worker has slots.
import "@hono/zod-openapi";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { eq } from "drizzle-orm";
import { startWorker, type Worker } from "../../src/jobs/worker.ts";
import type { Deps } from "../../src/services/context.ts";
import { webhookDeliveries } from "../../src/store/schema/index.ts";
import { setupApi } from "../support/api.ts";
import { type ScratchDatabase, scratchDatabase } from "../support/scratch-database.ts";
import { type Receiver, startReceiver } from "../support/webhook-receiver.ts";

let database: ScratchDatabase;
let worker: Worker | undefined;
let hung: Receiver;
let fast: Receiver;
before(async () => {
  database = await scratchDatabase("baton_webhooks");
  hung = await startReceiver([{ hang: true }]);
  fast = await startReceiver([{ status: 200 }]);
});
after(async () => {
  await worker?.stop();
  await hung.close();
  await fast.close();
  await database.drop();
});

const TIMEOUT_MS = 4000;
/** More than the worker's eight slots. */
const N = 12;

test("a receiver that hangs does not delay another receiver's deliveries", async () => {
  // Test-only: the two loopback receivers are let through, with a short whole-request limit.
  const webhooks: Deps["webhooks"] = {
    allowAddresses: [hung.address, fast.address],
    limits: { totalMs: TIMEOUT_MS },
  };
  const api = await setupApi({ database, webhooks });
  for (const url of [hung.url, fast.url]) {
    const res = await api.call("POST", "/api/v1/webhooks", { url, events: ["contact.created"] });
    assert.equal(res.status, 201, JSON.stringify(res.body));
  }
  worker = await startWorker(api.deps, database.pool, { tickSeconds: 1, superviseSeconds: 5, log: () => {} });
  const started = Date.now();
  for (let i = 0; i < N; i++) {
    const res = await api.call("POST", "/api/v1/contacts", { email: `w${i}-${api.slug}@example.com` });
    assert.equal(res.status, 201);
  }

  while (fast.received.length < N) {
    assert.ok(
      Date.now() - started < TIMEOUT_MS,
      "the fast receiver got all of them before a hung one timed out",
    );
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.equal(hung.received.length, 2, "the hung receiver holds two attempts in flight, no more");

  const timedOut = async () => {
    const rows = await database.db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.workspaceId, api.workspaceId));
    const failed = rows.filter((r) => r.status === "failed");
    return failed.length >= 2 ? { rows, failed } : undefined;
  };
  let settled = await timedOut();
  while (!settled) {
    assert.ok(Date.now() - started < 30_000, "the hung attempts time out");
    await new Promise((r) => setTimeout(r, 200));
    settled = await timedOut();
  }
  assert.equal(settled.rows.filter((r) => r.status === "delivered").length, N);
  for (const r of settled.failed) assert.equal(r.lastError, "timed out after 4 s");
});
