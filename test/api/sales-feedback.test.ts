// What sales heard, by hand: two programs' leads, one recycled for bad timing, one with two
// objections in its deal (one overcome) and the deal lost for price; another program's lead lost
// too. Each message is counted for the program that made the lead, and the totals add them up.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setupApi, type TestApi } from "../support/api.ts";

const clock = { now: Date.parse("2027-04-05T09:00:00Z") };
let api: TestApi;
before(async () => {
  api = await setupApi({ now: () => new Date(clock.now) });
});
after(() => api.close());

test("each program hears its own leads' recycle reasons, objections and loss reasons", async () => {
  const rep = await api.userWithKey("sales");
  const asRep = api.callerFor(rep.key);
  const program = async (name: string, channel: string) =>
    (await api.call("POST", "/api/v1/programs", { name, channel, currency: "USD" })).body.id as string;
  const fair = await program("Fair", "trade_show");
  const ads = await program("Ads", "advertising");
  const at = () => new Date(clock.now).toISOString();

  // A fair lead that turns hot (form + event + webinar) is handed over, then recycled.
  const hot = await api.call("POST", "/api/v1/touchpoints", {
    email: `hot-${api.slug}@example.com`,
    kind: "event_attended",
    programId: fair,
    occurredAt: at(),
  });
  for (const kind of ["form_submit", "webinar"])
    await api.call("POST", "/api/v1/touchpoints", { contactId: hot.body.contactId, kind, occurredAt: at() });
  const handoff = (await api.call("GET", `/api/v1/handoffs?contactId=${hot.body.contactId}`)).body.data[0];
  assert.ok(handoff, "handed over");
  const recycled = await api.callerFor(rep.key)("POST", `/api/v1/handoffs/${handoff.id}/recycle`, {
    reason: "bad_timing",
  });
  assert.equal(recycled.status, 200, JSON.stringify(recycled.body));

  // A second fair lead: a deal with two objections, one overcome, then lost on price.
  const second = await api.call("POST", "/api/v1/touchpoints", {
    email: `deal-${api.slug}@example.com`,
    kind: "form_submit",
    programId: fair,
    occurredAt: at(),
  });
  const deal = (
    await asRep("POST", "/api/v1/deals", {
      name: "Fair deal",
      contactId: second.body.contactId,
      amountMinor: 1000,
      currency: "USD",
    })
  ).body.id;
  const types = (await asRep("GET", "/api/v1/objection-types")).body.data as { id: string; label: string }[];
  const expensive = types.find((t) => t.label === "Too expensive")!;
  const one = await asRep("POST", `/api/v1/deals/${deal}/objections`, { objectionTypeId: expensive.id });
  await asRep("PATCH", `/api/v1/deal-objections/${one.body.id}`, { overcome: true });
  await asRep("POST", `/api/v1/deals/${deal}/objections`, { text: "Wants net 90" });
  const reasons = (await asRep("GET", "/api/v1/pipelines")).body.lossReasons as {
    id: string;
    label: string;
  }[];
  const price = reasons[0]!;
  assert.equal(
    (await asRep("POST", `/api/v1/deals/${deal}/move`, { stage: "lost", lossReasonId: price.id })).status,
    200,
  );

  // An ads lead whose deal is lost for the same reason.
  const third = await api.call("POST", "/api/v1/touchpoints", {
    email: `ads-${api.slug}@example.com`,
    kind: "ad_click",
    programId: ads,
    occurredAt: at(),
  });
  const adsDeal = (
    await asRep("POST", "/api/v1/deals", {
      name: "Ads deal",
      contactId: third.body.contactId,
      amountMinor: 5,
      currency: "USD",
    })
  ).body.id;
  await asRep("POST", `/api/v1/deals/${adsDeal}/move`, { stage: "lost", lossReasonId: price.id });

  const res = await api.call("GET", "/api/v1/reports/sales-feedback?from=2027-04-01&to=2027-04-30");
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const row = (id: string) => res.body.rows.find((r: { programId: string }) => r.programId === id);
  assert.deepEqual(row(fair), {
    programId: fair,
    programName: "Fair",
    channel: "trade_show",
    leads: 2,
    recycled: [{ label: "Bad timing", count: 1 }],
    objections: [
      { label: "Other", count: 1, overcome: 0 },
      { label: "Too expensive", count: 1, overcome: 1 },
    ],
    lost: [{ label: price.label, count: 1 }],
  });
  assert.deepEqual(row(ads).lost, [{ label: price.label, count: 1 }]);
  assert.deepEqual(res.body.total.lost, [{ label: price.label, count: 2 }]);
  assert.equal(res.body.total.leads, 3);

  // The CSV: one line per program and message, then all programs together.
  const csv = await api.app.request(
    "/api/v1/reports/sales-feedback?from=2027-04-01&to=2027-04-30&format=csv",
    {
      headers: { Authorization: `Bearer ${api.admin.key}` },
    },
  );
  const text = await csv.text();
  assert.match(text, /\nFair,Trade show,2,Recycled,Bad timing,1,\n/);
  assert.match(text, new RegExp(`\\nAll programs,,3,Lost,${price.label},2,\\n`));

  // A partner hears nothing.
  const partner = await api.userWithKey("partner", { partnerId: await api.newPartner("P") });
  assert.equal((await api.callerFor(partner.key)("GET", "/api/v1/reports/sales-feedback")).status, 403);
});
