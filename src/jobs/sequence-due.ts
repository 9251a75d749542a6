// `sequence.due`: hand the due enrolments to `sequence.step`. Sent by every worker on a short tick
// (one pending at a time across all of them) and by a cron schedule as a backstop; enrolments that
// already have a pending step job are refused by that queue's key, so re-sending is harmless.
import { z } from "zod";
import { dueEnrolments } from "../services/sequences/due-enrolments.ts";
import { defineJob, HEARTBEAT_SECONDS } from "./job-definition.ts";
import { QUEUES } from "./queues.ts";

const BATCH = 1000;

export const DuePayload = z.strictObject({});

export const sequenceDueJob = defineJob({
  id: QUEUES.due,
  payload: DuePayload,
  queue: { policy: "exclusive", retryLimit: 0, expireInSeconds: 120, heartbeatSeconds: HEARTBEAT_SECONDS },
  work: { pollingIntervalSeconds: 1 },
  handle: async (deps) => {
    const due = await dueEnrolments(deps, { limit: BATCH });
    await deps.queue.runSteps(due);
    return { due: due.length };
  },
});
