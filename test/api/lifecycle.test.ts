// The contact's lifecycle as users meet it: the stage history is the contact's life (backfills
// included), every cause is recorded, deals move contacts through the same hand-off, closing a
// deal settles what waited, and the hand-off owns the first call.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { setupApi, type TestApi } from "../support/api.ts";

// Monday 23 November 2026, 10:00 UTC.
const clock = Date.parse("2026-11-23T10:00:00Z");
const now = () => new Date(clock);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
let api: TestApi;
let rep: Awaited<ReturnType<TestApi["userWithKey"]>>;

before(async () => {
  api = await setupApi({ now });
  rep = await api.userWithKey("sales");
});
after(() => api.close());

interface Transition {
  from: string | null;
  to: string;
  at: string;
  cause: string;
  causeId: string | null;
  userId: string | null;
  reason: string | null;
}

async function stages(contactId: string): Promise<Transition[]> {
  const res = await api.call("GET", `/api/v1/contacts/${contactId}/stages`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.data;
}

async function touch(body: Record<string, unknown>) {
  const res = await api.call("POST", "/api/v1/touchpoints", body);
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body as { touchpointId: string; contactId: string };
}

async function newContact(fields: Record<string, unknown> = {}) {
  const res = await api.call("POST", "/api/v1/contacts", {
    email: `c-${crypto.randomUUID()}@example.com`,
    firstName: "Lee",
    ...fields,
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id as string;
}

const contact = async (id: string) => (await api.call("GET", `/api/v1/contacts/${id}`)).body;
const handoffsOf = async (contactId: string) =>
  (await api.call("GET", `/api/v1/handoffs?contactId=${contactId}`)).body.data as {
    id: string;
    status: string;
    ownerId: string;
  }[];
const openTasks = async (contactId: string) =>
  (await api.callerFor(rep.key)("GET", `/api/v1/contacts/${contactId}/tasks`)).body.open as {
    title: string;
  }[];

/** Form (10) + event (12) + webinar (10) now: E = 32 ≥ θ_hot = 30, so the baton is passed. */
async function heatUp(contactId: string) {
  for (const kind of ["form_submit", "event_attended", "webinar"])
    await touch({ contactId, kind, occurredAt: iso(clock) });
}

async function openDeal(contactId: string, caller = api.callerFor(rep.key), name = "Pilot") {
  const res = await caller("POST", "/api/v1/deals", {
    name,
    contactId,
    amountMinor: 500_000,
    currency: "USD",
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id as string;
}

async function closeDeal(dealId: string, outcome: "won" | "lost") {
  const asRep = api.callerFor(rep.key);
  if (outcome === "won") {
    for (const stage of ["understand", "present", "propose", "contract", "won"]) {
      assert.equal((await asRep("POST", `/api/v1/deals/${dealId}/move`, { stage })).status, 200, stage);
    }
    return;
  }
  const reasons = (await asRep("GET", "/api/v1/pipelines")).body.lossReasons as { id: string }[];
  const res = await asRep("POST", `/api/v1/deals/${dealId}/move`, {
    stage: "lost",
    lossReasonId: reasons[0]!.id,
  });
  assert.equal(res.status, 200, JSON.stringify(res.body));
}

describe("the stage history is the contact's life", () => {
  test("a backfilled inbound response moves the lead transition (and the creation) earlier, never adds a second", async () => {
    const email = `backfill-${crypto.randomUUID()}@example.com`;
    const t0 = clock - DAY;
    const seen = await touch({ email, kind: "page_view", occurredAt: iso(t0 - DAY) });
    const form = await touch({ email, kind: "form_submit", occurredAt: iso(t0) });
    let history = await stages(seen.contactId);
    assert.deepEqual(
      history.map((h) => [h.from, h.to, h.at, h.cause, h.causeId]),
      [
        [null, "prospect", iso(t0 - DAY), "touchpoint", null],
        ["prospect", "lead", iso(t0), "touchpoint", form.touchpointId],
      ],
    );
    // An older page view is not a response; a newer click does not move the lead time either.
    await touch({ email, kind: "page_view", occurredAt: iso(t0 - 20 * DAY) });
    await touch({ email, kind: "email_click", occurredAt: iso(t0 + HOUR) });
    assert.deepEqual(await stages(seen.contactId), history);
    // A backfilled click from ten days earlier: that is when this contact became a lead.
    const click = await touch({ email, kind: "email_click", occurredAt: iso(t0 - 10 * DAY) });
    history = await stages(seen.contactId);
    assert.deepEqual(
      history.map((h) => [h.from, h.to, h.at, h.cause, h.causeId]),
      [
        [null, "prospect", iso(t0 - 10 * DAY), "touchpoint", null],
        ["prospect", "lead", iso(t0 - 10 * DAY), "touchpoint", click.touchpointId],
      ],
    );
  });

  test("the lead time moves back even after the contact went on to sales, and only that transition moves", async () => {
    const id = await newContact();
    await touch({ contactId: id, kind: "form_submit", occurredAt: iso(clock - HOUR) });
    await heatUp(id);
    const before = await stages(id);
    assert.deepEqual(
      before.map((h) => h.to),
      ["prospect", "lead", "sales_ready"],
    );
    // Created by a user now, then a webinar two days ago arrives late.
    const webinar = await touch({ contactId: id, kind: "webinar", occurredAt: iso(clock - 2 * DAY) });
    const after = await stages(id);
    assert.deepEqual(
      after.map((h) => [h.to, h.at]),
      [
        ["prospect", iso(clock - 2 * DAY)],
        ["lead", iso(clock - 2 * DAY)],
        ["sales_ready", before[2]!.at],
      ],
    );
    assert.equal(after[1]!.causeId, webinar.touchpointId);
  });

  test("GET /contacts/{id}/stages names every cause: touchpoint, hand-off, deal and user", async () => {
    const id = await newContact();
    await heatUp(id);
    const [handoff] = await handoffsOf(id);
    assert.equal(
      (await api.callerFor(rep.key)("POST", `/api/v1/handoffs/${handoff!.id}/accept`, {})).status,
      200,
    );
    const deal = await openDeal(id);
    await closeDeal(deal, "won");
    const history = await stages(id);
    assert.deepEqual(
      history.map((h) => [h.from, h.to, h.cause]),
      [
        [null, "prospect", "user"],
        ["prospect", "lead", "touchpoint"],
        ["lead", "sales_ready", "handoff"],
        ["sales_ready", "in_sales", "handoff"],
        ["in_sales", "customer", "deal"],
      ],
    );
    assert.equal(history[0]!.userId, api.admin.userId);
    assert.equal(history[2]!.causeId, handoff!.id);
    assert.equal(history[2]!.userId, null, "the hand-off rule passed it, not a user");
    assert.equal(history[3]!.userId, rep.userId);
    assert.equal(history[4]!.causeId, deal);
    // Another partner organisation or an unknown contact: 404, as for every contact read.
    assert.equal((await api.call("GET", `/api/v1/contacts/${crypto.randomUUID()}/stages`)).status, 404);
  });

  test("a move the lifecycle does not allow is refused with its reason and changes nothing", async () => {
    const id = await newContact();
    const deal = await openDeal(id);
    await closeDeal(deal, "won");
    const before = await stages(id);
    const res = await api.call("PATCH", `/api/v1/contacts/${id}`, { stage: "lead" });
    assert.equal(res.status, 409);
    assert.match(res.body.error.message, /a customer cannot become a lead/);
    assert.deepEqual(await stages(id), before);
    assert.equal((await contact(id)).stage, "customer");
  });
});

describe("deals and the lifecycle agree", () => {
  test("a rep opening a deal for a lead that is not ready takes it through an accepted hand-off, with the guard's override logged", async () => {
    const id = await newContact();
    await touch({ contactId: id, kind: "form_submit", occurredAt: iso(clock) });
    assert.equal((await contact(id)).stage, "lead");
    const deal = await openDeal(id);
    const c = await contact(id);
    assert.equal(c.stage, "in_sales");
    assert.equal(c.ownerId, rep.userId);
    const handoffs = await handoffsOf(id);
    assert.deepEqual(
      handoffs.map((h) => [h.status, h.ownerId]),
      [["accepted", rep.userId]],
    );
    const history = await stages(id);
    assert.deepEqual(history.at(-1), {
      ...history.at(-1),
      from: "lead",
      to: "in_sales",
      cause: "deal",
      causeId: deal,
      userId: rep.userId,
    });
    const overrides = await api.deps.db.execute<{ user_id: string; reason: string }>(sql`
      select user_id, reason from guard_overrides where workspace_id = ${api.workspaceId} and contact_id = ${id}`);
    assert.equal(overrides.rows.length, 1);
    assert.equal(overrides.rows[0]!.user_id, rep.userId);
    assert.match(overrides.rows[0]!.reason, /deal opened: Pilot/);
    assert.deepEqual(await openTasks(id), [], "a rep who opened a deal needs no first-contact task");
  });

  test("a deal a partner registers makes its contact sales-owned by the partner", async () => {
    const partner = await api.userWithKey("partner");
    const asPartner = api.callerFor(partner.key);
    const created = await asPartner("POST", "/api/v1/contacts", {
      email: `p-${crypto.randomUUID()}@example.com`,
    });
    assert.equal(created.status, 201);
    await openDeal(created.body.id, asPartner, "Reseller deal");
    const c = await contact(created.body.id);
    assert.equal(c.stage, "in_sales");
    assert.equal(c.ownerId, partner.userId);
  });

  for (const outcome of ["won", "lost"] as const) {
    test(`a deal ${outcome} settles the contact's open hand-off and closes its first-contact task`, async () => {
      const id = await newContact();
      const deal = await openDeal(id);
      // Back to marketing, then handed over again by hand while the old deal is still open.
      const back = await api.call("PATCH", `/api/v1/contacts/${id}`, {
        stage: "recycled",
        stageReason: "bad_timing",
      });
      assert.equal(back.status, 200, JSON.stringify(back.body));
      const again = await api.call("PATCH", `/api/v1/contacts/${id}`, {
        stage: "sales_ready",
        ownerId: rep.userId,
      });
      assert.equal(again.status, 200, JSON.stringify(again.body));
      assert.equal((await openTasks(id)).length, 1);
      assert.equal((await handoffsOf(id))[0]!.status, "pending");
      await closeDeal(deal, outcome);
      const c = await contact(id);
      assert.equal(c.stage, outcome === "won" ? "customer" : "in_sales");
      assert.equal((await handoffsOf(id))[0]!.status, "accepted");
      assert.deepEqual(await openTasks(id), []);
      const [task] = (
        await api.deps.db.execute<{ outcome: string }>(sql`
          select t.outcome from tasks t join handoffs h on h.workspace_id = t.workspace_id and h.task_id = t.id
          where t.workspace_id = ${api.workspaceId} and t.contact_id = ${id}`)
      ).rows;
      assert.match(task!.outcome, outcome === "won" ? /customer/ : /deal was lost/);
    });
  }
});
