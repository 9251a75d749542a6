import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setupApi, type TestApi } from "../support/api.ts";

const NOW = new Date("2026-09-10T12:00:00Z");
const iso = (hoursFromNow: number) => new Date(NOW.getTime() + hoursFromNow * 3_600_000).toISOString();
let api: TestApi;
before(async () => {
  api = await setupApi({ now: () => NOW });
});
after(() => api.close());

test("completing a task logs its sales touchpoint and warms the contact", async () => {
  const rep = await api.userWithKey("sales");
  const asRep = api.callerFor(rep.key);
  const contact = (
    await api.call("POST", "/api/v1/contacts", { email: `t-${api.slug}@example.com`, ownerId: rep.userId })
  ).body;
  const task = await asRep("POST", "/api/v1/tasks", {
    contactId: contact.id,
    kind: "meeting",
    title: "Discovery meeting",
    dueAt: iso(2),
  });
  assert.equal(task.status, 201);
  assert.equal(task.body.ownerId, rep.userId);
  const done = await asRep("POST", `/api/v1/tasks/${task.body.id}/complete`, { outcome: "Budget confirmed" });
  assert.equal(done.status, 200);
  assert.ok(done.body.touchpointId);
  const timeline = (await api.call("GET", `/api/v1/contacts/${contact.id}/timeline`)).body.data;
  assert.deepEqual(
    timeline.map((t: { kind: string; side: string; userId: string }) => [t.kind, t.side, t.userId]),
    [["meeting", "sales", rep.userId]],
  );
  const weights = (await api.call("GET", "/api/v1/settings/scoring")).body.weights;
  assert.equal((await api.call("GET", `/api/v1/contacts/${contact.id}`)).body.score, weights.meeting);
  assert.equal((await asRep("POST", `/api/v1/tasks/${task.body.id}/complete`, {})).status, 409);
});

test("my day: overdue, due today, and hot contacts without a next step", async () => {
  const rep = await api.userWithKey("sales");
  const asRep = api.callerFor(rep.key);
  const mk = async (name: string) =>
    (
      await api.call("POST", "/api/v1/contacts", {
        email: `${name}-${api.slug}@example.com`,
        firstName: name,
        ownerId: rep.userId,
        // Already the rep's: a lead that turns hot would be handed over with a first task instead.
        stage: "in_sales",
      })
    ).body.id;
  const [a, b, c, hotIdle, hotPlanned] = [
    await mk("Ann"),
    await mk("Bob"),
    await mk("Cy"),
    await mk("Hal"),
    await mk("Hope"),
  ];
  await asRep("POST", "/api/v1/tasks", { contactId: a, kind: "call", title: "Call back", dueAt: iso(-30) }); // yesterday: overdue
  await asRep("POST", "/api/v1/tasks", { contactId: b, kind: "call", title: "Call", dueAt: iso(5) }); // 17:00 today
  await asRep("POST", "/api/v1/tasks", {
    contactId: c,
    kind: "proposal",
    title: "Send proposal",
    dueAt: iso(20),
  }); // tomorrow
  for (const id of [hotIdle, hotPlanned]) {
    for (const kind of ["meeting", "presentation", "proposal"]) {
      await api.call("POST", "/api/v1/touchpoints", { contactId: id, kind, occurredAt: iso(-1) });
    }
  }
  await asRep("POST", "/api/v1/tasks", {
    contactId: hotPlanned,
    kind: "contract",
    title: "Contract",
    dueAt: iso(48),
  });
  const day = (await asRep("GET", "/api/v1/me/day")).body;
  assert.deepEqual(
    day.overdue.map((t: { title: string }) => t.title),
    ["Call back"],
  );
  assert.equal(day.overdueCount, 1);
  assert.equal(day.todayCount, 1);
  assert.deepEqual(
    day.today.map((t: { title: string }) => t.title),
    ["Call"],
  );
  assert.deepEqual(
    day.hotWithoutNextStep.map((h: { contactId: string }) => h.contactId),
    [hotIdle],
  );
});

test("bad tasks are refused", async () => {
  const rep = await api.userWithKey("sales");
  const asRep = api.callerFor(rep.key);
  const contact = (await api.call("POST", "/api/v1/contacts", { email: `bad-${api.slug}@example.com` })).body;
  assert.equal(
    (
      await asRep("POST", "/api/v1/tasks", {
        contactId: contact.id,
        kind: "page_view",
        title: "x",
        dueAt: iso(1),
      })
    ).status,
    400,
  );
  assert.equal(
    (
      await asRep("POST", "/api/v1/tasks", {
        contactId: "01939a4e-7b1c-7cc3-9a52-3f7e4b5d6a10",
        kind: "call",
        title: "x",
        dueAt: iso(1),
      })
    ).status,
    422,
  );
  const marketing = api.callerFor((await api.userWithKey("marketing")).key);
  assert.equal(
    (
      await marketing("POST", "/api/v1/tasks", {
        contactId: contact.id,
        kind: "call",
        title: "x",
        dueAt: iso(1),
      })
    ).status,
    403,
  );
});

test("a contact's tasks: open ones soonest first, then the latest completed", async () => {
  const rep = await api.userWithKey("sales");
  const asRep = api.callerFor(rep.key);
  const contact = (
    await api.call("POST", "/api/v1/contacts", { email: `list-${api.slug}@example.com`, firstName: "Lee" })
  ).body;
  const other = (await api.call("POST", "/api/v1/contacts", { email: `other-${api.slug}@example.com` })).body;
  const plan = async (contactId: string, title: string, hours: number) =>
    (await asRep("POST", "/api/v1/tasks", { contactId, kind: "call", title, dueAt: iso(hours) })).body.id;
  await plan(contact.id, "Later call", 30);
  await plan(contact.id, "Soon call", 1);
  const done = await plan(contact.id, "Done call", -2);
  await plan(other.id, "Someone else's call", 1);
  assert.equal(
    (await asRep("POST", `/api/v1/tasks/${done}/complete`, { outcome: "Left a voicemail" })).status,
    200,
  );

  const res = await api.callerFor((await api.userWithKey("marketing")).key)(
    "GET",
    `/api/v1/contacts/${contact.id}/tasks`,
  );
  assert.equal(res.status, 200);
  assert.deepEqual(
    res.body.open.map((t: { title: string; contactName: string }) => [t.title, t.contactName]),
    [
      ["Soon call", "Lee"],
      ["Later call", "Lee"],
    ],
  );
  assert.deepEqual(
    res.body.completed.map((t: { title: string; outcome: string }) => [t.title, t.outcome]),
    [["Done call", "Left a voicemail"]],
  );
  assert.equal(
    (await asRep("GET", "/api/v1/contacts/01939a4e-7b1c-7cc3-9a52-3f7e4b5d6a10/tasks")).status,
    404,
  );
});

test("marketing completes the direct-mail task a playbook gave it, as a marketing touch; not anyone else's", async () => {
  const marketer = await api.userWithKey("marketing");
  const asMarketer = api.callerFor(marketer.key);
  const contact = (await api.call("POST", "/api/v1/contacts", { email: `mail-${api.slug}@example.com` }))
    .body;
  const { tasks } = await import("../../src/store/schema/index.ts");
  const [mine, theirs] = await api.deps.db
    .insert(tasks)
    .values([
      {
        workspaceId: api.workspaceId,
        contactId: contact.id,
        ownerId: marketer.userId,
        kind: "direct_mail",
        title: "Send the catalogue",
        dueAt: new Date(),
      },
      {
        workspaceId: api.workspaceId,
        contactId: contact.id,
        ownerId: api.admin.userId,
        kind: "call",
        title: "Call",
        dueAt: new Date(),
      },
    ])
    .returning({ id: tasks.id });
  const refused = await asMarketer("POST", `/api/v1/tasks/${theirs!.id}/complete`, {});
  assert.equal(refused.status, 403);
  const done = await asMarketer("POST", `/api/v1/tasks/${mine!.id}/complete`, { outcome: "Posted" });
  assert.equal(done.status, 200, JSON.stringify(done.body));
  const timeline = (await api.call("GET", `/api/v1/contacts/${contact.id}/timeline`)).body.data;
  assert.deepEqual([timeline[0].kind, timeline[0].side], ["direct_mail", "marketing"]);
});
