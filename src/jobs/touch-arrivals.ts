// `touchpoints.arrivals`: runs what touchpoints dated ahead set in motion once their instant has
// passed (services/touchpoints/arrivals.ts). Sent by every worker on the short tick (one pending
// at a time across all of them) and by a cron schedule as a backstop; a note is taken under the
// contact's lock and removed in the same transaction, so re-sending is harmless.
import { z } from "zod";
import { runArrivals } from "../services/touchpoints/arrivals.ts";
import { defineJob, HEARTBEAT_SECONDS } from "./job-definition.ts";
import { QUEUES } from "./queues.ts";

export const touchArrivalsJob = defineJob({
  id: QUEUES.arrivals,
  payload: z.strictObject({}),
  queue: { policy: "exclusive", retryLimit: 0, expireInSeconds: 120, heartbeatSeconds: HEARTBEAT_SECONDS },
  work: { pollingIntervalSeconds: 1 },
  handle: (deps) => runArrivals(deps, { limit: 1000 }),
});
