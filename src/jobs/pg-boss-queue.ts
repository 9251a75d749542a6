// The job queue on pg-boss, in Baton's own database. Sends made inside a Drizzle transaction go
// through that transaction (pg-boss's Drizzle adapter): a step's outcome and the jobs it sets off
// commit together, so a crash can neither lose a send nor send for a step that rolled back.
import { sql } from "drizzle-orm";
import { fromDrizzle, type PgBoss } from "pg-boss";
import type { Tx } from "../store/db.ts";
import type { WorkerQueue } from "./job-definition.ts";
import { QUEUES } from "./queues.ts";

const CHUNK = 500;

export function pgBossQueue(boss: PgBoss): WorkerQueue {
  const inTx = (tx: Tx) => fromDrizzle(tx as never, sql as never);
  return {
    async sendEmail(tx, job) {
      await boss.send(QUEUES.send, job, { db: inTx(tx), singletonKey: job.outboxId });
    },
    async runStep(tx, job, at) {
      await boss.send(QUEUES.step, job, { db: inTx(tx), singletonKey: job.enrolmentId, startAfter: at });
    },
    async runSteps(jobs) {
      for (let i = 0; i < jobs.length; i += CHUNK) {
        await boss.insert(
          QUEUES.step,
          jobs.slice(i, i + CHUNK).map((data) => ({ data, singletonKey: data.enrolmentId })),
        );
      }
    },
    async deliverWebhooks(jobs) {
      for (let i = 0; i < jobs.length; i += CHUNK) {
        await boss.insert(
          QUEUES.webhookDeliver,
          jobs.slice(i, i + CHUNK).map((data) => ({ data, singletonKey: data.deliveryId })),
        );
      }
    },
    async sendEmails(jobs) {
      for (let i = 0; i < jobs.length; i += CHUNK) {
        await boss.insert(
          QUEUES.send,
          jobs.slice(i, i + CHUNK).map((data) => ({ data, singletonKey: data.outboxId })),
        );
      }
    },
  };
}
