import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setupApi, type TestApi } from "../support/api.ts";

// A deactivated user is given no new work (issue 11): the API refuses them as the new owner of a
// contact, deal, program or task, or as the rep a lead is handed to, in words a form can show
// under its owner field. What they already own stays theirs and can still be edited; hand-over
// rules and round-robin pass them over; once reactivated they can be given work again.
let api: TestApi;
let rep: Awaited<ReturnType<TestApi["userWithKey"]>>;
let gone: Awaited<ReturnType<TestApi["userWithKey"]>>;
let goneMarketer: Awaited<ReturnType<TestApi["userWithKey"]>>;
let owned: string; // a contact `gone` owned before leaving

before(async () => {
  api = await setupApi();
  rep = await api.userWithKey("sales");
  gone = await api.userWithKey("sales");
  goneMarketer = await api.userWithKey("marketing");
  await api.call("PATCH", `/api/v1/users/${gone.userId}`, { name: "Dana Gone", role: "sales" });
  owned = await contact({ ownerId: gone.userId });
  for (const u of [gone, goneMarketer]) {
    const res = await api.call("POST", `/api/v1/users/${u.userId}/deactivate`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
  }
});
after(() => api.close());

async function contact(fields: Record<string, unknown> = {}): Promise<string> {
  const res = await api.call("POST", "/api/v1/contacts", {
    email: `c-${crypto.randomUUID()}@example.com`,
    firstName: "Cleo",
    ...fields,
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id;
}

const get = async (id: string) => (await api.call("GET", `/api/v1/contacts/${id}`)).body;

/** The refusal every path gives: a 400 naming the person and the field, in plain words. */
function assertRefused(res: {
  status: number;
  body: { error: { code: string; message: string; details: unknown } };
}) {
  assert.equal(res.status, 400, JSON.stringify(res.body));
  assert.equal(res.body.error.code, "validation_failed");
  assert.match(res.body.error.message, /is deactivated and cannot take on new work: choose an active user\./);
  assert.deepEqual(res.body.error.details, { field: "ownerId" });
}

describe("contacts", () => {
  test("a new contact, an edited one and a bulk assignment refuse a deactivated owner; nothing changes", async () => {
    const created = await api.call("POST", "/api/v1/contacts", {
      email: `c-${crypto.randomUUID()}@example.com`,
      ownerId: gone.userId,
    });
    assertRefused(created);
    assert.match(created.body.error.message, /^Dana Gone is deactivated/);

    const id = await contact({ ownerId: rep.userId });
    assertRefused(await api.call("PATCH", `/api/v1/contacts/${id}`, { ownerId: gone.userId }));
    assertRefused(
      await api.call("POST", "/api/v1/contacts/bulk-assign", { ids: [id], ownerId: gone.userId }),
    );
    assert.equal((await get(id)).ownerId, rep.userId);
  });

  test("handing a lead over to a deactivated rep is refused and the stage stays", async () => {
    const id = await contact({ stage: "lead" });
    const res = await api.call("PATCH", `/api/v1/contacts/${id}`, {
      stage: "sales_ready",
      ownerId: gone.userId,
    });
    assertRefused(res);
    const after = await get(id);
    assert.deepEqual([after.stage, after.ownerId], ["lead", null]);
  });

  test("a contact the deactivated user owns is still edited with its owner as it is, then given to someone else", async () => {
    const kept = await api.call("PATCH", `/api/v1/contacts/${owned}`, {
      firstName: "Cleone",
      ownerId: gone.userId,
    });
    assert.equal(kept.status, 200, JSON.stringify(kept.body));
    assert.deepEqual([kept.body.firstName, kept.body.ownerId], ["Cleone", gone.userId]);
    const moved = await api.call("PATCH", `/api/v1/contacts/${owned}`, { ownerId: rep.userId });
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    assert.equal(moved.body.ownerId, rep.userId);
  });
});

describe("deals, tasks and programs", () => {
  test("a deal opened for, or moved to, a deactivated owner is refused", async () => {
    const contactId = await contact();
    const deal = { name: "Pilot", contactId, amountMinor: 50_000, currency: "USD" };
    assertRefused(await api.call("POST", "/api/v1/deals", { ...deal, ownerId: gone.userId }));
    const opened = await api.call("POST", "/api/v1/deals", { ...deal, ownerId: rep.userId });
    assert.equal(opened.status, 201, JSON.stringify(opened.body));
    assertRefused(await api.call("PATCH", `/api/v1/deals/${opened.body.id}`, { ownerId: gone.userId }));
    assert.equal((await api.call("GET", `/api/v1/deals/${opened.body.id}`)).body.ownerId, rep.userId);
  });

  test("a task for a deactivated user is refused; none is created", async () => {
    const contactId = await contact();
    const task = {
      contactId,
      kind: "call",
      title: "Call back",
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
    };
    assertRefused(await api.call("POST", "/api/v1/tasks", { ...task, ownerId: gone.userId }));
    const listed = await api.call("GET", `/api/v1/contacts/${contactId}/tasks`);
    assert.equal(listed.body.open.length, 0);
    const given = await api.call("POST", "/api/v1/tasks", { ...task, ownerId: rep.userId });
    assert.equal(given.status, 201, JSON.stringify(given.body));
  });

  test("a program refuses a deactivated owner, but one it already has stays through an edit", async () => {
    const program = { name: `Webinar ${crypto.randomUUID()}`, channel: "advertising", currency: "USD" };
    assertRefused(await api.call("POST", "/api/v1/programs", { ...program, ownerId: goneMarketer.userId }));
    await api.call("POST", `/api/v1/users/${goneMarketer.userId}/reactivate`);
    const created = await api.call("POST", "/api/v1/programs", { ...program, ownerId: goneMarketer.userId });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    await api.call("POST", `/api/v1/users/${goneMarketer.userId}/deactivate`);
    const edited = await api.call("PATCH", `/api/v1/programs/${created.body.id}`, {
      ...program,
      name: `${program.name} (spring)`,
      ownerId: goneMarketer.userId,
    });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.equal(edited.body.ownerId, goneMarketer.userId);
  });
});

describe("automatic hand-over", () => {
  test("a territory rule and round-robin pass a deactivated rep over; a rule cannot name one anew", async () => {
    const settings = (await api.call("GET", "/api/v1/handoff-settings")).body;
    const rule = { field: "country", value: "Germany", userId: gone.userId };
    // The rule was set while they were active…
    await api.call("POST", `/api/v1/users/${gone.userId}/reactivate`);
    const put = await api.call("PUT", "/api/v1/handoff-settings", { ...settings, assignmentRules: [rule] });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    await api.call("POST", `/api/v1/users/${gone.userId}/deactivate`);
    try {
      // …and outlives them: it no longer picks them, nor does round-robin.
      for (const country of ["Germany", "France", "Spain"]) {
        const id = await contact({ country, stage: "lead" });
        const res = await api.call("PATCH", `/api/v1/contacts/${id}`, { stage: "sales_ready" });
        assert.equal(res.status, 200, JSON.stringify(res.body));
        assert.equal(res.body.ownerId, rep.userId, `${country} went to the active rep`);
      }
      const again = await api.call("PUT", "/api/v1/handoff-settings", {
        ...settings,
        assignmentRules: [rule],
      });
      assert.equal(again.status, 422, JSON.stringify(again.body));
      assert.match(again.body.error.message, /not an active sales user/);
    } finally {
      await api.call("PUT", "/api/v1/handoff-settings", { ...settings, assignmentRules: [] });
    }
  });

  test("a reactivated user can be given work again", async () => {
    await api.call("POST", `/api/v1/users/${gone.userId}/reactivate`);
    try {
      const id = await contact();
      const res = await api.call("PATCH", `/api/v1/contacts/${id}`, { ownerId: gone.userId });
      assert.equal(res.status, 200, JSON.stringify(res.body));
    } finally {
      await api.call("POST", `/api/v1/users/${gone.userId}/deactivate`);
    }
  });
});
