// Helpers of the playbook and sequence suites: a workspace on a clock the test moves, round
// scoring numbers, templates, playbooks, and a job queue that records what the engine enqueues.
import assert from "node:assert/strict";
import { and, eq } from "drizzle-orm";
import type { JobQueue, SendJob, StepJob } from "../../src/services/sequences/job-queue.ts";
import { runEnrolmentStep } from "../../src/services/sequences/run-enrolment-step.ts";
import type { Database } from "../../src/store/db.ts";
import { enrolments } from "../../src/store/schema/index.ts";
import { setupApi, type TestApi } from "./api.ts";

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export interface Clock {
  now: Date;
  set(iso: string | Date): void;
  advance(ms: number): void;
}

export function recordingQueue() {
  const sends: SendJob[] = [];
  const steps: { job: StepJob; at: Date }[] = [];
  const queue: JobQueue = {
    sendEmail: async (_tx, job) => {
      sends.push(job);
    },
    runStep: async (_tx, job, at) => {
      steps.push({ job, at });
    },
  };
  return { queue, sends, steps };
}

/**
 * A fresh workspace whose clock starts at `start`, with round scoring numbers: half-life 24 h,
 * warm ≥ 5, hot ≥ 10; page_view 1, form_submit 6, webinar 12; replies, meetings and unsubscribes
 * weigh 0.5 so that they end sequences without changing the tier.
 */
export async function playbookWorkspace(start: string, options: { database?: Database } = {}) {
  const clock: Clock = {
    now: new Date(start),
    set(iso) {
      this.now = new Date(iso);
    },
    advance(ms) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const api = await setupApi({ now: () => clock.now, database: options.database });
  const scoring = await api.call("PUT", "/api/v1/settings/scoring", {
    halfLifeHours: 24,
    warmThreshold: 5,
    hotThreshold: 10,
    weights: { page_view: 1, form_submit: 6, webinar: 12, email_reply: 0.5, meeting: 0.5, unsubscribe: 0.5 },
  });
  assert.equal(scoring.status, 200, JSON.stringify(scoring.body));
  const recorder = recordingQueue();
  const engine = { ...api.deps, queue: recorder.queue };
  return {
    api,
    clock,
    recorder,
    /** Runs an enrolment's step as the `sequence.step` job would. */
    run: (enrolmentId: string) => runEnrolmentStep(engine, { workspaceId: api.workspaceId, enrolmentId }),
    async template(kind: "marketing" | "transactional" = "marketing", name = `T ${crypto.randomUUID()}`) {
      const res = await api.call("POST", "/api/v1/email-templates", {
        name,
        kind,
        subject: "Hello {{firstName}}",
        body: "Hi {{firstName}},\n\nNews: https://acme.test/news\n\n{{unsubscribeUrl}}",
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.id as string;
    },
    async playbook(body: Record<string, unknown>) {
      const res = await api.call("POST", "/api/v1/playbooks", { side: "marketing", active: true, ...body });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body;
    },
    async touch(contact: { email?: string; contactId?: string }, kind: string, minutesAgo = 0) {
      const res = await api.call("POST", "/api/v1/touchpoints", {
        ...contact,
        kind,
        occurredAt: new Date(clock.now.getTime() - minutesAgo * MINUTE).toISOString(),
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      return res.body.contactId as string;
    },
    async enrolmentsOf(contactId: string) {
      const res = await api.call("GET", `/api/v1/enrolments?contactId=${contactId}`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body.data as {
        id: string;
        playbookName: string;
        playbookTier: string | null;
        status: string;
        exitReason: string | null;
        nextRunAt: string | null;
        nextStep: { position: number; channel: string } | null;
      }[];
    },
    async events(enrolmentId: string) {
      const res = await api.call("GET", `/api/v1/enrolments/${enrolmentId}/events`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return res.body.data as { kind: string; stepId: string | null; detail: Record<string, unknown> }[];
    },
    async row(enrolmentId: string) {
      const [row] = await api.deps.db
        .select()
        .from(enrolments)
        .where(and(eq(enrolments.workspaceId, api.workspaceId), eq(enrolments.id, enrolmentId)));
      return row!;
    },
    async consent(contactId: string) {
      const res = await api.call("POST", `/api/v1/contacts/${contactId}/consents`, {
        purpose: "marketing",
        granted: true,
        source: "web form",
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
    },
  };
}

export type PlaybookWorkspace = Awaited<ReturnType<typeof playbookWorkspace>>;
export type { TestApi };
