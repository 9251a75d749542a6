// `sequence.step`: run one enrolment's due step. One queued and one running job per enrolment at
// most (stately, keyed by the enrolment), and the service locks the enrolment too, so a step never
// runs twice at once; a crash rolls the step back and the job runs again.
import { z } from "zod";
import { runEnrolmentStep } from "../services/sequences/run-enrolment-step.ts";
import { defineJob, HEARTBEAT_SECONDS } from "./job-definition.ts";
import { QUEUES } from "./queues.ts";

export const StepPayload = z.strictObject({ workspaceId: z.uuid(), enrolmentId: z.uuid() });

export const sequenceStepJob = defineJob({
  id: QUEUES.step,
  payload: StepPayload,
  queue: {
    policy: "stately",
    retryLimit: 5,
    retryDelay: 5,
    retryBackoff: true,
    retryDelayMax: 300,
    expireInSeconds: 300,
    // A worker killed mid-step stops beating; its job is retried within seconds, not minutes.
    heartbeatSeconds: HEARTBEAT_SECONDS,
  },
  work: { localConcurrency: 4, batchSize: 5, pollingIntervalSeconds: 1 },
  handle: (deps, job) => runEnrolmentStep(deps, job),
});
