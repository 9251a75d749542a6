// The sequence engine, on a clock the tests move: tier playbooks follow the temperature through
// touchpoints and through cooling; replies, meetings, unsubscribes and stage changes end them;
// steps respect the sending window, the rate limit and the two guards; a step runs once.
import "@hono/zod-openapi";
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { and, eq, sql } from "drizzle-orm";
import { reconcileEnrolments } from "../../src/services/playbooks/reconcile-enrolments.ts";
import { sweepCooling } from "../../src/services/playbooks/sweep-cooling.ts";
import { enrolments, guardOverrides, outbox, tasks } from "../../src/store/schema/index.ts";
import { inTransaction } from "../../src/store/transaction.ts";
import { HOUR, type PlaybookWorkspace, playbookWorkspace } from "../support/playbooks.ts";

// A Thursday, inside the default sending window (Mon–Fri 09:00–17:00 UTC).
const THURSDAY = "2026-09-10T12:00:00.000Z";

const open: PlaybookWorkspace[] = [];
after(async () => {
  for (const w of open) await w.api.close();
});
async function workspace(start = THURSDAY) {
  const w = await playbookWorkspace(start);
  open.push(w);
  return w;
}

/** Cold: newsletter, then an ad audience a day later. Warm: invitation, then a sales call. Hot: call, meeting. */
async function tierPlaybooks(w: PlaybookWorkspace) {
  const news = await w.template("marketing", "Newsletter");
  const invite = await w.template("marketing", "Invitation");
  const cold = await w.playbook({
    name: "Cold nurture",
    tier: "cold",
    steps: [
      { side: "marketing", channel: "email", delayMinutes: 0, templateId: news },
      { side: "marketing", channel: "ad_audience_export", delayMinutes: 24 * 60 },
    ],
  });
  const warm = await w.playbook({
    name: "Warm invite",
    tier: "warm",
    steps: [
      { side: "marketing", channel: "email", delayMinutes: 0, templateId: invite },
      { side: "sales", channel: "call_task", delayMinutes: 60, taskTitle: "Call about the invitation" },
    ],
  });
  const hot = await w.playbook({
    name: "Hot close",
    tier: "hot",
    side: "sales",
    steps: [
      { side: "sales", channel: "call_task", delayMinutes: 0, taskTitle: "Call within the hour" },
      { side: "sales", channel: "meeting_task", delayMinutes: 24 * 60, taskTitle: "Presentation" },
    ],
  });
  return { cold, warm, hot, news, invite };
}

const active = <T extends { status: string }>(list: T[]) => list.filter((e) => e.status === "active");

describe("tier playbooks follow the temperature", () => {
  let w: PlaybookWorkspace;
  before(async () => {
    w = await workspace();
    await tierPlaybooks(w);
  });

  test("a first touch enrols in cold; warming and heating move the contact from tier to tier", async () => {
    const email = `tiers-${w.api.slug}@example.test`;
    const id = await w.touch({ email }, "page_view");
    let list = await w.enrolmentsOf(id);
    assert.deepEqual(
      list.map((e) => [e.playbookTier, e.status]),
      [["cold", "active"]],
    );
    await w.touch({ contactId: id }, "form_submit");
    list = await w.enrolmentsOf(id);
    assert.deepEqual(
      list.map((e) => [e.playbookTier, e.status, e.exitReason]),
      [
        ["warm", "active", null],
        ["cold", "exited", "tier_changed"],
      ],
    );
    await w.touch({ contactId: id }, "webinar");
    list = await w.enrolmentsOf(id);
    assert.deepEqual(
      list.map((e) => [e.playbookTier, e.status, e.exitReason]),
      [
        ["hot", "active", null],
        ["warm", "exited", "tier_changed"],
        ["cold", "exited", "tier_changed"],
      ],
    );
    const events = await w.events(list[1]!.id);
    assert.deepEqual(
      events.map((e) => e.kind),
      ["enrolled", "exited"],
    );
    assert.equal(events[1]!.detail.reason, "tier_changed");
  });

  test("a touch that keeps the tier enrols nothing new", async () => {
    const id = await w.touch({ email: `stay-${w.api.slug}@example.test` }, "form_submit");
    await w.touch({ contactId: id }, "page_view");
    const list = await w.enrolmentsOf(id);
    assert.deepEqual(
      list.map((e) => [e.playbookTier, e.status]),
      [["warm", "active"]],
    );
  });

  test("cooling with time: the sweep moves the contact down a tier, once", async () => {
    const id = await w.touch({ email: `cool-${w.api.slug}@example.test` }, "form_submit");
    assert.equal(active(await w.enrolmentsOf(id))[0]!.playbookTier, "warm");
    // 6 · 2^(−t/24h) < 5 after 6.3 h: warm_until passes.
    w.clock.advance(7 * HOUR);
    const first = await sweepCooling(w.api.deps, { lookbackMinutes: 10 * 60 });
    assert.ok(first.exited >= 1 && first.enrolled >= 1);
    let list = await w.enrolmentsOf(id);
    assert.deepEqual(
      list.map((e) => [e.playbookTier, e.status, e.exitReason]),
      [
        ["cold", "active", null],
        ["warm", "exited", "tier_changed"],
      ],
    );
    assert.equal((await w.events(list[0]!.id))[0]!.detail.via, "cooling");
    // An overlapping window sees the contact again and changes nothing; neither does a later
    // sweep after the cold enrolment ended.
    await sweepCooling(w.api.deps, { lookbackMinutes: 10 * 60 });
    await w.api.call("POST", `/api/v1/enrolments/${list[0]!.id}/exit`);
    await sweepCooling(w.api.deps, { lookbackMinutes: 10 * 60 });
    list = await w.enrolmentsOf(id);
    assert.equal(list.length, 2);
    w.clock.set(THURSDAY);
  });
});

describe("what ends a sequence", () => {
  let w: PlaybookWorkspace;
  before(async () => {
    w = await workspace();
    await tierPlaybooks(w);
  });

  for (const [kind, reason] of [
    ["email_reply", "replied"],
    ["meeting", "meeting_booked"],
  ] as const) {
    test(`a ${kind} ends every enrolment (${reason})`, async () => {
      const id = await w.touch({ email: `${kind}-${w.api.slug}@example.test` }, "page_view");
      const seq = await w.playbook({
        name: `Seq ${kind}`,
        tier: null,
        side: "sales",
        steps: [{ side: "sales", channel: "call_task", delayMinutes: 0, taskTitle: "Call" }],
      });
      const enrol = await w.api.call("POST", `/api/v1/sequences/${seq.id}/enrolments`, {
        contactId: id,
        override: { reason: "Asked for a call at the fair" },
      });
      assert.equal(enrol.status, 201, JSON.stringify(enrol.body));
      await w.touch({ contactId: id }, kind);
      const list = await w.enrolmentsOf(id);
      assert.equal(active(list).length, 0);
      assert.deepEqual(
        list.map((e) => e.exitReason),
        [reason, reason],
      );
    });
  }

  test("an unsubscribe ends marketing enrolments only", async () => {
    const id = await w.touch({ email: `unsub-${w.api.slug}@example.test` }, "page_view");
    const seq = await w.playbook({
      name: "Seq unsub",
      tier: null,
      side: "sales",
      steps: [{ side: "sales", channel: "call_task", delayMinutes: 0, taskTitle: "Call" }],
    });
    await w.api.call("POST", `/api/v1/sequences/${seq.id}/enrolments`, {
      contactId: id,
      override: { reason: "Existing relationship" },
    });
    await w.touch({ contactId: id }, "unsubscribe");
    const list = await w.enrolmentsOf(id);
    assert.deepEqual(list.map((e) => [e.playbookName, e.status, e.exitReason]).sort(), [
      ["Cold nurture", "exited", "unsubscribed"],
      ["Seq unsub", "active", null],
    ]);
  });

  test("becoming a customer ends everything (stage_changed), from the touchpoint path and at step time", async () => {
    const a = await w.touch({ email: `cust-a-${w.api.slug}@example.test` }, "page_view");
    await inTransaction(w.api.deps.db, (tx) =>
      reconcileEnrolments(
        tx,
        w.api.workspaceId,
        [
          {
            id: a,
            stageBefore: "in_sales",
            stageAfter: "customer",
            temperatureBefore: "cold",
            temperatureAfter: "cold",
            kinds: ["contract"],
            firstTouch: false,
          },
        ],
        w.clock.now,
      ),
    );
    assert.deepEqual(
      (await w.enrolmentsOf(a)).map((e) => e.exitReason),
      ["stage_changed"],
    );
    // A stage changed elsewhere (a won deal, an edit) ends them through the stage service at once;
    // the step that was due finds nothing left to run.
    const b = await w.touch({ email: `cust-b-${w.api.slug}@example.test` }, "page_view");
    const [enrolment] = await w.enrolmentsOf(b);
    const moved = await w.api.call("PATCH", `/api/v1/contacts/${b}`, { stage: "disqualified" });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal((await w.enrolmentsOf(b))[0]!.exitReason, "stage_changed");
    assert.equal(await w.run(enrolment!.id), "not_runnable");
  });
});

describe("running steps", () => {
  test("a lead that turns hot is handed over with one first-contact task: the hot playbook's call within the hour is skipped", async () => {
    const w = await workspace();
    await tierPlaybooks(w);
    const rep = await w.api.userWithKey("sales");
    const id = await w.touch({ email: `hot-first-${w.api.slug}@example.test` }, "webinar");
    const contact = (await w.api.call("GET", `/api/v1/contacts/${id}`)).body;
    assert.equal(contact.temperature, "hot");
    assert.equal(contact.stage, "sales_ready");
    const hot = (await w.enrolmentsOf(id)).find((e) => e.playbookTier === "hot" && e.status === "active");
    assert.equal(hot!.nextStep!.channel, "call_task");
    assert.equal(await w.run(hot!.id), "ran");
    const skipped = (await w.events(hot!.id)).filter((ev) => ev.kind === "skipped");
    assert.equal(skipped.length, 1);
    assert.equal(skipped[0]!.detail.reason, "the hand-off's first-contact task is the first call");
    const open = (await w.api.callerFor(rep.key)("GET", `/api/v1/contacts/${id}/tasks`)).body.open;
    assert.deepEqual(
      open.map((t: { kind: string; title: string }) => t.kind),
      ["call"],
    );
    assert.match(open[0].title, /First contact with/);
  });

  test("a step due on Saturday waits for the window and runs on Monday at 09:00", async () => {
    const w = await workspace("2026-09-12T10:00:00.000Z"); // Saturday
    await tierPlaybooks(w);
    const id = await w.touch({ email: `sat-${w.api.slug}@example.test` }, "page_view");
    await w.consent(id);
    const [e] = await w.enrolmentsOf(id);
    assert.equal(await w.run(e!.id), "deferred");
    assert.equal((await w.row(e!.id)).nextRunAt!.toISOString(), "2026-09-14T09:00:00.000Z");
    assert.equal(await w.run(e!.id), "not_due", "Sunday: still waiting");
    w.clock.set("2026-09-14T09:00:00.000Z");
    assert.equal(await w.run(e!.id), "ran");
    const kinds = (await w.events(e!.id)).map((ev) => ev.kind);
    assert.deepEqual(kinds, ["enrolled", "deferred", "email_queued"]);
    assert.equal(w.recorder.sends.length, 1, "the send job is enqueued with the step");
    // The next step (the ad audience) is due a day later.
    assert.equal((await w.row(e!.id)).nextRunAt!.toISOString(), "2026-09-15T09:00:00.000Z");
  });

  test("over the per-minute limit, a step waits for a slot", async () => {
    const w = await workspace();
    await tierPlaybooks(w);
    await w.api.call("PUT", "/api/v1/email-settings", {
      smtp: null,
      fromName: "Acme",
      fromAddress: "news@acme.test",
      sendWindow: { timeZone: "UTC", days: [1, 2, 3, 4, 5, 6, 7], start: "00:00", end: "23:59" },
      ratePerMinute: 2,
    });
    const ids: string[] = [];
    for (const n of [1, 2, 3]) {
      const id = await w.touch({ email: `rate${n}-${w.api.slug}@example.test` }, "page_view");
      await w.consent(id);
      ids.push((await w.enrolmentsOf(id))[0]!.id);
      w.clock.advance(10_000);
    }
    const start = w.clock.now.getTime();
    assert.equal(await w.run(ids[0]!), "ran");
    w.clock.advance(5_000);
    assert.equal(await w.run(ids[1]!), "ran");
    w.clock.advance(5_000);
    assert.equal(await w.run(ids[2]!), "deferred");
    // The first message leaves the window 60 s after it was queued.
    assert.equal((await w.row(ids[2]!)).nextRunAt!.getTime(), start + 60_000);
    const deferred = (await w.events(ids[2]!)).at(-1)!;
    assert.equal(deferred.detail.why, "rate_limit");
    w.clock.set(new Date(start + 60_000));
    assert.equal(await w.run(ids[2]!), "ran");
  });

  test("marketing guard: a step for a contact sales owns is skipped, and the playbook goes on", async () => {
    const w = await workspace();
    const { news } = await tierPlaybooks(w);
    void news;
    const id = await w.touch({ email: `guard-m-${w.api.slug}@example.test` }, "page_view");
    await w.consent(id);
    const moved = await w.api.call("PATCH", `/api/v1/contacts/${id}`, { stage: "in_sales" });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    const [e] = await w.enrolmentsOf(id);
    assert.equal(await w.run(e!.id), "skipped");
    const events = await w.events(e!.id);
    assert.equal(events.at(-1)!.kind, "skipped");
    assert.match(String(events.at(-1)!.detail.reason), /marketing is paused/);
    const [after] = await w.enrolmentsOf(id);
    assert.equal(after!.status, "active");
    assert.equal(after!.nextStep!.channel, "ad_audience_export", "on to the next step");
    const [queued] = await w.api.deps.db
      .select({ n: sql<number>`count(*)::int` })
      .from(outbox)
      .where(and(eq(outbox.workspaceId, w.api.workspaceId), eq(outbox.contactId, id)));
    assert.equal(queued!.n, 0, "no email was queued");
  });

  test("sales guard: a sales step waits while the contact is a lead, and runs once it is sales-ready", async () => {
    const w = await workspace();
    await tierPlaybooks(w);
    const rep = await w.api.userWithKey("sales");
    const id = await w.touch({ email: `guard-s-${w.api.slug}@example.test` }, "form_submit");
    await w.consent(id);
    const [e] = await w.enrolmentsOf(id);
    assert.equal(e!.playbookTier, "warm");
    assert.equal(await w.run(e!.id), "ran", "the invitation (marketing) goes");
    w.clock.advance(HOUR);
    assert.equal(await w.run(e!.id), "blocked");
    assert.equal(await w.run(e!.id), "not_due", "it looks again an hour later");
    w.clock.advance(HOUR);
    assert.equal(await w.run(e!.id), "blocked");
    const blocked = (await w.events(e!.id)).filter((ev) => ev.kind === "blocked");
    assert.equal(blocked.length, 1, "one event however often it looks");
    const waiting = (await w.api.call("GET", `/api/v1/enrolments?contactId=${id}`)).body.data[0];
    assert.equal(waiting.status, "active");
    assert.equal(waiting.paused.outcome, "blocked");
    assert.match(waiting.paused.why, /not ready for sales/);
    const passed = await w.api.call("PATCH", `/api/v1/contacts/${id}`, {
      stage: "sales_ready",
      ownerId: rep.userId,
    });
    assert.equal(passed.status, 200, JSON.stringify(passed.body));
    // The hand-off owns the first call: while its first-contact task is open, the playbook's
    // call step is skipped instead of giving the rep a second task for the same call.
    const firstContact = (await w.api.callerFor(rep.key)("GET", `/api/v1/contacts/${id}/tasks`)).body.open;
    assert.equal(firstContact.length, 1);
    assert.match(firstContact[0].title, /First contact with/);
    w.clock.advance(HOUR);
    assert.equal(await w.run(e!.id), "ran");
    const skipped = (await w.events(e!.id)).filter((ev) => ev.kind === "skipped");
    assert.deepEqual(
      skipped.map((ev) => ev.detail.reason),
      ["the hand-off's first-contact task is the first call"],
    );
    const noSecond = (await w.api.callerFor(rep.key)("GET", `/api/v1/contacts/${id}/tasks`)).body.open;
    assert.equal(noSecond.length, 1, "one first-contact task, not also the playbook's call");
    assert.equal((await w.enrolmentsOf(id))[0]!.status, "completed");
  });

  test("sales guard: enrolling a lead in a sales sequence needs a reason; with one the steps run and the override is logged", async () => {
    const w = await workspace();
    const rep = await w.api.userWithKey("sales");
    const asRep = w.api.callerFor(rep.key);
    const seq = await w.playbook({
      name: "Founder outreach",
      tier: null,
      side: "sales",
      steps: [{ side: "sales", channel: "call_task", delayMinutes: 0, taskTitle: "Intro call" }],
    });
    const contact = (
      await w.api.call("POST", "/api/v1/contacts", { email: `lead-${w.api.slug}@example.test` })
    ).body;
    const refused = await asRep("POST", `/api/v1/sequences/${seq.id}/enrolments`, { contactId: contact.id });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.details.guard, "not_ready_for_sales");
    const ok = await asRep("POST", `/api/v1/sequences/${seq.id}/enrolments`, {
      contactId: contact.id,
      override: { reason: "The CEO asked us to call her" },
    });
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    const overrides = await w.api.deps.db
      .select()
      .from(guardOverrides)
      .where(eq(guardOverrides.workspaceId, w.api.workspaceId));
    assert.deepEqual(
      overrides.map((o) => [o.contactId, o.enrolmentId, o.userId, o.reason, o.active]),
      [[contact.id, ok.body.id, rep.userId, "The CEO asked us to call her", true]],
    );
    assert.equal(await w.run(ok.body.id), "ran");
    const events = await w.events(ok.body.id);
    assert.deepEqual(
      events.map((e) => e.kind),
      ["enrolled", "guard_overridden", "task_created", "completed"],
    );
    assert.equal(events[1]!.detail.userId, rep.userId);
    assert.equal(events[1]!.detail.reason, "The CEO asked us to call her");
    // No owner: the task goes to the first sales user.
    assert.equal(events[2]!.detail.ownerId, rep.userId);
  });

  test("a sales sequence's email reaches a contact sales owns, without marketing consent; never an unsubscribed address", async () => {
    const w = await workspace();
    const rep = await w.api.userWithKey("sales");
    const asRep = w.api.callerFor(rep.key);
    const followUp = await w.template("marketing", "Follow-up");
    const seq = await w.playbook({
      name: "Proposal follow-up",
      tier: null,
      side: "sales",
      steps: [{ side: "sales", channel: "email", delayMinutes: 0, templateId: followUp }],
    });
    const person = async (name: string) => {
      const c = await w.api.call("POST", "/api/v1/contacts", {
        email: `${name}-${w.api.slug}@example.test`,
        stage: "in_sales",
        ownerId: rep.userId,
      });
      return c.body as { id: string; email: string };
    };
    const [keen, gone] = [await person("keen"), await person("gone")];
    await w.api.call("POST", "/api/v1/suppressions", { email: gone.email, reason: "unsubscribe" });
    const statusOf = async (contactId: string) => {
      const e = await asRep("POST", `/api/v1/sequences/${seq.id}/enrolments`, { contactId });
      assert.equal(e.status, 201, JSON.stringify(e.body));
      assert.equal(await w.run(e.body.id), "ran");
      const [row] = await w.api.deps.db
        .select({ status: outbox.status, kind: outbox.kind, reason: outbox.reason })
        .from(outbox)
        .where(and(eq(outbox.workspaceId, w.api.workspaceId), eq(outbox.contactId, contactId)));
      return row;
    };
    assert.deepEqual(await statusOf(keen.id), { status: "queued", kind: "sales", reason: null });
    assert.deepEqual(await statusOf(gone.id), { status: "skipped", kind: "sales", reason: "suppressed" });
  });

  test("a step runs once: a second run finds nothing due, and a replay after a crash queues no second email", async () => {
    const w = await workspace();
    await tierPlaybooks(w);
    const id = await w.touch({ email: `once-${w.api.slug}@example.test` }, "page_view");
    await w.consent(id);
    const [e] = await w.enrolmentsOf(id);
    const [first, second] = await Promise.all([w.run(e!.id), w.run(e!.id)]);
    // Concurrent runners: one runs it; the other skips the locked row or finds it no longer due.
    assert.equal([first, second].filter((o) => o === "ran").length, 1);
    assert.ok([first, second].every((o) => o === "ran" || o === "not_due" || o === "not_runnable"));
    // Replay: the enrolment is put back on the email step, as if the step's commit were lost
    // after the outbox row was written by another path.
    await w.api.deps.db
      .update(enrolments)
      .set({ nextPosition: 0, nextRunAt: w.clock.now })
      .where(and(eq(enrolments.workspaceId, w.api.workspaceId), eq(enrolments.id, e!.id)));
    assert.equal(await w.run(e!.id), "ran");
    const rows = await w.api.deps.db
      .select({ id: outbox.id })
      .from(outbox)
      .where(and(eq(outbox.workspaceId, w.api.workspaceId), eq(outbox.contactId, id)));
    assert.equal(rows.length, 1, "one outbox row for (enrolment, step, contact)");
  });

  test("a contact without consent gets a skipped email, and the playbook goes on", async () => {
    const w = await workspace();
    await tierPlaybooks(w);
    const id = await w.touch({ email: `noconsent-${w.api.slug}@example.test` }, "page_view");
    const [e] = await w.enrolmentsOf(id);
    assert.equal(await w.run(e!.id), "ran");
    const last = (await w.events(e!.id)).at(-1)!;
    assert.equal(last.kind, "email_skipped");
    assert.equal(last.detail.reason, "no_consent");
    assert.equal(w.recorder.sends.length, 0);
  });
});
