// Attribution through the API: a won deal's stored credits worked out by hand for every model,
// touches after the win ignored, the buying group, a reopened deal, the report's sums and what no
// touch earned, and who may read and change what.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { shareExactly } from "../../src/domain/attribution.ts";
import { setupApi, type TestApi } from "../support/api.ts";

const DAY = 86_400_000;
const WON = Date.parse("2026-11-20T15:00:00Z");
const at = (days: number) => new Date(WON + days * DAY).toISOString();
const AMOUNT = 10_000;

let clock = WON - 30 * DAY;
let api: TestApi;
let rep: Awaited<ReturnType<TestApi["userWithKey"]>>;
const ids: Record<string, string> = {};

before(async () => {
  api = await setupApi({ now: () => new Date(clock) });
  rep = await api.userWithKey("sales");
  const program = async (name: string, channel: string) =>
    (await api.call("POST", "/api/v1/programs", { name, channel, currency: "USD" })).body.id as string;
  ids.email = await program("Newsletter", "email");
  ids.event = await program("Fair", "trade_show");
  ids.company = (
    await api.call("POST", "/api/v1/companies", { name: "Acme", domain: "acme.example" })
  ).body.id;
  const contact = await api.call("POST", "/api/v1/contacts", {
    email: `ann-${api.slug}@acme.example`,
    companyId: ids.company,
  });
  ids.ann = contact.body.id;
  const colleague = await api.call("POST", "/api/v1/contacts", {
    email: `bob-${api.slug}@acme.example`,
    companyId: ids.company,
  });
  ids.bob = colleague.body.id;

  // Each touch is recorded a minute after it happened.
  const touch = async (contactId: string, kind: string, days: number, programId: string | null) => {
    clock = Math.max(clock, WON + days * DAY + 60_000);
    const res = await api.call("POST", "/api/v1/touchpoints", {
      contactId,
      kind,
      programId,
      occurredAt: at(days),
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.touchpointId as string;
  };
  ids.t1 = await touch(ids.ann, "page_view", -20, ids.email); // first touch
  ids.t2 = await touch(ids.ann, "form_submit", -15, ids.event); // makes Ann a lead
  ids.sent = await touch(ids.ann, "email_sent", -15, ids.email); // a send: earns nothing
  ids.bobTouch = await touch(ids.bob, "webinar", -12, ids.event); // Bob's: only with the buying group
  clock = WON - 10 * DAY;
  const deal = await api.callerFor(rep.key)("POST", "/api/v1/deals", {
    name: "Acme licence",
    contactId: ids.ann,
    amountMinor: AMOUNT,
    currency: "USD",
  });
  assert.equal(deal.status, 201, JSON.stringify(deal.body));
  ids.deal = deal.body.id;
  ids.t3 = await touch(ids.ann, "meeting", -5, null); // the closing touch, no program
  clock = WON;
  const won = await api.callerFor(rep.key)("POST", `/api/v1/deals/${ids.deal}/move`, { stage: "won" });
  assert.equal(won.status, 200, JSON.stringify(won.body));
  ids.after = await touch(ids.ann, "email_click", 1, ids.email); // after the win: earns nothing
});
after(() => api.close());

describe("a won deal's credits", () => {
  test("every model, worked out by hand", async () => {
    const res = await api.call("GET", `/api/v1/deals/${ids.deal}/attribution`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const touches = res.body.touches as {
      touchpointId: string;
      roles: string[];
      credits: Record<string, number>;
    }[];
    // The journey: t1 (first), t2 (lead creation, and the last touch before the deal opened), t3
    // (closing). Not the send, not Bob's webinar, not the click after the win.
    assert.deepEqual(
      touches.map((t) => t.touchpointId),
      [ids.t1, ids.t2, ids.t3],
    );
    assert.deepEqual(
      touches.map((t) => t.roles),
      [["first"], ["lead", "opportunity"], ["closing"]],
    );
    const by = (model: string) => touches.map((t) => t.credits[model]);
    assert.deepEqual(by("firstTouch"), [AMOUNT, 0, 0]);
    assert.deepEqual(by("leadCreation"), [0, AMOUNT, 0]);
    assert.deepEqual(by("lastTouch"), [0, 0, AMOUNT]);
    assert.deepEqual(by("linear"), [3334, 3333, 3333]);
    // U: 40 first, 40 lead creation, t3 the only other touch: 20.
    assert.deepEqual(by("uShaped"), [4000, 4000, 2000]);
    // W: 30 first, 30 + 30 lead and opportunity creation on t2, t3 the rest's 10.
    assert.deepEqual(by("wShaped"), [3000, 6000, 1000]);
    // Full path: 22.5 first, 45 on t2, 22.5 closing; no other touch for the 10: 2500 / 5000 / 2500.
    assert.deepEqual(by("fullPath"), [2500, 5000, 2500]);
    // Time decay, half-life 7 days, relative to t3: t1 is 15 days before it, t2 10.
    const w = [2 ** (-15 / 7), 2 ** (-10 / 7), 1];
    const exact = w.map((x) => (AMOUNT * x) / (w[0]! + w[1]! + w[2]!));
    assert.deepEqual(
      by("timeDecay"),
      exact.map((x) => Math.round(x)),
      `exact ${exact}`,
    );
    for (const model of res.body.models) assert.equal(res.body.totals[model], AMOUNT, model);
  });

  test("the buying group brings the colleague's touch in; changing the settings recomputes every won deal", async () => {
    const put = await api.call("PUT", "/api/v1/settings/attribution", { halfLifeDays: 7, buyingGroup: true });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    assert.equal(put.body.recomputedDeals, 1);
    const res = await api.call("GET", `/api/v1/deals/${ids.deal}/attribution`);
    const touches = res.body.touches as { touchpointId: string; credits: Record<string, number> }[];
    assert.deepEqual(
      touches.map((t) => t.touchpointId),
      [ids.t1, ids.t2, ids.bobTouch, ids.t3],
    );
    // Linear over four: 2500 each.
    assert.deepEqual(
      touches.map((t) => t.credits.linear),
      [2500, 2500, 2500, 2500],
    );
    // U: Bob's webinar and t3 share the 20: 1000 each.
    assert.deepEqual(
      touches.map((t) => t.credits.uShaped),
      [4000, 4000, 1000, 1000],
    );
    // Back to the contact alone.
    await api.call("PUT", "/api/v1/settings/attribution", { halfLifeDays: 7, buyingGroup: false });
  });

  test("the report adds the credits up per program, and what no touch earned is unattributed", async () => {
    // A second won deal with no touches at all.
    clock = WON + 2 * DAY;
    const bare = await api.call("POST", "/api/v1/contacts", { email: `cy-${api.slug}@example.com` });
    const deal = await api.callerFor(rep.key)("POST", "/api/v1/deals", {
      name: "Bare",
      contactId: bare.body.id,
      amountMinor: 700,
      currency: "USD",
    });
    await api.callerFor(rep.key)("POST", `/api/v1/deals/${deal.body.id}/move`, { stage: "won" });
    const report = (await api.call("GET", "/api/v1/reports/attribution?from=2026-11-01&to=2026-11-30")).body;
    assert.equal(report.wonDeals, 2);
    assert.equal(report.revenueMinor, AMOUNT + 700);
    const row = (programId: string | null) =>
      report.rows.find((r: { programId: string | null }) => r.programId === programId);
    assert.equal(row(ids.email).linear, 3334);
    assert.equal(row(ids.event).linear, 3333);
    assert.equal(row(null).linear, 3333);
    assert.equal(row(ids.email).firstTouch, AMOUNT);
    assert.equal(row(ids.event).wShaped, 6000);
    assert.equal(report.unattributed.linear, 700);
    assert.equal(report.credited.linear, AMOUNT);
    // By channel: the fair's row is the trade-show channel's.
    const byChannel = (
      await api.call("GET", "/api/v1/reports/attribution?from=2026-11-01&to=2026-11-30&groupBy=channel")
    ).body;
    const channel = byChannel.rows.find((r: { channel: string | null }) => r.channel === "trade_show");
    assert.equal(channel.leadCreation, AMOUNT);
    // The CSV is the same table.
    const csv = await api.app.request(
      "/api/v1/reports/attribution?from=2026-11-01&to=2026-11-30&format=csv",
      {
        headers: { Authorization: `Bearer ${api.admin.key}` },
      },
    );
    assert.equal(csv.status, 200);
    assert.match(await csv.text(), /\nUnattributed,,,7\.00,/);
  });

  test("a reopened deal loses its credits; won again, it has them back", async () => {
    const asRep = api.callerFor(rep.key);
    clock = WON + 3 * DAY;
    const reopened = await asRep("POST", `/api/v1/deals/${ids.deal}/move`, {
      stage: "contract",
      reopen: true,
    });
    assert.equal(reopened.status, 200, JSON.stringify(reopened.body));
    const open = (await api.call("GET", `/api/v1/deals/${ids.deal}/attribution`)).body;
    assert.deepEqual([open.won, open.touches], [false, []]);
    await asRep("POST", `/api/v1/deals/${ids.deal}/move`, { stage: "won" });
    const res = (await api.call("GET", `/api/v1/deals/${ids.deal}/attribution`)).body;
    // Won again later: the click after the first win now precedes the win.
    assert.ok(res.touches.some((t: { touchpointId: string }) => t.touchpointId === ids.after));
    for (const model of res.models) assert.equal(res.totals[model], AMOUNT, model);

    // A lost deal is closed too, but earns no one anything.
    const lost = await asRep("POST", "/api/v1/deals", {
      name: "Lost",
      contactId: ids.bob,
      amountMinor: 300,
      currency: "USD",
    });
    const reasons = (await asRep("GET", "/api/v1/pipelines")).body.lossReasons as { id: string }[];
    await asRep("POST", `/api/v1/deals/${lost.body.id}/move`, {
      stage: "lost",
      lossReasonId: reasons[0]!.id,
    });
    const view = (await api.call("GET", `/api/v1/deals/${lost.body.id}/attribution`)).body;
    assert.deepEqual([view.won, view.touches], [false, []]);
  });

  test("a won deal repriced is credited in its new amount", async () => {
    const res = await api.callerFor(rep.key)("PATCH", `/api/v1/deals/${ids.deal}`, { amountMinor: 9_999 });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const credits = (await api.call("GET", `/api/v1/deals/${ids.deal}/attribution`)).body;
    for (const model of credits.models) assert.equal(credits.totals[model], 9_999, model);
    assert.deepEqual(shareExactly(9_999, [1n, 1n, 1n, 1n]), [2500, 2500, 2500, 2499]);
    assert.deepEqual(
      credits.touches.map((t: { credits: { linear: number } }) => t.credits.linear),
      [2500, 2500, 2500, 2499],
    );
  });

  test("bad settings are refused and change nothing; a partner reads no attribution; sales cannot change it", async () => {
    const bad = await api.call("PUT", "/api/v1/settings/attribution", { halfLifeDays: 0, buyingGroup: true });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, "validation_failed");
    assert.deepEqual((await api.call("GET", "/api/v1/settings/attribution")).body, {
      halfLifeDays: 7,
      buyingGroup: false,
    });
    const asRep = api.callerFor(rep.key);
    assert.equal(
      (await asRep("PUT", "/api/v1/settings/attribution", { halfLifeDays: 3, buyingGroup: false })).status,
      403,
    );
    assert.equal((await asRep("GET", "/api/v1/reports/attribution")).status, 200);
    const partnerId = await api.newPartner("Brightpath");
    const partner = await api.userWithKey("partner", { partnerId });
    assert.equal((await api.callerFor(partner.key)("GET", "/api/v1/reports/attribution")).status, 403);
    assert.equal(
      (await api.callerFor(partner.key)("GET", `/api/v1/deals/${ids.deal}/attribution`)).status,
      403,
    );
  });
});
