// `limits.sweep`: drops rate-limit windows that ended, hourly; a counter past its window is
// reset by its next hit anyway, so this only keeps the table small.
import { z } from "zod";
import { sweepRateLimits } from "../services/limits/rate-limit.ts";
import { defineJob, HEARTBEAT_SECONDS } from "./job-definition.ts";
import { QUEUES } from "./queues.ts";

/** Longer than any rule's window (domain/rate-limits.ts), so no live window is dropped. */
const KEEP_MS = 2 * 3_600_000;

export const rateLimitSweepJob = defineJob({
  id: QUEUES.rateLimitSweep,
  payload: z.strictObject({}),
  queue: { policy: "exclusive", retryLimit: 2, expireInSeconds: 600, heartbeatSeconds: HEARTBEAT_SECONDS },
  work: { pollingIntervalSeconds: 60 },
  handle: (deps) => sweepRateLimits(deps.db, new Date(deps.now().getTime() - KEEP_MS)),
});
