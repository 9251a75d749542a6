import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { setupApi, type TestApi } from "../support/api.ts";

let api: TestApi;
let rep: Awaited<ReturnType<TestApi["userWithKey"]>>;
let asRep: TestApi["call"];
let contactId: string;
before(async () => {
  api = await setupApi();
  rep = await api.userWithKey("sales");
  asRep = api.callerFor(rep.key);
  contactId = (
    await api.call("POST", "/api/v1/contacts", { email: `buyer-${api.slug}@example.com`, firstName: "Bea" })
  ).body.id;
});
after(() => api.close());

const dealCount = async () =>
  Number(
    (
      await api.deps.db.execute<{ n: string }>(
        sql`select count(*) as n from deals where workspace_id = ${api.workspaceId}`,
      )
    ).rows[0]!.n,
  );

describe("deals and the pipeline", () => {
  test("a rep opens a deal in the first stage of the default pipeline, owned by them", async () => {
    const res = await asRep("POST", "/api/v1/deals", {
      name: "Platform pilot",
      contactId,
      amountMinor: 1_200_000,
      currency: "USD",
    });
    assert.equal(res.status, 201);
    assert.equal(res.body.stage, "qualify");
    assert.equal(res.body.outcome, "open");
    assert.equal(res.body.ownerId, rep.userId);
    assert.equal(res.body.contactName, "Bea");
  });

  test("bad amounts, currencies and references are refused and nothing is written", async () => {
    const before = await dealCount();
    const base = { name: "x", contactId, amountMinor: 100, currency: "USD" };
    for (const [change, status] of [
      [{ amountMinor: -1 }, 400],
      [{ amountMinor: 10.5 }, 400],
      [{ currency: "dollars" }, 400],
      [{ contactId: "01939a4e-7b1c-7cc3-9a52-3f7e4b5d6a10" }, 422],
      [{ stage: "won" }, 400],
      [{ stage: "nowhere" }, 400],
    ] as const) {
      const res = await asRep("POST", "/api/v1/deals", { ...base, ...change });
      assert.equal(res.status, status, JSON.stringify(change));
    }
    assert.equal(await dealCount(), before);
  });

  test("losing needs a reason; a closed deal reopens only when asked; a stage of another pipeline is refused", async () => {
    const deal = (
      await asRep("POST", "/api/v1/deals", {
        name: "Lost one",
        contactId,
        amountMinor: 500_000,
        currency: "USD",
      })
    ).body;
    const { lossReasons } = (await asRep("GET", "/api/v1/pipelines")).body;
    assert.ok(lossReasons.length >= 5);
    const noReason = await asRep("POST", `/api/v1/deals/${deal.id}/move`, { stage: "lost" });
    assert.equal(noReason.status, 400);
    assert.match(noReason.body.error.message, /loss reason/);
    const lost = await asRep("POST", `/api/v1/deals/${deal.id}/move`, {
      stage: "lost",
      lossReasonId: lossReasons[0].id,
      lossNote: "Q3 freeze",
    });
    assert.equal(lost.status, 200);
    assert.equal(lost.body.outcome, "lost");
    assert.equal(lost.body.lossReason, lossReasons[0].label);
    assert.ok(lost.body.closedAt);
    assert.equal((await asRep("POST", `/api/v1/deals/${deal.id}/move`, { stage: "present" })).status, 409);
    const reopened = await asRep("POST", `/api/v1/deals/${deal.id}/move`, { stage: "present", reopen: true });
    assert.equal(reopened.body.outcome, "open");
    assert.equal(reopened.body.closedAt, null);
    assert.equal(reopened.body.lossReason, null);

    await api.deps.db.execute(sql`insert into pipelines (workspace_id, id, name, stages)
      values (${api.workspaceId}, gen_random_uuid(), 'Partner', ${JSON.stringify([
        { key: "registered", name: "Registered", outcome: "open", probability: 10 },
        { key: "won", name: "Won", outcome: "won", probability: 100 },
        { key: "lost", name: "Lost", outcome: "lost", probability: 0 },
      ])}::jsonb)`);
    const elsewhere = await asRep("POST", `/api/v1/deals/${deal.id}/move`, { stage: "registered" });
    assert.equal(elsewhere.status, 400);
    assert.match(elsewhere.body.error.message, /not a stage of this deal's pipeline/);
    assert.equal((await asRep("GET", `/api/v1/deals/${deal.id}`)).body.stage, "present");
  });

  test("winning a deal makes the contact a customer, with both histories recorded", async () => {
    const deal = (
      await asRep("POST", "/api/v1/deals", {
        name: "Won one",
        contactId,
        amountMinor: 900_000,
        currency: "USD",
      })
    ).body;
    for (const stage of ["understand", "present", "propose", "contract", "won"]) {
      const res = await asRep("POST", `/api/v1/deals/${deal.id}/move`, { stage });
      assert.equal(res.status, 200, stage);
    }
    assert.equal((await api.call("GET", `/api/v1/contacts/${contactId}`)).body.stage, "customer");
    const history = await api.deps.db.execute<{ to_stage: string }>(sql`
      select to_stage from deal_stage_history where workspace_id = ${api.workspaceId} and deal_id = ${deal.id} order by changed_at, id`);
    assert.deepEqual(
      history.rows.map((r) => r.to_stage),
      ["qualify", "understand", "present", "propose", "contract", "won"],
    );
    const contactHistory = await api.deps.db.execute<{
      to_stage: string;
      reason: string;
      cause: string;
      cause_id: string;
    }>(sql`
      select to_stage, reason, cause, cause_id from contact_stage_history where workspace_id = ${api.workspaceId} and contact_id = ${contactId} and to_stage = 'customer'`);
    assert.deepEqual(contactHistory.rows, [
      { to_stage: "customer", reason: "deal won: Won one", cause: "deal", cause_id: deal.id },
    ]);
  });

  test("the board totals each stage by hand, and the forecast weights open deals", async () => {
    const board = (await asRep("GET", "/api/v1/pipelines/board")).body;
    const stage = (key: string) => board.stages.find((s: { key: string }) => s.key === key);
    // qualify: the pilot (12 000.00); present: the reopened one (5 000.00); won: 9 000.00.
    assert.deepEqual(stage("qualify").totals, [{ currency: "USD", amountMinor: 1_200_000 }]);
    assert.deepEqual(stage("present").totals, [{ currency: "USD", amountMinor: 500_000 }]);
    assert.deepEqual(stage("won").totals, [{ currency: "USD", amountMinor: 900_000 }]);
    assert.equal(stage("lost").count, 0);
    // 1 200 000 · 10 % + 500 000 · 35 % = 295 000
    assert.deepEqual(board.weightedForecast, [{ currency: "USD", amountMinor: 295_000 }]);
  });

  test("marketing reads deals but does not open them; a partner sees none of the workspace's", async () => {
    const marketing = api.callerFor((await api.userWithKey("marketing")).key);
    assert.equal((await marketing("GET", "/api/v1/deals")).status, 200);
    assert.equal(
      (await marketing("POST", "/api/v1/deals", { name: "x", contactId, amountMinor: 1, currency: "USD" }))
        .status,
      403,
    );
    const partner = api.callerFor((await api.userWithKey("partner")).key);
    const seen = await partner("GET", "/api/v1/deals");
    assert.equal(seen.status, 200);
    assert.deepEqual(seen.body.data, []);
  });
});

test("the deal list filters open and closed deals (the pipeline board loads them apart)", async () => {
  const mk = async (name: string) =>
    (await asRep("POST", "/api/v1/deals", { name, contactId, amountMinor: 100, currency: "USD" })).body.id;
  const won = await mk("Filter won");
  const open = await mk("Filter open");
  assert.equal((await asRep("POST", `/api/v1/deals/${won}/move`, { stage: "won" })).status, 200);
  const ids = async (status: string) =>
    (await asRep("GET", `/api/v1/deals?status=${status}&limit=200`)).body.data.map(
      (d: { id: string }) => d.id,
    );
  const [openIds, closedIds] = [await ids("open"), await ids("closed")];
  assert.ok(openIds.includes(open) && !openIds.includes(won));
  assert.ok(closedIds.includes(won) && !closedIds.includes(open));
  assert.equal((await asRep("GET", "/api/v1/deals?status=maybe")).status, 400);
});
