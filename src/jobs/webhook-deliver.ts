// `webhook.deliver`: one attempt at one delivery. The retry schedule is the delivery row's (1 min
// to 24 h, then dead; domain/webhooks.ts), not the queue's: the job records every outcome and
// completes, and `webhook.due` sends the next attempt when it is due. One delivery per fetch and
// several at once per worker (a batch's jobs would run one after another), at most two in flight
// per subscription (store/queries/webhooks.ts): a receiver that hangs holds two slots for 10 s
// at most, never the other receivers' deliveries. A finished attempt goes on with its
// subscription's next due delivery (for up to 20 s, then hands it to the queue), so a healthy
// receiver's backlog drains at its own pace instead of one delivery per poll.
import { z } from "zod";
import { deliverWebhook, nextDueDelivery } from "../services/webhooks/deliver.ts";
import { defineJob, HEARTBEAT_SECONDS } from "./job-definition.ts";
import { QUEUES } from "./queues.ts";

const DRAIN_MS = 20_000;
const DRAIN_MAX = 200;

export const DeliverPayload = z.strictObject({ workspaceId: z.uuid(), deliveryId: z.uuid() });

export const webhookDeliverJob = defineJob({
  id: QUEUES.webhookDeliver,
  payload: DeliverPayload,
  queue: { policy: "exclusive", retryLimit: 0, expireInSeconds: 120, heartbeatSeconds: HEARTBEAT_SECONDS },
  work: { localConcurrency: 8, batchSize: 1, pollingIntervalSeconds: 1 },
  handle: async (deps, job) => {
    const until = Date.now() + DRAIN_MS;
    let outcome = await deliverWebhook(deps, job);
    let attempted = 1;
    while (outcome.status !== "not_due") {
      const next = await nextDueDelivery(deps, job.workspaceId, outcome.subscriptionId);
      if (!next) break;
      if (Date.now() > until || attempted >= DRAIN_MAX) {
        await deps.queue.deliverWebhooks([next]);
        break;
      }
      outcome = await deliverWebhook(deps, next);
      attempted++;
    }
    return { attempted };
  },
});
