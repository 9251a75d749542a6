// `email.outbox`: every minute, give every message that waits without a job one: newsletters
// queue rows in bulk, a job may have run out of retries, and a `sending` claim left by a dead
// worker goes stale. `email.send` is keyed by the outbox id, so a message with a pending job is
// not enqueued twice.
import { z } from "zod";
import { dueOutboxIds } from "../services/email/send-due-emails.ts";
import { defineJob, HEARTBEAT_SECONDS } from "./job-definition.ts";
import { QUEUES } from "./queues.ts";

const BATCH = 5000;

export const OutboxPayload = z.strictObject({});

export const emailOutboxJob = defineJob({
  id: QUEUES.outbox,
  payload: OutboxPayload,
  queue: { policy: "exclusive", retryLimit: 0, expireInSeconds: 300, heartbeatSeconds: HEARTBEAT_SECONDS },
  work: { pollingIntervalSeconds: 2 },
  handle: async (deps) => {
    const due = await dueOutboxIds(deps, { limit: BATCH });
    await deps.queue.sendEmails(due.map((d) => ({ workspaceId: d.workspaceId, outboxId: d.id })));
    return { due: due.length };
  },
});
