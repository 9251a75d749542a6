// `webhook.due`: hand the deliveries whose attempt is due (new ones, retries whose wait is over,
// replays, leases of dead workers) to `webhook.deliver`. Sent on every worker's tick and by cron;
// the deliver queue is keyed by the delivery, so a delivery with a job waiting gets no second one.
import { z } from "zod";
import { dueWebhookDeliveries } from "../services/webhooks/deliver.ts";
import { defineJob, HEARTBEAT_SECONDS } from "./job-definition.ts";
import { QUEUES } from "./queues.ts";

const BATCH = 1000;

export const webhookDueJob = defineJob({
  id: QUEUES.webhookDue,
  payload: z.strictObject({}),
  queue: { policy: "exclusive", retryLimit: 0, expireInSeconds: 120, heartbeatSeconds: HEARTBEAT_SECONDS },
  work: { pollingIntervalSeconds: 1 },
  handle: async (deps) => {
    const due = await dueWebhookDeliveries(deps, { limit: BATCH });
    await deps.queue.deliverWebhooks(due);
    return { due: due.length };
  },
});
