// The playbook API: playbooks with their ordered steps in one body, validation of channels,
// sides, templates and delays, who may edit what, replacing the step list without losing
// history, the ad audience export, and enrolments by hand.
import "@hono/zod-openapi";
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { and, eq } from "drizzle-orm";
import { enrolmentEvents, playbookSteps } from "../../src/store/schema/index.ts";
import { HOUR, type PlaybookWorkspace, playbookWorkspace } from "../support/playbooks.ts";

const THURSDAY = "2026-09-10T12:00:00.000Z";
let w: PlaybookWorkspace;
let news: string;
let invite: string;
before(async () => {
  w = await playbookWorkspace(THURSDAY);
  news = await w.template("marketing", "Newsletter");
  invite = await w.template("marketing", "Invitation");
});
after(() => w.api.close());

const email = (templateId: string, delayMinutes = 0) => ({
  side: "marketing",
  channel: "email",
  delayMinutes,
  templateId,
});
const call = (taskTitle: string, delayMinutes = 0) => ({
  side: "sales",
  channel: "call_task",
  delayMinutes,
  taskTitle,
});

describe("playbooks", () => {
  test("create, read, list per tier, and delete one that never enrolled anyone", async () => {
    const created = await w.api.call("POST", "/api/v1/playbooks", {
      name: "Warm welcome",
      tier: "warm",
      side: "marketing",
      steps: [email(invite), call("Call about the invitation", 2 * 24 * 60)],
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.active, true);
    assert.deepEqual(
      created.body.steps.map((s: { position: number; channel: string; templateName: string | null }) => [
        s.position,
        s.channel,
        s.templateName,
      ]),
      [
        [0, "email", "Invitation"],
        [1, "call_task", null],
      ],
    );
    const seq = await w.playbook({ name: "A sequence", tier: null, side: "sales", steps: [call("Call")] });
    const cold = await w.playbook({ name: "Cold basics", tier: "cold", steps: [email(news)] });
    const list = (await w.api.call("GET", "/api/v1/playbooks")).body.data as { name: string }[];
    const order = list
      .map((p) => p.name)
      .filter((n) => ["Warm welcome", "A sequence", "Cold basics"].includes(n));
    assert.deepEqual(order, ["Cold basics", "Warm welcome", "A sequence"], "cold, warm, hot, then sequences");
    assert.equal((await w.api.call("GET", `/api/v1/playbooks/${created.body.id}`)).body.name, "Warm welcome");
    for (const p of [created.body, seq, cold]) {
      assert.equal((await w.api.call("DELETE", `/api/v1/playbooks/${p.id}`)).status, 204);
    }
    assert.equal((await w.api.call("GET", `/api/v1/playbooks/${seq.id}`)).status, 404);
  });

  test("a step's channel must fit its side; email steps need a template of the workspace; delays 0 to a year", async () => {
    const post = (steps: unknown[]) =>
      w.api.call("POST", "/api/v1/playbooks", {
        name: `Bad ${crypto.randomUUID()}`,
        tier: "cold",
        side: "marketing",
        steps,
      });
    const marketingCall = await post([{ ...call("Call"), side: "marketing" }]);
    assert.equal(marketingCall.status, 400);
    assert.match(marketingCall.body.error.message, /step 1: a call_task step is sales work, not marketing/);
    assert.equal(marketingCall.body.error.details.issues[0].path, "steps.0");
    assert.equal(
      (await post([{ side: "sales", channel: "ad_audience_export", delayMinutes: 0 }])).status,
      400,
    );
    assert.equal(
      (await post([{ side: "sales", channel: "direct_mail_task", delayMinutes: 0, taskTitle: "x" }])).status,
      400,
    );
    assert.equal((await post([{ side: "marketing", channel: "email", delayMinutes: 0 }])).status, 400);
    assert.equal((await post([email(news, 525_600)])).status, 201);
    assert.equal((await post([email(news, 525_601)])).status, 400);
    assert.equal((await post([email(news, -1)])).status, 400);
    assert.equal((await post([email(news, 1.5)])).status, 400);
    assert.equal((await post([{ ...email(news), channel: "fax" }])).status, 400);
    const other = await playbookWorkspace(THURSDAY);
    const foreign = await other.template();
    await other.api.close();
    const wrongTemplate = await post([email(foreign)]);
    assert.equal(wrongTemplate.status, 422);
    const dup = await w.api.call("POST", "/api/v1/playbooks", {
      name: "Dup",
      tier: null,
      side: "sales",
      steps: [],
    });
    assert.equal(dup.status, 201);
    const again = await w.api.call("POST", "/api/v1/playbooks", {
      name: "DUP",
      tier: null,
      side: "sales",
      steps: [],
    });
    assert.equal(again.status, 409);
  });

  test("admins and marketing edit tier playbooks; sales edits one-to-one sales sequences only", async () => {
    const asSales = w.api.callerFor((await w.api.userWithKey("sales")).key);
    const asMarketing = w.api.callerFor((await w.api.userWithKey("marketing")).key);
    const asPartner = w.api.callerFor((await w.api.userWithKey("partner")).key);
    const tier = { name: `Hot ${crypto.randomUUID()}`, tier: "hot", side: "sales", steps: [call("Call")] };
    assert.equal((await asSales("POST", "/api/v1/playbooks", tier)).status, 403);
    const hot = await asMarketing("POST", "/api/v1/playbooks", tier);
    assert.equal(hot.status, 201);
    const seqBody = {
      name: `Rep seq ${crypto.randomUUID()}`,
      tier: null,
      side: "sales",
      steps: [call("Call")],
    };
    const seq = await asSales("POST", "/api/v1/playbooks", seqBody);
    assert.equal(seq.status, 201);
    assert.equal(
      (await asSales("PUT", `/api/v1/playbooks/${seq.body.id}`, { ...seqBody, name: `${seqBody.name}!` }))
        .status,
      200,
    );
    assert.equal(
      (await asSales("PUT", `/api/v1/playbooks/${seq.body.id}`, { ...seqBody, tier: "hot" })).status,
      403,
      "sales cannot turn its sequence into a tier playbook",
    );
    assert.equal((await asSales("PUT", `/api/v1/playbooks/${hot.body.id}`, tier)).status, 403);
    assert.equal(
      (await asSales("POST", "/api/v1/playbooks", { ...seqBody, name: "m", side: "marketing", steps: [] }))
        .status,
      403,
    );
    assert.equal((await asMarketing("PUT", `/api/v1/playbooks/${seq.body.id}`, seqBody)).status, 200);
    assert.equal((await asPartner("GET", "/api/v1/playbooks")).status, 403);
    assert.equal((await asSales("GET", "/api/v1/playbooks")).status, 200);
  });

  test("replacing the steps keeps ids, retires what is left out, and keeps each enrolment on its next step", async () => {
    const pb = await w.playbook({
      name: "Editable",
      tier: null,
      side: "sales",
      steps: [call("A"), call("B", 60), call("C", 60)],
    });
    const [a, b, c] = pb.steps as { id: string }[];
    const contact = (
      await w.api.call("POST", "/api/v1/contacts", { email: `edit-${w.api.slug}@example.test` })
    ).body;
    const enrol = await w.api.call("POST", `/api/v1/sequences/${pb.id}/enrolments`, {
      contactId: contact.id,
      override: { reason: "testing the editor" },
    });
    assert.equal(enrol.status, 201, JSON.stringify(enrol.body));
    assert.equal(await w.run(enrol.body.id), "ran"); // A done; B is next
    assert.equal((await w.enrolmentsOf(contact.id))[0]!.nextStep!.position, 1);
    // New order: a new step first, then C, B; A is left out (retired).
    const put = await w.api.call("PUT", `/api/v1/playbooks/${pb.id}`, {
      name: "Editable",
      tier: null,
      side: "sales",
      active: true,
      steps: [call("New first"), { ...call("C", 30), id: c!.id }, { ...call("B, changed", 90), id: b!.id }],
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    assert.deepEqual(
      put.body.steps.map((s: { id: string; taskTitle: string; delayMinutes: number }) => [
        s.id === b!.id ? "b" : s.id === c!.id ? "c" : "new",
        s.taskTitle,
        s.delayMinutes,
      ]),
      [
        ["new", "New first", 0],
        ["c", "C", 30],
        ["b", "B, changed", 90],
      ],
    );
    const [retired] = await w.api.deps.db
      .select()
      .from(playbookSteps)
      .where(and(eq(playbookSteps.workspaceId, w.api.workspaceId), eq(playbookSteps.id, a!.id)));
    assert.equal(retired!.retired, true, "A is retired, not deleted");
    const [e] = await w.enrolmentsOf(contact.id);
    assert.equal(e!.nextStep!.position, 2, "the enrolment is still about to run B, now at position 2");
    assert.equal(e!.nextStep!.channel, "call_task");
    const events = await w.events(enrol.body.id);
    assert.equal(events.find((ev) => ev.kind === "task_created")!.stepId, a!.id, "history points at A");
    // A step id of another playbook is refused.
    const other = await w.playbook({ name: "Other", tier: null, side: "sales", steps: [call("X")] });
    const foreign = await w.api.call("PUT", `/api/v1/playbooks/${pb.id}`, {
      name: "Editable",
      tier: null,
      side: "sales",
      steps: [{ ...call("X"), id: other.steps[0].id }],
    });
    assert.equal(foreign.status, 400);
    // Retiring B too moves the enrolment to the end: it completes at its next run.
    await w.api.call("PUT", `/api/v1/playbooks/${pb.id}`, {
      name: "Editable",
      tier: null,
      side: "sales",
      steps: [call("New first"), { ...call("C", 30), id: c!.id }],
    });
    w.clock.advance(2 * HOUR);
    assert.equal(await w.run(enrol.body.id), "completed");
    // A playbook with history is deactivated, not deleted.
    assert.equal((await w.api.call("DELETE", `/api/v1/playbooks/${pb.id}`)).status, 409);
    w.clock.set(THURSDAY);
  });

  test("deactivating a playbook ends its enrolments (removed)", async () => {
    const pb = await w.playbook({
      name: "Short-lived",
      tier: null,
      side: "sales",
      steps: [call("Call", 60)],
    });
    const contact = (
      await w.api.call("POST", "/api/v1/contacts", { email: `deact-${w.api.slug}@example.test` })
    ).body;
    const enrol = await w.api.call("POST", `/api/v1/sequences/${pb.id}/enrolments`, {
      contactId: contact.id,
      override: { reason: "testing deactivation" },
    });
    const put = await w.api.call("PUT", `/api/v1/playbooks/${pb.id}`, {
      name: "Short-lived",
      tier: null,
      side: "sales",
      active: false,
      steps: [{ ...call("Call", 60), id: pb.steps[0].id }],
    });
    assert.equal(put.status, 200);
    assert.equal(put.body.activeEnrolments, 0);
    const [e] = await w.enrolmentsOf(contact.id);
    assert.deepEqual([e!.id, e!.status, e!.exitReason], [enrol.body.id, "exited", "removed"]);
  });
});

describe("enrolments by hand", () => {
  test("enrol, list, read events, exit; tier playbooks, customers and doubles are refused", async () => {
    const seq = await w.playbook({
      name: "Nurture by hand",
      tier: null,
      side: "marketing",
      steps: [email(news, 60)],
    });
    const contact = (
      await w.api.call("POST", "/api/v1/contacts", { email: `hand-${w.api.slug}@example.test` })
    ).body;
    const enrol = await w.api.call("POST", `/api/v1/sequences/${seq.id}/enrolments`, {
      contactId: contact.id,
    });
    assert.equal(enrol.status, 201, "a marketing sequence needs no override");
    assert.equal(enrol.body.nextRunAt, new Date(Date.parse(THURSDAY) + HOUR).toISOString());
    assert.equal(
      (await w.api.call("POST", `/api/v1/sequences/${seq.id}/enrolments`, { contactId: contact.id })).status,
      409,
    );
    const byPlaybook = await w.api.call("GET", `/api/v1/enrolments?playbookId=${seq.id}&status=active`);
    assert.deepEqual(
      byPlaybook.body.data.map((e: { id: string }) => e.id),
      [enrol.body.id],
    );
    const exit = await w.api.call("POST", `/api/v1/enrolments/${enrol.body.id}/exit`);
    assert.equal(exit.status, 200);
    assert.deepEqual([exit.body.status, exit.body.exitReason], ["exited", "removed"]);
    assert.equal((await w.api.call("POST", `/api/v1/enrolments/${enrol.body.id}/exit`)).status, 409);
    const events = await w.events(enrol.body.id);
    assert.deepEqual(
      events.map((e) => e.kind),
      ["enrolled", "exited"],
    );
    const tier = await w.playbook({ name: "Tier by hand?", tier: "warm", steps: [email(news)] });
    assert.equal(
      (await w.api.call("POST", `/api/v1/sequences/${tier.id}/enrolments`, { contactId: contact.id })).status,
      409,
    );
    await w.api.call("PATCH", `/api/v1/contacts/${contact.id}`, { stage: "disqualified" });
    assert.equal(
      (await w.api.call("POST", `/api/v1/sequences/${seq.id}/enrolments`, { contactId: contact.id })).status,
      409,
    );
    assert.equal(
      (await w.api.call("POST", `/api/v1/sequences/${seq.id}/enrolments`, { contactId: crypto.randomUUID() }))
        .status,
      422,
    );
    assert.equal((await w.api.call("GET", `/api/v1/enrolments?cursor=nonsense`)).status, 400);
    await w.api.call("PUT", `/api/v1/playbooks/${tier.id}`, {
      name: "Tier by hand?",
      tier: "warm",
      side: "marketing",
      active: false,
      steps: [],
    });
  });

  test("enrolments page with a cursor", async () => {
    const seq = await w.playbook({ name: "Paged", tier: null, side: "marketing", steps: [email(news, 60)] });
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const c = (
        await w.api.call("POST", "/api/v1/contacts", { email: `page${i}-${w.api.slug}@example.test` })
      ).body;
      ids.push(
        (await w.api.call("POST", `/api/v1/sequences/${seq.id}/enrolments`, { contactId: c.id })).body.id,
      );
    }
    const first = await w.api.call("GET", `/api/v1/enrolments?playbookId=${seq.id}&limit=2`);
    const second = await w.api.call(
      "GET",
      `/api/v1/enrolments?playbookId=${seq.id}&limit=2&cursor=${first.body.nextCursor}`,
    );
    assert.deepEqual(
      [...first.body.data, ...second.body.data].map((e: { id: string }) => e.id),
      ids.reverse(),
    );
    assert.equal(second.body.nextCursor, null);
  });
});

describe("the ad audience export", () => {
  test("lists the contacts currently at the export step, with consent, as CSV", async () => {
    const seq = await w.playbook({
      name: "Retargeting",
      tier: null,
      side: "marketing",
      steps: [
        { side: "marketing", channel: "ad_audience_export", delayMinutes: 0 },
        email(news, 7 * 24 * 60),
      ],
    });
    const enrolled: { id: string; enrolment: string }[] = [];
    for (const [name, consent] of [
      ["=Eve", true],
      ["Nora", false],
      ["Ann", true],
    ] as const) {
      const c = (
        await w.api.call("POST", "/api/v1/contacts", {
          email: `${name.replace("=", "")}-aud-${w.api.slug}@example.test`.toLowerCase(),
          firstName: name,
          phone: "+49 30 1234",
        })
      ).body;
      if (consent) await w.consent(c.id);
      const e = await w.api.call("POST", `/api/v1/sequences/${seq.id}/enrolments`, { contactId: c.id });
      enrolled.push({ id: c.id, enrolment: e.body.id });
    }
    // Before the step runs nobody is in the audience.
    let csv = await w.api.app.request(`/api/v1/playbooks/${seq.id}/audience.csv`, {
      headers: { Authorization: `Bearer ${w.api.admin.key}` },
    });
    assert.equal((await csv.text()).trim().split("\n").length, 1);
    for (const e of enrolled) assert.equal(await w.run(e.enrolment), "ran");
    csv = await w.api.app.request(`/api/v1/playbooks/${seq.id}/audience.csv`, {
      headers: { Authorization: `Bearer ${w.api.admin.key}` },
    });
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get("content-type") ?? "", /text\/csv/);
    assert.match(csv.headers.get("content-disposition") ?? "", /retargeting-audience\.csv/);
    const lines = (await csv.text()).trim().split("\n");
    assert.equal(lines[0], "email,first_name,last_name,phone,country,step_id,joined_at");
    assert.equal(lines.length, 3, "Nora has no consent");
    assert.match(lines[1]!, /^ann-aud-.*,Ann,,\+49 30 1234,,/);
    assert.match(lines[2]!, /^eve-aud-.*,'=Eve,/, "a formula-looking name is defused");
    // Taken out of the playbook: out of the audience.
    await w.api.call("POST", `/api/v1/enrolments/${enrolled[0]!.enrolment}/exit`);
    const after = await w.api.app.request(`/api/v1/playbooks/${seq.id}/audience.csv`, {
      headers: { Authorization: `Bearer ${w.api.admin.key}` },
    });
    assert.equal((await after.text()).trim().split("\n").length, 2);
    const logged = await w.api.deps.db
      .select()
      .from(enrolmentEvents)
      .where(
        and(
          eq(enrolmentEvents.workspaceId, w.api.workspaceId),
          eq(enrolmentEvents.kind, "audience_exported"),
        ),
      );
    assert.equal(logged.length, 3);
  });
});

test("the OpenAPI document describes the playbook and enrolment routes", async () => {
  const doc = (await (await w.api.app.request("/api/openapi.json")).json()) as {
    paths: Record<string, object>;
  };
  for (const path of [
    "/api/v1/playbooks",
    "/api/v1/playbooks/{id}",
    "/api/v1/playbooks/{id}/audience.csv",
    "/api/v1/enrolments",
    "/api/v1/enrolments/{id}/events",
    "/api/v1/enrolments/{id}/exit",
    "/api/v1/sequences/{id}/enrolments",
  ]) {
    assert.ok(doc.paths[path], path);
  }
});
