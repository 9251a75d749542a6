// The price-deviation report on a scenario computed by hand (issue 10, item 8). Policy: up to
// 15 % for sales, 12 % on the direct channel, 10 % for resellers and partners, no give-aways. The
// direct book lists a seat at 10 000 and onboarding at 250 000; the reseller book a seat at 8 000.
// In March 2027:
//   rep A  D1  10 seats at 9 000 (10 % off)                                       won
//          D2  2 seats at list + onboarding given away; approved 3 h after asking  won
//          D7  5 seats at 8 000; approval requested, still pending                 open
//   rep B  D3  5 seats at 8 000; rejected 1 h after asking; repriced at 9 000      won
//          D4  1 seat at list                                                      won
//          D5  1 seat at 8 900 (11 % off), won; then the direct limit drops to 10 %
//          D10 1 seat at 5 000                                                     lost
//   Brightpath (partner)  D6  10 seats at 7 600 from the reseller book (5 % off)   won
// Not in the report: a EUR deal won in March and a USD deal won (and approved) in February.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setupApi, type TestApi } from "../support/api.ts";

const HOUR = 3_600_000;
const clock = { now: Date.parse("2027-02-20T09:00:00Z") };
const MARCH = "from=2027-03-01&to=2027-03-31";
let api: TestApi;
let repA: Awaited<ReturnType<TestApi["userWithKey"]>>;
let repB: Awaited<ReturnType<TestApi["userWithKey"]>>;
let partner: Awaited<ReturnType<TestApi["userWithKey"]>>;
let asMarketing: TestApi["call"];
const ids: Record<string, string> = {};
let seat: string;
let onboarding: string;
let directBook: string;
let resellerBook: string;

async function deal(as: TestApi["call"], name: string, currency = "USD") {
  const contact = await as("POST", "/api/v1/contacts", { email: `${name}-${api.slug}@example.com` });
  assert.equal(contact.status, 201, JSON.stringify(contact.body));
  const created = await as("POST", "/api/v1/deals", {
    name,
    contactId: contact.body.id,
    amountMinor: 5_000,
    currency,
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  ids[name] = created.body.id;
  return created.body.id as string;
}

async function price(as: TestApi["call"], dealId: string, items: unknown[], priceBookId = directBook) {
  const res = await as("PUT", `/api/v1/deals/${dealId}/line-items`, { priceBookId, items });
  assert.equal(res.status, 200, JSON.stringify(res.body));
}

async function move(as: TestApi["call"], dealId: string, stage: "won" | "lost") {
  const reasons = (await as("GET", "/api/v1/pipelines")).body.lossReasons as { id: string }[];
  const body = stage === "lost" ? { stage, lossReasonId: reasons[0]!.id } : { stage };
  const res = await as("POST", `/api/v1/deals/${dealId}/move`, body);
  assert.equal(res.status, 200, JSON.stringify(res.body));
}

async function askApproval(as: TestApi["call"], dealId: string) {
  const res = await as("POST", `/api/v1/deals/${dealId}/approvals`, { comment: "Competitive deal" });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id as string;
}

async function decide(id: string, decision: "approve" | "reject") {
  const res = await asMarketing("POST", `/api/v1/approvals/${id}/decision`, { decision });
  assert.equal(res.status, 200, JSON.stringify(res.body));
}

const setPolicy = (direct: number) =>
  asMarketing("PUT", "/api/v1/discount-policy", {
    defaultMaxDiscountBp: 1000,
    maxDiscountBpByRole: { sales: 1500 },
    maxDiscountBpByChannel: { direct, reseller: 1000 },
    giveawaysAllowed: false,
  });

before(async () => {
  api = await setupApi({ now: () => new Date(clock.now) });
  repA = await api.userWithKey("sales");
  repB = await api.userWithKey("sales");
  const brightpath = await api.newPartner(`Brightpath ${api.slug}`);
  partner = await api.userWithKey("partner", { partnerId: brightpath });
  asMarketing = api.callerFor((await api.userWithKey("marketing")).key);
  const asA = api.callerFor(repA.key);
  const asB = api.callerFor(repB.key);
  const asPartner = api.callerFor(partner.key);
  seat = (await api.call("POST", "/api/v1/products", { sku: "SEAT", name: "Seat" })).body.id;
  onboarding = (await api.call("POST", "/api/v1/products", { sku: "ONB", name: "Onboarding" })).body.id;
  const book = (name: string, channel: string, entries: unknown[], currency = "USD") =>
    asMarketing("POST", "/api/v1/price-books", { name, channel, currency, entries });
  directBook = (
    await book("Direct USD", "direct", [
      { productId: seat, unitPriceMinor: 10_000 },
      { productId: onboarding, unitPriceMinor: 250_000 },
    ])
  ).body.id;
  resellerBook = (await book("Reseller USD", "reseller", [{ productId: seat, unitPriceMinor: 8_000 }])).body
    .id;
  assert.equal((await setPolicy(1200)).status, 200);

  // February: won with an approval, outside the period.
  const early = await deal(asA, "Feb");
  await price(asA, early, [{ productId: seat, quantity: 1, unitPriceMinor: 5_000 }]);
  await decide(await askApproval(asA, early), "approve");
  await move(asA, early, "won");

  clock.now = Date.parse("2027-03-02T09:00:00Z");
  const d1 = await deal(asA, "D1");
  await price(asA, d1, [{ productId: seat, quantity: 10, unitPriceMinor: 9_000 }]);
  await move(asA, d1, "won");

  const d2 = await deal(asA, "D2");
  await price(asA, d2, [
    { productId: seat, quantity: 2 },
    { productId: onboarding, quantity: 1, giveaway: true },
  ]);
  const d2Approval = await askApproval(asA, d2);
  clock.now += 3 * HOUR;
  await decide(d2Approval, "approve");
  await move(asA, d2, "won");

  const d3 = await deal(asB, "D3");
  await price(asB, d3, [{ productId: seat, quantity: 5, unitPriceMinor: 8_000 }]);
  const d3Approval = await askApproval(asB, d3);
  clock.now += HOUR;
  await decide(d3Approval, "reject");
  await price(asB, d3, [{ productId: seat, quantity: 5, unitPriceMinor: 9_000 }]);
  await move(asB, d3, "won");

  const d4 = await deal(asB, "D4");
  await price(asB, d4, [{ productId: seat, quantity: 1 }]);
  await move(asB, d4, "won");

  const d5 = await deal(asB, "D5");
  await price(asB, d5, [{ productId: seat, quantity: 1, unitPriceMinor: 8_900 }]);
  await move(asB, d5, "won");

  const d6 = await deal(asPartner, "D6");
  await price(asPartner, d6, [{ productId: seat, quantity: 10, unitPriceMinor: 7_600 }], resellerBook);
  await move(asPartner, d6, "won");

  const d7 = await deal(asA, "D7");
  await price(asA, d7, [{ productId: seat, quantity: 5, unitPriceMinor: 8_000 }]);
  await askApproval(asA, d7);

  const d10 = await deal(asB, "D10");
  await price(asB, d10, [{ productId: seat, quantity: 1, unitPriceMinor: 5_000 }]);
  await move(asB, d10, "lost");

  const euro = await deal(asA, "EUR", "EUR");
  await move(asA, euro, "won");

  clock.now = Date.parse("2027-04-02T09:00:00Z");
  assert.equal((await setPolicy(1000)).status, 200);
});
after(() => api.close());

const report = async (query: string, as: TestApi["call"] = asMarketing) => {
  const res = await as("GET", `/api/v1/reports/price-deviation?${MARCH}&${query}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body;
};

describe("price-deviation report", () => {
  test("per owner: discounts, give-aways, revenue, approvals and time to decide, by hand", async () => {
    const r = await report("groupBy=owner");
    assert.equal(r.currency, "USD");
    const row = (userId: string) => r.rows.find((x: { key: string }) => x.key === userId);
    assert.deepEqual(pick(row(repA.userId)), {
      wonDeals: 2,
      discountedDeals: 1,
      giveawayDeals: 1,
      listMinor: 100_000 + 20_000 + 250_000,
      discountMinor: 10_000,
      giveawayMinor: 250_000,
      givenAwayMinor: 260_000,
      revenueMinor: 90_000 + 20_000,
      outsidePolicy: 0,
      requested: 2,
      approved: 1,
      rejected: 0,
      pending: 1,
      superseded: 0,
      medianDecideSeconds: 3 * 3600,
      p75DecideSeconds: 3 * 3600,
    });
    assert.equal(row(repA.userId).shareOfRevenue, 260_000 / 110_000);
    assert.equal(row(repA.userId).approvalRate, 1);
    assert.deepEqual(pick(row(repB.userId)), {
      wonDeals: 3,
      discountedDeals: 2,
      giveawayDeals: 0,
      listMinor: 50_000 + 10_000 + 10_000,
      discountMinor: 5_000 + 1_100,
      giveawayMinor: 0,
      givenAwayMinor: 6_100,
      revenueMinor: 45_000 + 10_000 + 8_900,
      outsidePolicy: 1,
      requested: 1,
      approved: 0,
      rejected: 1,
      pending: 0,
      superseded: 0,
      medianDecideSeconds: 3600,
      p75DecideSeconds: 3600,
    });
    assert.equal(row(repB.userId).approvalRate, 0);
    assert.equal(row(partner.userId).revenueMinor, 76_000);
    // Three owners with figures, most given away first.
    assert.deepEqual(
      r.rows.map((x: { key: string }) => x.key),
      [repA.userId, repB.userId, partner.userId],
    );
    assert.deepEqual(pick(r.total), {
      wonDeals: 6,
      discountedDeals: 4,
      giveawayDeals: 1,
      listMinor: 370_000 + 70_000 + 80_000,
      discountMinor: 10_000 + 6_100 + 4_000,
      giveawayMinor: 250_000,
      givenAwayMinor: 270_100,
      revenueMinor: 110_000 + 63_900 + 76_000,
      outsidePolicy: 1,
      requested: 3,
      approved: 1,
      rejected: 1,
      pending: 1,
      superseded: 0,
      // percentile_cont over 3 600 and 10 800 s: the median halfway, p75 three quarters of the way.
      medianDecideSeconds: 7_200,
      p75DecideSeconds: 9_000,
    });
  });

  test("the deal won inside the policy of its day is flagged once the policy is tightened, with why", async () => {
    const r = await report("groupBy=owner");
    assert.deepEqual(
      r.outsidePolicyDeals.map((d: { dealId: string; deviations: unknown; amountMinor: number }) => [
        d.dealId,
        d.amountMinor,
        d.deviations,
      ]),
      [[ids.D5, 8_900, [{ kind: "discount_over_limit", line: 0, discountBp: 1100, limitBp: 1000 }]]],
    );
    assert.equal(r.policy.maxDiscountBpByChannel.direct, 1000);
  });

  test("per sales channel and per partner the same deals fall into the price book's channel and the registering partner", async () => {
    const channel = await report("groupBy=channel");
    assert.deepEqual(
      channel.rows.map((x: { key: string; name: string; wonDeals: number; discountMinor: number }) => [
        x.key,
        x.name,
        x.wonDeals,
        x.discountMinor,
      ]),
      [
        ["direct", "Direct", 5, 16_100],
        ["reseller", "Reseller", 1, 4_000],
      ],
    );
    const partners = await report("groupBy=partner");
    assert.deepEqual(
      partners.rows.map(
        (x: { key: string | null; name: string | null; wonDeals: number; requested: number }) => [
          x.key,
          x.name,
          x.wonDeals,
          x.requested,
        ],
      ),
      [
        [null, null, 5, 3],
        [partner.partnerId, `Brightpath ${api.slug}`, 1, 0],
      ],
    );
    assert.deepEqual(pick(partners.total), pick(channel.total));
  });

  test("another currency and February are other reports", async () => {
    const euro = await report("groupBy=owner&currency=EUR");
    assert.equal(euro.total.wonDeals, 1);
    assert.equal(euro.total.revenueMinor, 5_000);
    const feb = (await asMarketing("GET", "/api/v1/reports/price-deviation?from=2027-02-01&to=2027-02-28"))
      .body;
    assert.deepEqual([feb.total.wonDeals, feb.total.requested, feb.total.approved], [1, 1, 1]);
  });

  test("CSV carries the same figures in major units; bad input is refused in words; partners may not read it", async () => {
    const csv = await api.app.request(`/api/v1/reports/price-deviation?${MARCH}&format=csv`, {
      headers: { Authorization: `Bearer ${api.admin.key}` },
    });
    assert.equal(csv.status, 200);
    const lines = (await csv.text()).trim().split("\n");
    assert.match(lines[0]!, /^Owner,Won deals,Discounted,Give-aways,List value \(USD\)/);
    assert.match(lines.at(-1)!, /^Total,6,4,1,5200\.00,201\.00,2500\.00,2701\.00,2499\.00,/);
    const bad = await asMarketing("GET", `/api/v1/reports/price-deviation?${MARCH}&groupBy=rep`);
    assert.equal(bad.status, 400);
    assert.match(JSON.stringify(bad.body), /groupBy/);
    const upside = await asMarketing("GET", "/api/v1/reports/price-deviation?from=2027-03-31&to=2027-03-01");
    assert.equal(upside.status, 400);
    assert.match(JSON.stringify(upside.body), /to must not be before from/);
    assert.equal(
      (await api.callerFor(partner.key)("GET", `/api/v1/reports/price-deviation?${MARCH}`)).status,
      403,
    );
  });
});

function pick(x: Record<string, unknown>) {
  const keys = [
    "wonDeals",
    "discountedDeals",
    "giveawayDeals",
    "listMinor",
    "discountMinor",
    "giveawayMinor",
    "givenAwayMinor",
    "revenueMinor",
    "outsidePolicy",
    "requested",
    "approved",
    "rejected",
    "pending",
    "superseded",
    "medianDecideSeconds",
    "p75DecideSeconds",
  ];
  return Object.fromEntries(keys.map((k) => [k, x[k]]));
}
