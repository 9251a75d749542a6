// `sequence.sweep`: every minute, contacts whose hot or warm moment passed in the last
// `lookbackMinutes` change tier playbooks. The window overlaps the previous run's (the move is
// idempotent); a worker that starts sends one catch-up sweep over a week for any downtime.
import { z } from "zod";
import { sweepCooling } from "../services/playbooks/sweep-cooling.ts";
import { defineJob } from "./job-definition.ts";
import { QUEUES } from "./queues.ts";

export const SWEEP_LOOKBACK_MINUTES = 10;
export const CATCH_UP_LOOKBACK_MINUTES = 7 * 24 * 60;

export const SweepPayload = z.strictObject({
  lookbackMinutes: z.number().int().min(1).max(CATCH_UP_LOOKBACK_MINUTES).default(SWEEP_LOOKBACK_MINUTES),
});

export const sequenceSweepJob = defineJob({
  id: QUEUES.sweep,
  payload: SweepPayload,
  queue: { policy: "exclusive", retryLimit: 2, retryDelay: 10, expireInSeconds: 600 },
  work: { pollingIntervalSeconds: 2 },
  handle: (deps, job) => sweepCooling(deps, job),
});
