// `webhook.deliver`: one attempt at one delivery. The retry schedule is the delivery row's (1 min
// to 24 h, then dead; domain/webhooks.ts), not the queue's: the job records every outcome and
// completes, and `webhook.due` sends the next attempt when it is due. One delivery per fetch and
// several at once per worker, so a receiver that hangs holds one slot for 10 s at most and never
// the deliveries queued behind it (a batch's jobs would otherwise run one after another).
import { z } from "zod";
import { deliverWebhook } from "../services/webhooks/deliver.ts";
import { defineJob } from "./job-definition.ts";
import { QUEUES } from "./queues.ts";

export const DeliverPayload = z.strictObject({ workspaceId: z.uuid(), deliveryId: z.uuid() });

export const webhookDeliverJob = defineJob({
  id: QUEUES.webhookDeliver,
  payload: DeliverPayload,
  queue: { policy: "exclusive", retryLimit: 0, expireInSeconds: 60, heartbeatSeconds: 10 },
  work: { localConcurrency: 8, batchSize: 1, pollingIntervalSeconds: 1 },
  handle: async (deps, job) => deliverWebhook(deps, job),
});
