import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { setupApi, type TestApi } from "../support/api.ts";

// Prices by hand: the book lists the seat at 10 000 (100.00) and onboarding at 250 000.
let api: TestApi;
let asRep: TestApi["call"];
let asMarketing: TestApi["call"];
let rep: Awaited<ReturnType<TestApi["userWithKey"]>>;
let seat: string;
let onboarding: string;
let usdBook: string;
let eurBook: string;

before(async () => {
  api = await setupApi();
  rep = await api.userWithKey("sales");
  asRep = api.callerFor(rep.key);
  asMarketing = api.callerFor((await api.userWithKey("marketing")).key);
  seat = (await api.call("POST", "/api/v1/products", { sku: "SEAT", name: "Analytics seat" })).body.id;
  onboarding = (await api.call("POST", "/api/v1/products", { sku: "ONB", name: "Onboarding" })).body.id;
  const book = await asMarketing("POST", "/api/v1/price-books", {
    name: "Direct USD",
    channel: "direct",
    currency: "USD",
    entries: [
      { productId: seat, unitPriceMinor: 10_000 },
      { productId: onboarding, unitPriceMinor: 250_000 },
    ],
  });
  assert.equal(book.status, 201, JSON.stringify(book.body));
  usdBook = book.body.id;
  eurBook = (
    await asMarketing("POST", "/api/v1/price-books", {
      name: "Direct EUR",
      channel: "direct",
      currency: "EUR",
      entries: [{ productId: seat, unitPriceMinor: 9_000 }],
    })
  ).body.id;
  // Sales may give up to 15 %, the direct channel up to 12 %: the strictest, 12 %, applies.
  const policy = await asMarketing("PUT", "/api/v1/discount-policy", {
    defaultMaxDiscountBp: 1000,
    maxDiscountBpByRole: { sales: 1500 },
    maxDiscountBpByChannel: { direct: 1200 },
    giveawaysAllowed: false,
  });
  assert.equal(policy.status, 200, JSON.stringify(policy.body));
});
after(() => api.close());

async function newDeal(currency = "USD") {
  const contact = await api.call("POST", "/api/v1/contacts", {
    email: `buyer-${crypto.randomUUID()}@example.com`,
  });
  const deal = await asRep("POST", "/api/v1/deals", {
    name: "Seats",
    contactId: contact.body.id,
    amountMinor: 0,
    currency,
  });
  assert.equal(deal.status, 201);
  return { dealId: deal.body.id as string, contactId: contact.body.id as string };
}

const price = (dealId: string, items: unknown[], priceBookId = usdBook) =>
  asRep("PUT", `/api/v1/deals/${dealId}/line-items`, { priceBookId, items });

describe("line items and the discount policy", () => {
  test("line items are priced from the book; the deal's amount is the net total; discounts and give-aways show", async () => {
    const { dealId } = await newDeal();
    const res = await price(dealId, [
      { productId: seat, quantity: 20, unitPriceMinor: 9_000 },
      { productId: onboarding, quantity: 1, giveaway: true },
    ]);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    // 20 × 10 000 = 200 000 list, 20 × 9 000 = 180 000 net; onboarding 250 000 given away.
    assert.deepEqual(res.body.totals, { listMinor: 450_000, netMinor: 180_000, discountMinor: 270_000 });
    assert.equal(res.body.amountMinor, 180_000);
    assert.equal(res.body.lineItems[0].discountBp, 1000);
    assert.equal(res.body.lineItems[1].giveaway, true);
    assert.equal(res.body.lineItems[1].discountMinor, 250_000);
    assert.equal(res.body.priceBook.name, "Direct USD");
    // The give-away is outside policy (not allowed); the 10 % discount is within 12 %.
    assert.deepEqual(res.body.policy.deviations, [{ kind: "giveaway_not_allowed", line: 1 }]);
    assert.equal(res.body.policy.limitBp, 1200);
    assert.equal(res.body.policy.satisfied, false);
  });

  test("the effective limit holds exactly on both sides: 12.00 % is in, 12.01 % is out", async () => {
    const { dealId } = await newDeal();
    const atLimit = await price(dealId, [{ productId: seat, quantity: 1, unitPriceMinor: 8_800 }]);
    assert.deepEqual(atLimit.body.policy.deviations, []);
    assert.equal(atLimit.body.policy.satisfied, true);
    const over = await price(dealId, [{ productId: seat, quantity: 1, unitPriceMinor: 8_799 }]);
    assert.deepEqual(over.body.policy.deviations, [
      { kind: "discount_over_limit", line: 0, discountBp: 1201, limitBp: 1200 },
    ]);
    // Above the book is not a discount, but it is not the book either.
    const above = await price(dealId, [{ productId: seat, quantity: 1, unitPriceMinor: 10_001 }]);
    assert.deepEqual(above.body.policy.deviations, [{ kind: "price_above_list", line: 0 }]);
  });

  test("bad line items are refused and change nothing", async () => {
    const { dealId } = await newDeal();
    await price(dealId, [{ productId: seat, quantity: 2 }]);
    const lines = async () =>
      (
        await api.deps.db.execute<{ n: string }>(
          sql`select count(*) as n from deal_line_items where workspace_id = ${api.workspaceId} and deal_id = ${dealId}`,
        )
      ).rows[0]!.n;
    const cases: [unknown, number, RegExp][] = [
      [
        { priceBookId: eurBook, items: [{ productId: seat, quantity: 1 }] },
        400,
        /EUR but the deal is in USD/,
      ],
      [{ priceBookId: usdBook, items: [{ productId: seat, quantity: 1.5 }] }, 400, /whole number/],
      [
        { priceBookId: usdBook, items: [{ productId: seat, quantity: 1, unitPriceMinor: -1 }] },
        400,
        /negative/,
      ],
      [
        { priceBookId: usdBook, items: [{ productId: crypto.randomUUID(), quantity: 1 }] },
        422,
        /no price in/,
      ],
      [{ priceBookId: crypto.randomUUID(), items: [] }, 422, /Price book .* was not found/],
    ];
    for (const [body, status, message] of cases) {
      const res = await asRep("PUT", `/api/v1/deals/${dealId}/line-items`, body);
      assert.equal(res.status, status, JSON.stringify(body));
      assert.match(res.body.error.message, message);
    }
    assert.equal(Number(await lines()), 1);
    const deal = await asRep("GET", `/api/v1/deals/${dealId}`);
    assert.equal(deal.body.amountMinor, 20_000);
    // The amount now follows the line items.
    const patch = await asRep("PATCH", `/api/v1/deals/${dealId}`, { amountMinor: 5 });
    assert.equal(patch.status, 409);
    assert.match(patch.body.error.message, /come from its line items/);
  });

  test("only marketing and admins set the policy; limits are whole basis points within 0–10 000", async () => {
    assert.equal(
      (
        await asRep("PUT", "/api/v1/discount-policy", {
          defaultMaxDiscountBp: 10_000,
          giveawaysAllowed: true,
        })
      ).status,
      403,
    );
    const bad = await asMarketing("PUT", "/api/v1/discount-policy", {
      defaultMaxDiscountBp: 10_001,
      giveawaysAllowed: true,
    });
    assert.equal(bad.status, 400);
    assert.equal((await asRep("GET", "/api/v1/discount-policy")).body.maxDiscountBpByChannel.direct, 1200);
  });
});

describe("approvals", () => {
  test("a deal outside policy is won only after someone else approves these exact lines", async () => {
    const { dealId, contactId } = await newDeal();
    await price(dealId, [{ productId: seat, quantity: 10, unitPriceMinor: 8_000 }]); // 20 % off
    const refused = await asRep("POST", `/api/v1/deals/${dealId}/move`, { stage: "won" });
    assert.equal(refused.status, 409);
    assert.match(refused.body.error.message, /needs an approval/);
    assert.equal((await asRep("GET", `/api/v1/deals/${dealId}`)).body.outcome, "open");

    const request = await asRep("POST", `/api/v1/deals/${dealId}/approvals`, {
      comment: "Multi-year commit",
    });
    assert.equal(request.status, 201, JSON.stringify(request.body));
    assert.equal(request.body.status, "pending");
    assert.equal(request.body.requestedBy.id, rep.userId);
    const again = await asRep("POST", `/api/v1/deals/${dealId}/approvals`, {});
    assert.equal(again.status, 409);

    // The rep cannot approve their own deviation (nor any: approvals belong to the policy owners).
    const own = await asRep("POST", `/api/v1/approvals/${request.body.id}/decision`, { decision: "approve" });
    assert.equal(own.status, 403);
    const approved = await asMarketing("POST", `/api/v1/approvals/${request.body.id}/decision`, {
      decision: "approve",
      comment: "OK for a 3-year term",
    });
    assert.equal(approved.status, 200);
    assert.equal(approved.body.status, "approved");
    assert.equal(approved.body.decisionComment, "OK for a 3-year term");
    assert.ok(approved.body.decidedBy.name);
    const twice = await asMarketing("POST", `/api/v1/approvals/${request.body.id}/decision`, {
      decision: "reject",
    });
    assert.equal(twice.status, 409);

    const won = await asRep("POST", `/api/v1/deals/${dealId}/move`, { stage: "won" });
    assert.equal(won.status, 200, JSON.stringify(won.body));
    assert.equal(won.body.outcome, "won");
    assert.equal((await api.call("GET", `/api/v1/contacts/${contactId}`)).body.stage, "customer");
  });

  test("an approval covers only the lines it saw; deepening the discount needs a new one", async () => {
    const { dealId } = await newDeal();
    await price(dealId, [{ productId: seat, quantity: 10, unitPriceMinor: 8_500 }]);
    const request = await asRep("POST", `/api/v1/deals/${dealId}/approvals`, {});
    await asMarketing("POST", `/api/v1/approvals/${request.body.id}/decision`, { decision: "approve" });
    assert.equal((await asRep("GET", `/api/v1/deals/${dealId}`)).body.policy.satisfied, true);
    await price(dealId, [{ productId: seat, quantity: 10, unitPriceMinor: 7_000 }]);
    const detail = await asRep("GET", `/api/v1/deals/${dealId}`);
    assert.equal(detail.body.policy.satisfied, false);
    assert.equal((await asRep("POST", `/api/v1/deals/${dealId}/move`, { stage: "won" })).status, 409);
  });

  test("a pending request is superseded when the lines change; a rejected deal stays unwinnable", async () => {
    const { dealId } = await newDeal();
    await price(dealId, [{ productId: seat, quantity: 1, unitPriceMinor: 5_000 }]);
    const first = await asRep("POST", `/api/v1/deals/${dealId}/approvals`, {});
    await price(dealId, [{ productId: seat, quantity: 1, unitPriceMinor: 6_000 }]);
    const history = await asRep("GET", `/api/v1/approvals?dealId=${dealId}`);
    assert.equal(history.body.data.find((a: { id: string }) => a.id === first.body.id).status, "superseded");
    const second = await asRep("POST", `/api/v1/deals/${dealId}/approvals`, {});
    const rejected = await asMarketing("POST", `/api/v1/approvals/${second.body.id}/decision`, {
      decision: "reject",
      comment: "Too deep",
    });
    assert.equal(rejected.body.status, "rejected");
    assert.equal((await asRep("POST", `/api/v1/deals/${dealId}/move`, { stage: "won" })).status, 409);
  });

  test("an admin who asked cannot decide their own request; a deal within policy needs none", async () => {
    const adminDeal = await api.call("POST", "/api/v1/deals", {
      name: "Admin deal",
      contactId: (await newDeal()).contactId,
      amountMinor: 0,
      currency: "USD",
    });
    const id = adminDeal.body.id;
    const inPolicy = await api.call("PUT", `/api/v1/deals/${id}/line-items`, {
      priceBookId: usdBook,
      items: [{ productId: seat, quantity: 1 }],
    });
    assert.equal(inPolicy.body.policy.satisfied, true);
    const none = await api.call("POST", `/api/v1/deals/${id}/approvals`, {});
    assert.equal(none.status, 409);
    assert.match(none.body.error.message, /needs no approval/);
    // Admins sell under the default limit (10 %): 11 % deviates.
    await api.call("PUT", `/api/v1/deals/${id}/line-items`, {
      priceBookId: usdBook,
      items: [{ productId: seat, quantity: 1, unitPriceMinor: 8_900 }],
    });
    const request = await api.call("POST", `/api/v1/deals/${id}/approvals`, {});
    assert.equal(request.status, 201);
    const self = await api.call("POST", `/api/v1/approvals/${request.body.id}/decision`, {
      decision: "approve",
    });
    assert.equal(self.status, 403);
    assert.match(self.body.error.message, /someone else must decide/);
  });
});

describe("loopholes the policy closes", () => {
  test("amounts too large for a deal are refused, and the board still adds up", async () => {
    const { dealId } = await newDeal();
    const huge = await price(dealId, [
      { productId: seat, quantity: 1000, unitPriceMinor: 1_000_000_000_000_000 },
    ]);
    assert.equal(huge.status, 400);
    assert.match(huge.body.error.message, /more than a deal may hold/);
    const tooBig = await price(dealId, [{ productId: seat, quantity: 1, unitPriceMinor: 2 ** 53 }]);
    assert.equal(tooBig.status, 400);
    assert.equal((await asRep("GET", "/api/v1/pipelines/board")).status, 200);
  });

  test("a direct deal is priced only from a direct book; a partner's own book serves only that partner", async () => {
    const resellerBook = await asMarketing("POST", "/api/v1/price-books", {
      name: "Reseller USD",
      channel: "reseller",
      currency: "USD",
      entries: [{ productId: seat, unitPriceMinor: 7_500 }],
    });
    const { dealId } = await newDeal();
    const res = await price(dealId, [{ productId: seat, quantity: 1 }], resellerBook.body.id);
    assert.equal(res.status, 400);
    assert.match(res.body.error.message, /a direct deal is priced from a direct book/);
    assert.equal((await asRep("GET", `/api/v1/deals/${dealId}`)).body.priceBook, null);
  });

  test("handing a deal to someone with a higher limit does not lift the rep's own; closed deals keep their owner", async () => {
    await asMarketing("PUT", "/api/v1/discount-policy", {
      defaultMaxDiscountBp: 1000,
      maxDiscountBpByRole: { sales: 1000, admin: 5000 },
      maxDiscountBpByChannel: { direct: 5000 },
      giveawaysAllowed: false,
    });
    try {
      const { dealId } = await newDeal();
      await price(dealId, [{ productId: seat, quantity: 1, unitPriceMinor: 6_000 }]); // 40 % off
      assert.equal((await asRep("POST", `/api/v1/deals/${dealId}/move`, { stage: "won" })).status, 409);
      const handed = await asRep("PATCH", `/api/v1/deals/${dealId}`, { ownerId: api.admin.userId });
      assert.equal(handed.status, 200);
      // The admin as owner would be within 50 %, but the rep winning it is held to 10 %.
      const refused = await asRep("POST", `/api/v1/deals/${dealId}/move`, { stage: "won" });
      assert.equal(refused.status, 409);
      assert.equal((await api.call("POST", `/api/v1/deals/${dealId}/move`, { stage: "won" })).status, 200);
      const back = await asRep("PATCH", `/api/v1/deals/${dealId}`, { ownerId: rep.userId });
      assert.equal(back.status, 409);
      assert.match(back.body.error.message, /closed/);
    } finally {
      await asMarketing("PUT", "/api/v1/discount-policy", {
        defaultMaxDiscountBp: 1000,
        maxDiscountBpByRole: { sales: 1500 },
        maxDiscountBpByChannel: { direct: 1200 },
        giveawaysAllowed: false,
      });
    }
  });

  test("an approval is for the lines and the book: switching books supersedes a pending request", async () => {
    const twin = await asMarketing("POST", "/api/v1/price-books", {
      name: "Direct USD (events)",
      channel: "direct",
      currency: "USD",
      entries: [{ productId: seat, unitPriceMinor: 10_000 }],
    });
    const { dealId } = await newDeal();
    const lines = [{ productId: seat, quantity: 1, unitPriceMinor: 5_000 }];
    await price(dealId, lines);
    const request = await asRep("POST", `/api/v1/deals/${dealId}/approvals`, {});
    await price(dealId, lines, twin.body.id);
    const history = await asRep("GET", `/api/v1/approvals?dealId=${dealId}`);
    assert.equal(
      history.body.data.find((a: { id: string }) => a.id === request.body.id).status,
      "superseded",
    );
  });

  test("a book deals are priced from cannot be deleted; an unused one can", async () => {
    const used = await asMarketing("DELETE", `/api/v1/price-books/${usdBook}`);
    assert.equal(used.status, 409);
    const spare = await asMarketing("POST", "/api/v1/price-books", {
      name: "Spare",
      channel: "direct",
      currency: "USD",
    });
    assert.equal((await asRep("DELETE", `/api/v1/price-books/${spare.body.id}`)).status, 403);
    assert.equal((await asMarketing("DELETE", `/api/v1/price-books/${spare.body.id}`)).status, 204);
    assert.equal((await asMarketing("GET", `/api/v1/price-books/${spare.body.id}`)).status, 404);
  });
});
