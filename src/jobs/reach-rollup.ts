// `reports.reach-rollup`: brings every workspace's reach per closed month up to date
// (services/reports/reach-rollup.ts). A cron schedule sends it each minute; one runs at a time,
// and a run that finds nothing to do costs one small query.
import { z } from "zod";
import { rollUpReach } from "../services/reports/reach-rollup.ts";
import { defineJob, HEARTBEAT_SECONDS } from "./job-definition.ts";
import { QUEUES } from "./queues.ts";

export const reachRollupJob = defineJob({
  id: QUEUES.reachRollup,
  payload: z.strictObject({}),
  queue: { policy: "exclusive", retryLimit: 2, expireInSeconds: 3600, heartbeatSeconds: HEARTBEAT_SECONDS },
  work: { pollingIntervalSeconds: 10 },
  handle: (deps) => rollUpReach(deps),
});
