// `pricing.approval-alerts`: flags requests for approval that have waited past the workspace's
// alert age to the approvers (services/pricing/approval-alerts.ts). A cron schedule sends it each
// minute; one runs at a time, and a run with nothing to flag costs one small query.
import { z } from "zod";
import { flagWaitingApprovals } from "../services/pricing/approval-alerts.ts";
import { defineJob, HEARTBEAT_SECONDS } from "./job-definition.ts";
import { QUEUES } from "./queues.ts";

export const approvalAlertsJob = defineJob({
  id: QUEUES.approvalAlerts,
  payload: z.strictObject({}),
  queue: { policy: "exclusive", retryLimit: 2, expireInSeconds: 600, heartbeatSeconds: HEARTBEAT_SECONDS },
  work: { pollingIntervalSeconds: 10 },
  handle: (deps) => flagWaitingApprovals(deps),
});
