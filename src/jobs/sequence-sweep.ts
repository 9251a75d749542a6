// `sequence.sweep`: every minute, contacts whose hot or warm moment passed in the last
// `lookbackMinutes` change tier playbooks. The window overlaps the previous run's (the move is
// idempotent). A worker that starts sends one catch-up sweep covering the time since the last
// completed sweep began — read from pg-boss's own job table, the only watermark there is — or a
// week when none ever ran.
import type pg from "pg";
import { z } from "zod";
import { sweepCooling } from "../services/playbooks/sweep-cooling.ts";
import { defineJob, HEARTBEAT_SECONDS } from "./job-definition.ts";
import { QUEUES } from "./queues.ts";

export const SWEEP_LOOKBACK_MINUTES = 10;
export const CATCH_UP_LOOKBACK_MINUTES = 7 * 24 * 60;

export const SweepPayload = z.strictObject({
  lookbackMinutes: z.number().int().min(1).max(CATCH_UP_LOOKBACK_MINUTES).default(SWEEP_LOOKBACK_MINUTES),
});

export const sequenceSweepJob = defineJob({
  id: QUEUES.sweep,
  payload: SweepPayload,
  queue: {
    policy: "exclusive",
    retryLimit: 2,
    retryDelay: 10,
    expireInSeconds: 600,
    heartbeatSeconds: HEARTBEAT_SECONDS,
  },
  work: { pollingIntervalSeconds: 2 },
  handle: (deps, job) => sweepCooling(deps, job),
});

/** Minutes a catch-up sweep must look back to cover the time no sweep ran; null if none is needed. */
export async function catchUpLookback(pool: pg.Pool, now: Date): Promise<number | null> {
  const result = await pool.query<{ at: Date | string | null }>(
    "select max(started_on) as at from pgboss.job where name = $1 and state = 'completed'",
    [QUEUES.sweep],
  );
  const last = result.rows[0]?.at;
  if (!last) return CATCH_UP_LOOKBACK_MINUTES;
  const minutes = Math.ceil((now.getTime() - new Date(last).getTime()) / 60_000) + SWEEP_LOOKBACK_MINUTES;
  if (minutes <= 2 * SWEEP_LOOKBACK_MINUTES) return null;
  return Math.min(minutes, CATCH_UP_LOOKBACK_MINUTES);
}
