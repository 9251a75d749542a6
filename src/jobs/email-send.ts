// `email.send`: send one outbox message. The outbox row is the real guard (claimed in a
// transaction, its Message-ID fixed); the job only brings it to a worker and retries with backoff
// when the SMTP server cannot take it now or another worker still holds the claim.
import { z } from "zod";
import { RetryableSendError, sendOutboxMessage } from "../services/email/send-outbox-message.ts";
import { defineJob, HEARTBEAT_SECONDS, RetryLater } from "./job-definition.ts";
import { QUEUES } from "./queues.ts";

export const SendPayload = z.strictObject({ workspaceId: z.uuid(), outboxId: z.uuid() });

export const emailSendJob = defineJob({
  id: QUEUES.send,
  payload: SendPayload,
  queue: {
    // One pending job per message (keyed by the outbox id): re-enqueueing is harmless.
    policy: "exclusive",
    retryLimit: 12,
    retryDelay: 5,
    retryBackoff: true,
    retryDelayMax: 600,
    expireInSeconds: 300,
    heartbeatSeconds: HEARTBEAT_SECONDS,
  },
  work: { localConcurrency: 4, batchSize: 5, pollingIntervalSeconds: 1 },
  handle: async (deps, job) => {
    try {
      const result = await sendOutboxMessage(deps, job);
      // Claimed by a worker that may have died mid-send: the claim goes stale, then it is ours.
      if (!result.attempted && result.status === "sending") {
        throw new RetryLater(`Message ${job.outboxId} is being sent by another worker.`);
      }
      return { status: result.status, reason: result.reason };
    } catch (err) {
      if (err instanceof RetryableSendError) throw new RetryLater(err.message);
      throw err;
    }
  },
});
