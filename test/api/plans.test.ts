// Plan against actual, by hand: a quarter's plan for the whole workspace and one for a channel,
// read a third of the way through the quarter; each actual counted by hand, the gap, and the
// projection (actual × the quarter's length ÷ the time gone).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setupApi, type TestApi } from "../support/api.ts";

const Q_START = Date.parse("2027-04-01T00:00:00Z");
const Q_END = Date.parse("2027-07-01T00:00:00Z");
const clock = { now: Q_START + 10 * 86_400_000 };
let api: TestApi;
before(async () => {
  api = await setupApi({ now: () => new Date(clock.now) });
});
after(() => api.close());

test("each plan line is its target, the actual, the gap and the projection to the quarter's end", async () => {
  const rep = await api.userWithKey("sales");
  const asRep = api.callerFor(rep.key);
  const program = async (name: string, channel: string) =>
    (await api.call("POST", "/api/v1/programs", { name, channel, currency: "USD" })).body.id as string;
  const fair = await program("Fair", "trade_show");
  const ads = await program("Ads", "advertising");
  await api.call("POST", `/api/v1/programs/${fair}/costs`, {
    incurredOn: "2027-04-05",
    amountMinor: 300_000,
  });
  await api.call("POST", `/api/v1/programs/${ads}/costs`, { incurredOn: "2027-03-31", amountMinor: 50_000 });
  await api.call("POST", `/api/v1/programs/${ads}/costs`, { incurredOn: "2027-04-08", amountMinor: 70_000 });

  const at = (days: number) => new Date(Q_START + days * 86_400_000).toISOString();
  const lead = async (email: string, programId: string, days: number, kind = "form_submit") =>
    (
      await api.call("POST", "/api/v1/touchpoints", {
        email: `${email}-${api.slug}@example.com`,
        kind,
        programId,
        occurredAt: at(days),
      })
    ).body.contactId as string;
  // Three fair leads and one ads lead in the quarter; one ads lead in March (not this quarter).
  const a = await lead("a", fair, 1);
  await lead("b", fair, 2);
  await lead("c", fair, 3);
  await lead("d", ads, 4, "ad_click");
  await lead("old", ads, -5, "ad_click");
  // a is opened a deal of 10,000 (in sales: sales-ready or later in the quarter), and wins it.
  const deal = (
    await asRep("POST", "/api/v1/deals", { name: "A", contactId: a, amountMinor: 1_000_000, currency: "USD" })
  ).body.id;
  assert.equal((await asRep("POST", `/api/v1/deals/${deal}/move`, { stage: "won" })).status, 200);

  const whole = await api.call("POST", "/api/v1/plans", {
    period: "quarter",
    startsOn: "2027-04-01",
    currency: "USD",
    leadsTarget: 30,
    salesReadyTarget: 6,
    pipelineTargetMinor: 5_000_000,
    revenueTargetMinor: 2_000_000,
    plannedSpendMinor: 1_000_000,
  });
  assert.equal(whole.status, 201, JSON.stringify(whole.body));
  const lines = Object.fromEntries(whole.body.lines.map((l: { figure: string }) => [l.figure, l]));
  // Ten days of the quarter's 91 have gone: projected = actual × 91 ÷ 10.
  const pace = (Q_END - Q_START) / (clock.now - Q_START);
  assert.equal(pace, 9.1);
  assert.deepEqual(lines.leads, {
    figure: "leads",
    target: 30,
    actual: 4,
    gap: 26,
    projected: 4 * pace,
    projectedGap: 30 - 4 * pace,
  });
  assert.equal(lines.salesReady.actual, 1);
  assert.equal(lines.pipelineMinor.actual, 1_000_000);
  assert.equal(lines.revenueMinor.actual, 1_000_000);
  assert.equal(lines.revenueMinor.gap, 1_000_000);
  // March's ads cost is not in the quarter.
  assert.equal(lines.spendMinor.actual, 370_000);

  const show = await api.call("POST", "/api/v1/plans", {
    period: "quarter",
    startsOn: "2027-04-01",
    channel: "trade_show",
    currency: "USD",
    leadsTarget: 10,
  });
  const showLines = Object.fromEntries(show.body.lines.map((l: { figure: string }) => [l.figure, l]));
  assert.equal(showLines.leads.actual, 3);
  assert.equal(showLines.spendMinor.actual, 300_000);
  assert.equal(showLines.spendMinor.target, null);
  assert.equal(showLines.spendMinor.gap, null);

  // Changing a target; the list; after the quarter, the projection is the actual.
  const changed = await api.call("PATCH", `/api/v1/plans/${show.body.id}`, { leadsTarget: 12 });
  assert.equal(changed.body.lines[0].gap, 9);
  clock.now = Q_END + 86_400_000;
  const listed = (await api.call("GET", "/api/v1/plans?period=quarter&startsOn=2027-04-01")).body.data;
  assert.equal(listed.length, 2);
  for (const plan of listed) for (const l of plan.lines) assert.equal(l.projected, l.actual);
});

test("bad plans are refused in the form's words and change nothing; sales reads, cannot plan", async () => {
  const bad = await api.call("POST", "/api/v1/plans", {
    period: "quarter",
    startsOn: "2027-05-01",
    currency: "USD",
  });
  assert.equal(bad.status, 400);
  assert.match(JSON.stringify(bad.body), /first day of a month \(of a quarter for a quarterly plan\)/);
  const both = await api.call("POST", "/api/v1/plans", {
    period: "month",
    startsOn: "2027-05-01",
    currency: "USD",
    channel: "email",
    programId: "01939a4e-7b1c-7cc3-9a52-3f7e4b5d6a10",
  });
  assert.equal(both.status, 400);
  const again = await api.call("POST", "/api/v1/plans", {
    period: "quarter",
    startsOn: "2027-04-01",
    currency: "USD",
  });
  assert.equal(again.status, 409);
  const rep = await api.userWithKey("sales");
  assert.equal((await api.callerFor(rep.key)("GET", "/api/v1/plans")).status, 200);
  assert.equal(
    (
      await api.callerFor(rep.key)("POST", "/api/v1/plans", {
        period: "month",
        startsOn: "2027-05-01",
        currency: "USD",
      })
    ).status,
    403,
  );
  assert.equal((await api.call("GET", "/api/v1/plans?period=month")).body.data.length, 0);
});
