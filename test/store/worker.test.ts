// The worker in-process on the test database: pg-boss picks a due enrolment up, the step queues
// its email and the send job in one transaction, the send job delivers it to the local outbox, the
// enrolment completes — then the worker stops and leaves no timer behind.
import "@hono/zod-openapi";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { startWorker, type Worker } from "../../src/jobs/worker.ts";
import { enrolments, outbox } from "../../src/store/schema/index.ts";
import { playbookWorkspace } from "../support/playbooks.ts";
import { type ScratchDatabase, scratchDatabase } from "../support/scratch-database.ts";

// A database of its own: the worker would otherwise run the due steps of other suites.
let database: ScratchDatabase;
let worker: Worker | undefined;
before(async () => {
  database = await scratchDatabase("baton_worker");
});
after(async () => {
  await worker?.stop();
  await database.drop();
});

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test("a worker runs a sequence step and sends its email", async () => {
  const w = await playbookWorkspace(new Date().toISOString(), { database });
  try {
    // Real time here (the worker's clock): a window that is always open.
    await w.api.call("PUT", "/api/v1/email-settings", {
      smtp: null,
      fromName: "Acme",
      fromAddress: "news@acme.test",
      sendWindow: { timeZone: "UTC", days: [1, 2, 3, 4, 5, 6, 7], start: "00:00", end: "23:59" },
      ratePerMinute: 600,
    });
    const templateId = await w.template();
    const seq = await w.playbook({
      name: "Welcome",
      tier: null,
      steps: [{ side: "marketing", channel: "email", delayMinutes: 0, templateId }],
    });
    const contact = (
      await w.api.call("POST", "/api/v1/contacts", { email: `job-${w.api.slug}@example.test` })
    ).body;
    await w.consent(contact.id);
    worker = await startWorker(
      { db: database.db, now: () => new Date(), publicUrl: w.api.deps.publicUrl },
      database.pool,
      {
        tickSeconds: 1,
        superviseSeconds: 5,
        log: () => {},
      },
    );
    w.clock.set(new Date());
    const started = Date.now();
    const enrol = await w.api.call("POST", `/api/v1/sequences/${seq.id}/enrolments`, {
      contactId: contact.id,
    });
    assert.equal(enrol.status, 201, JSON.stringify(enrol.body));
    const sent = await waitFor("the email to be sent", async () => {
      const [row] = await database.db
        .select()
        .from(outbox)
        .where(and(eq(outbox.workspaceId, w.api.workspaceId), eq(outbox.contactId, contact.id)));
      return row?.status === "sent" ? row : undefined;
    });
    assert.equal(sent.local, true, "no SMTP server: the local outbox");
    const [done] = await database.db
      .select()
      .from(enrolments)
      .where(and(eq(enrolments.workspaceId, w.api.workspaceId), eq(enrolments.id, enrol.body.id)));
    assert.equal(done!.status, "completed");
    console.log(`worker: enrolled → sent in ${sent.sentAt!.getTime() - started} ms`);
  } finally {
    await worker?.stop();
    await w.api.close();
  }
});
