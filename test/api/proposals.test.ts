import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { setupApi, TEST_PUBLIC_URL, type TestApi } from "../support/api.ts";
import { pdfText } from "../support/pdf-text.ts";

// Prices by hand: a seat lists at 10 000 (100.00), onboarding at 250 000 (2,500.00). Sales may
// give 10 %; give-aways need an approval.
let clock = new Date("2026-12-02T10:00:00Z");
let api: TestApi;
let asRep: TestApi["call"];
let asMarketing: TestApi["call"];
let rep: Awaited<ReturnType<TestApi["userWithKey"]>>;
let seat: string;
let onboarding: string;
let book: string;

before(async () => {
  api = await setupApi({ now: () => clock });
  rep = await api.userWithKey("sales");
  asRep = api.callerFor(rep.key);
  asMarketing = api.callerFor((await api.userWithKey("marketing")).key);
  seat = (await api.call("POST", "/api/v1/products", { sku: "SEAT", name: "Analytics seat" })).body.id;
  onboarding = (await api.call("POST", "/api/v1/products", { sku: "ONB", name: "Onboarding" })).body.id;
  book = (
    await asMarketing("POST", "/api/v1/price-books", {
      name: "Direct USD",
      channel: "direct",
      currency: "USD",
      entries: [
        { productId: seat, unitPriceMinor: 10_000 },
        { productId: onboarding, unitPriceMinor: 250_000 },
      ],
    })
  ).body.id;
  const policy = await asMarketing("PUT", "/api/v1/discount-policy", {
    defaultMaxDiscountBp: 1000,
    maxDiscountBpByRole: {},
    maxDiscountBpByChannel: {},
    giveawaysAllowed: false,
  });
  assert.equal(policy.status, 200, JSON.stringify(policy.body));
});
after(() => api.close());

async function pricedDeal(items: unknown[], name = "Seats for Engines") {
  const contact = await api.call("POST", "/api/v1/contacts", {
    email: `buyer-${crypto.randomUUID()}@example.com`,
    firstName: "Ada",
    lastName: "Lovelace",
  });
  const deal = await asRep("POST", "/api/v1/deals", {
    name,
    contactId: contact.body.id,
    amountMinor: 0,
    currency: "USD",
  });
  assert.equal(deal.status, 201, JSON.stringify(deal.body));
  if (items.length > 0) {
    const priced = await asRep("PUT", `/api/v1/deals/${deal.body.id}/line-items`, {
      priceBookId: book,
      items,
    });
    assert.equal(priced.status, 200, JSON.stringify(priced.body));
  }
  return { dealId: deal.body.id as string, contactId: contact.body.id as string };
}

// Functions: the products exist only once `before` has run.
const within = () => [{ productId: seat, quantity: 20, unitPriceMinor: 9_000 }];
const withGiveaway = () => [...within(), { productId: onboarding, quantity: 1, giveaway: true }];

/** A public request as a stranger makes it: no key, no cookie. */
async function visit(path: string, form?: Record<string, string>) {
  const init: RequestInit = form
    ? {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(form).toString(),
      }
    : { method: "GET" };
  const res = await api.app.request(path, init);
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

const pathOf = (publicUrl: string) => publicUrl.slice(TEST_PUBLIC_URL.length);

async function touches(contactId: string) {
  const { rows } = await api.deps.db.execute<{ kind: string; event: string | null; user_id: string | null }>(
    sql`select kind, properties->>'event' as event, user_id from touchpoints
        where workspace_id = ${api.workspaceId} and contact_id = ${contactId} order by occurred_at, id`,
  );
  return rows;
}

async function dealStage(dealId: string) {
  return (await asRep("GET", `/api/v1/deals/${dealId}`)).body.stage as string;
}

describe("proposals: made from a deal, sent within policy, read and accepted by the prospect", () => {
  test("a draft copies the deal's lines; discounts and give-aways are totalled apart; no link yet", async () => {
    const empty = await pricedDeal([]);
    const refused = await asRep("POST", `/api/v1/deals/${empty.dealId}/proposals`, { kind: "proposal" });
    assert.equal(refused.status, 400);
    assert.match(refused.body.error.message, /Add line items/);

    const { dealId } = await pricedDeal(withGiveaway());
    const draft = await asRep("POST", `/api/v1/deals/${dealId}/proposals`, { kind: "proposal" });
    assert.equal(draft.status, 201, JSON.stringify(draft.body));
    const p = draft.body;
    assert.equal(p.status, "draft");
    assert.equal(p.title, "Seats for Engines");
    assert.equal(p.publicUrl, null);
    assert.equal(p.validUntil, "2027-01-01", "30 days after 2 December 2026");
    // 20 × 10 000 list = 200 000, at 9 000 = 180 000 (20 000 off); onboarding 250 000 free.
    assert.deepEqual(p.totals, {
      listMinor: 450_000,
      discountMinor: 20_000,
      aboveListMinor: 0,
      giveawayMinor: 250_000,
      netMinor: 180_000,
    });
    assert.deepEqual(
      p.lines.map((l: { productName: string; giveaway: boolean; netMinor: number }) => [
        l.productName,
        l.giveaway,
        l.netMinor,
      ]),
      [
        ["Analytics seat", false, 180_000],
        ["Onboarding", true, 0],
      ],
    );
    const estimate = await asRep("POST", `/api/v1/deals/${dealId}/proposals`, { kind: "estimate" });
    assert.equal(estimate.body.number, p.number + 1, "one sequence for both kinds");
    assert.equal(estimate.body.label, `Estimate ${p.number + 1}`);

    // Priced above the book: shown as such, not as a negative discount.
    const above = await pricedDeal([{ productId: seat, quantity: 20, unitPriceMinor: 11_000 }]);
    const dear = (await asRep("POST", `/api/v1/deals/${above.dealId}/proposals`, { kind: "proposal" })).body;
    assert.deepEqual(dear.totals, {
      listMinor: 200_000,
      discountMinor: 0,
      aboveListMinor: 20_000,
      giveawayMinor: 0,
      netMinor: 220_000,
    });

    const past = await asRep("POST", `/api/v1/deals/${dealId}/proposals`, {
      kind: "proposal",
      validUntil: "2026-12-01",
    });
    assert.equal(past.status, 400);
    assert.deepEqual(past.body.error.details.issues, [
      { path: "validUntil", message: "must be today (2 December 2026) or later" },
    ]);
  });

  test("the PDF names the workspace and shows each line, the discount and the give-away as such", async () => {
    const { dealId } = await pricedDeal(withGiveaway());
    const draft = (
      await asRep("POST", `/api/v1/deals/${dealId}/proposals`, { kind: "proposal", terms: "Net 30 days." })
    ).body;
    const res = await api.app.request(`/api/v1/proposals/${draft.id}/pdf`, {
      headers: { Authorization: `Bearer ${rep.key}` },
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get("content-type"), "application/pdf");
    const bytes = new Uint8Array(await res.arrayBuffer());
    assert.equal(Buffer.from(bytes.subarray(0, 5)).toString(), "%PDF-");
    const text = (await pdfText(bytes)).join("\n");
    const workspace = `Test ${api.slug}`;
    for (const expected of [
      workspace,
      `${draft.label} (draft, not an offer)`,
      "Analytics seat",
      "$90.00",
      "10 %",
      "Included free",
      "give-away",
      "Discounts",
      "− $200.00",
      "Give-aways (included free)",
      "− $2,500.00",
      "$1,800.00",
      "Valid until",
      "1 January 2027",
      "Net 30 days.",
    ]) {
      assert.ok(text.includes(expected), `the PDF shows "${expected}": ${text}`);
    }
  });

  test("an offer outside policy is sent only once an approval covers its exact lines", async () => {
    const { dealId } = await pricedDeal(withGiveaway());
    const draft = (await asRep("POST", `/api/v1/deals/${dealId}/proposals`, { kind: "proposal" })).body;
    assert.equal(draft.needsApproval, true, "the draft says so before anyone tries");
    const early = await asRep("POST", `/api/v1/proposals/${draft.id}/send`);
    assert.equal(early.status, 409);
    assert.match(early.body.error.message, /outside the price policy/);
    assert.equal(
      (await asRep("GET", `/api/v1/proposals/${draft.id}`)).body.status,
      "draft",
      "nothing changed",
    );

    const request = await asRep("POST", `/api/v1/deals/${dealId}/approvals`, { comment: "Launch customer" });
    assert.equal(request.status, 201, JSON.stringify(request.body));
    const decided = await asMarketing("POST", `/api/v1/approvals/${request.body.id}/decision`, {
      decision: "approve",
    });
    assert.equal(decided.status, 200);
    assert.equal((await asRep("GET", `/api/v1/proposals/${draft.id}`)).body.needsApproval, false);
    const sent = await asRep("POST", `/api/v1/proposals/${draft.id}/send`);
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
    assert.equal(sent.body.status, "sent");
    assert.equal(sent.body.approvalId, request.body.id);
    assert.match(sent.body.publicUrl, /^https:\/\/baton\.example\.test\/p\/[A-Za-z0-9_-]+$/);

    assert.equal(sent.body.linesChanged, null, "only a draft says whether its lines are still the deal's");
    // An approval is for exact lines: a draft with a deeper discount needs its own.
    await asRep("PUT", `/api/v1/deals/${dealId}/line-items`, {
      priceBookId: book,
      items: [{ productId: seat, quantity: 20, unitPriceMinor: 8_000 }],
    });
    const deeper = (await asRep("POST", `/api/v1/deals/${dealId}/proposals`, { kind: "proposal" })).body;
    assert.deepEqual([deeper.needsApproval, deeper.linesChanged], [true, false]);
    assert.equal((await asRep("POST", `/api/v1/proposals/${deeper.id}/send`)).status, 409);
    // Once the deal's lines move on, the draft says an approval from the deal page would not cover it.
    await asRep("PUT", `/api/v1/deals/${dealId}/line-items`, {
      priceBookId: book,
      items: [{ productId: seat, quantity: 21, unitPriceMinor: 8_000 }],
    });
    assert.equal((await asRep("GET", `/api/v1/proposals/${deeper.id}`)).body.linesChanged, true);
    // And the sent offer kept its own lines: a snapshot, not a view of the deal.
    assert.equal((await asRep("GET", `/api/v1/proposals/${draft.id}`)).body.totals.netMinor, 180_000);
  });

  test("the prospect opens the link: a page of escaped text, one touchpoint, the owner told; the rep sees the views", async () => {
    const { dealId, contactId } = await pricedDeal(within(), `<script>alert("x")</script> & <b>seats</b>`);
    const draft = (await asRep("POST", `/api/v1/deals/${dealId}/proposals`, { kind: "proposal" })).body;
    const draftLink = `/p/${"A".repeat(66)}`;
    assert.equal((await visit(draftLink)).status, 404, "a forged token");
    const sent = (await asRep("POST", `/api/v1/proposals/${draft.id}/send`)).body;
    const link = pathOf(sent.publicUrl);

    clock = new Date("2026-12-02T11:00:00Z");
    const page = await visit(link);
    assert.equal(page.status, 200);
    const html = page.body.toString();
    assert.ok(!html.includes("<script>alert"), "the deal's name is text, never markup");
    assert.ok(
      html.includes("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;seats&lt;/b&gt;"),
    );
    assert.match(
      page.headers.get("content-security-policy") ?? "",
      /default-src 'none'.*frame-ancestors 'none'/,
    );
    assert.ok(html.includes("$1,800.00") && html.includes("Ada Lovelace"));
    // A link checker's HEAD is not someone reading.
    assert.equal((await api.app.request(link, { method: "HEAD" })).status, 200);
    clock = new Date("2026-12-02T12:00:00Z");
    await visit(link);
    const pdf = await visit(`${link}/pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get("content-type"), "application/pdf");

    const seen = (await asRep("GET", `/api/v1/proposals/${draft.id}`)).body;
    assert.equal(seen.viewCount, 2, "two page views; the PDF is not counted again");
    assert.equal(seen.firstViewedAt, "2026-12-02T11:00:00.000Z");
    assert.equal(seen.lastViewedAt, "2026-12-02T12:00:00.000Z");
    assert.deepEqual(
      (await touches(contactId)).filter((t) => t.kind === "proposal"),
      [{ kind: "proposal", event: "viewed", user_id: rep.userId }],
      "the first opening only is a touchpoint, the sending rep's activity",
    );
    const inbox = await asRep("GET", "/api/v1/me/notifications");
    assert.ok(
      inbox.body.data.some(
        (n: { kind: string; link: string }) => n.kind === "proposal_viewed" && n.link === `/deals/${dealId}`,
      ),
    );
  });

  test("accepting: a typed name is required; then a contract touchpoint, the deal in contract, and only once", async () => {
    clock = new Date("2026-12-03T09:00:00Z");
    const { dealId, contactId } = await pricedDeal(within());
    const draft = (await asRep("POST", `/api/v1/deals/${dealId}/proposals`, { kind: "proposal" })).body;
    const link = pathOf((await asRep("POST", `/api/v1/proposals/${draft.id}/send`)).body.publicUrl);
    const stageBefore = await dealStage(dealId);
    assert.notEqual(stageBefore, "contract");
    // Handing the deal to a colleague does not change who prepared the offer the prospect holds.
    const colleague = await api.userWithKey("sales");
    assert.equal(
      (await api.call("PATCH", `/api/v1/deals/${dealId}`, { ownerId: colleague.userId })).status,
      200,
    );
    assert.equal((await asRep("GET", `/api/v1/proposals/${draft.id}`)).body.preparedBy.email, rep.email);
    assert.equal((await api.call("PATCH", `/api/v1/deals/${dealId}`, { ownerId: rep.userId })).status, 200);

    const nameless = await visit(`${link}/accept`, { name: " " });
    assert.equal(nameless.status, 400);
    assert.match(nameless.body.toString(), /Type your full name/);
    assert.equal(
      (await asRep("GET", `/api/v1/proposals/${draft.id}`)).body.status,
      "sent",
      "nothing changed",
    );

    const accepted = await visit(`${link}/accept`, { name: "Ada Lovelace" });
    assert.equal(accepted.status, 200);
    assert.match(accepted.body.toString(), /Accepted by Ada Lovelace on 3 December 2026/);
    const after = (await asRep("GET", `/api/v1/proposals/${draft.id}`)).body;
    assert.equal(after.status, "accepted");
    assert.equal(after.acceptedName, "Ada Lovelace");
    assert.equal(after.acceptedAt, "2026-12-03T09:00:00.000Z");
    assert.equal(await dealStage(dealId), "contract");
    const history = await api.deps.db.execute<{
      from_stage: string;
      to_stage: string;
      user_id: string | null;
    }>(
      sql`select from_stage, to_stage, user_id from deal_stage_history
          where workspace_id = ${api.workspaceId} and deal_id = ${dealId} order by changed_at desc, id desc limit 1`,
    );
    assert.deepEqual(history.rows[0], { from_stage: stageBefore, to_stage: "contract", user_id: null });
    assert.deepEqual(
      (await touches(contactId)).filter((t) => t.kind === "contract"),
      [{ kind: "contract", event: "accepted", user_id: rep.userId }],
    );

    // The accepted offer is the deal's agreement: no second offer goes out beside it.
    const second = (await asRep("POST", `/api/v1/deals/${dealId}/proposals`, { kind: "proposal" })).body;
    const competing = await asRep("POST", `/api/v1/proposals/${second.id}/send`);
    assert.equal(competing.status, 409);
    assert.match(
      competing.body.error.message,
      /was accepted on 3 December 2026: another offer would compete with it/,
    );

    const twice = await visit(`${link}/accept`, { name: "Someone Else" });
    assert.equal(twice.status, 409);
    assert.match(twice.body.toString(), /Accepted by Ada Lovelace/);
    assert.equal((await touches(contactId)).filter((t) => t.kind === "contract").length, 1);
  });

  test("sending a new offer withdraws the old one; withdrawn and expired offers cannot be accepted", async () => {
    clock = new Date("2026-12-04T09:00:00Z");
    const { dealId } = await pricedDeal(within());
    const first = (await asRep("POST", `/api/v1/deals/${dealId}/proposals`, { kind: "proposal" })).body;
    const firstLink = pathOf((await asRep("POST", `/api/v1/proposals/${first.id}/send`)).body.publicUrl);
    const second = (
      await asRep("POST", `/api/v1/deals/${dealId}/proposals`, { kind: "estimate", validUntil: "2026-12-04" })
    ).body;
    const secondLink = pathOf((await asRep("POST", `/api/v1/proposals/${second.id}/send`)).body.publicUrl);
    assert.equal((await asRep("GET", `/api/v1/proposals/${first.id}`)).body.status, "withdrawn");
    assert.equal((await visit(firstLink)).status, 404);
    assert.equal((await visit(`${firstLink}/accept`, { name: "Ada Lovelace" })).status, 404);

    // Valid until 4 December (UTC, the workspace's zone): the last instant is 23:59:59.999.
    clock = new Date("2026-12-04T23:59:59Z");
    assert.equal((await asRep("GET", `/api/v1/proposals/${second.id}`)).body.status, "sent");
    clock = new Date("2026-12-05T00:00:00Z");
    assert.equal((await asRep("GET", `/api/v1/proposals/${second.id}`)).body.status, "expired");
    const late = await visit(`${secondLink}/accept`, { name: "Ada Lovelace" });
    assert.equal(late.status, 409);
    assert.match(late.body.toString(), /This offer has expired/);

    // A draft whose last day has passed is not sent (it would arrive expired and withdraw the live one).
    clock = new Date("2026-12-04T12:00:00Z");
    const { dealId: other } = await pricedDeal(within());
    const live = (await asRep("POST", `/api/v1/deals/${other}/proposals`, { kind: "proposal" })).body;
    await asRep("POST", `/api/v1/proposals/${live.id}/send`);
    const stale = (
      await asRep("POST", `/api/v1/deals/${other}/proposals`, { kind: "proposal", validUntil: "2026-12-04" })
    ).body;
    clock = new Date("2026-12-05T00:00:00Z");
    const refused = await asRep("POST", `/api/v1/proposals/${stale.id}/send`);
    assert.equal(refused.status, 409);
    assert.match(refused.body.error.message, /valid until 4 December 2026, which has passed/);
    assert.equal(
      (await asRep("GET", `/api/v1/proposals/${live.id}`)).body.status,
      "sent",
      "the live offer stands",
    );

    const withdrawn = await asRep("POST", `/api/v1/proposals/${second.id}/withdraw`);
    assert.equal(withdrawn.body.status, "withdrawn");
    assert.equal(withdrawn.body.publicUrl, null);
    assert.equal((await visit(secondLink)).status, 404);
  });

  test("declining records the reason and tells the owner", async () => {
    clock = new Date("2026-12-06T09:00:00Z");
    const { dealId } = await pricedDeal(within());
    const draft = (await asRep("POST", `/api/v1/deals/${dealId}/proposals`, { kind: "proposal" })).body;
    const link = pathOf((await asRep("POST", `/api/v1/proposals/${draft.id}/send`)).body.publicUrl);
    const declined = await visit(`${link}/decline`, { reason: "Over budget this year" });
    assert.equal(declined.status, 200);
    const after = (await asRep("GET", `/api/v1/proposals/${draft.id}`)).body;
    assert.equal(after.status, "declined");
    assert.equal(after.declineReason, "Over budget this year");
    assert.notEqual(await dealStage(dealId), "contract");
    const inbox = await asRep("GET", "/api/v1/me/notifications");
    assert.ok(
      inbox.body.data.some(
        (n: { kind: string; body: string }) => n.kind === "proposal_declined" && /Over budget/.test(n.body),
      ),
    );
  });

  test("who may: marketing reads but does not make or send; another partner's deal is not there", async () => {
    const { dealId } = await pricedDeal(within());
    const draft = (await asRep("POST", `/api/v1/deals/${dealId}/proposals`, { kind: "proposal" })).body;
    assert.equal(
      (await asMarketing("POST", `/api/v1/deals/${dealId}/proposals`, { kind: "proposal" })).status,
      403,
    );
    assert.equal((await asMarketing("POST", `/api/v1/proposals/${draft.id}/send`)).status, 403);
    assert.equal((await asMarketing("POST", `/api/v1/proposals/${draft.id}/withdraw`)).status, 403);
    assert.equal((await asMarketing("GET", `/api/v1/proposals/${draft.id}`)).status, 200);
    const partner = api.callerFor((await api.userWithKey("partner")).key);
    assert.equal((await partner("GET", `/api/v1/proposals/${draft.id}`)).status, 404);
    assert.equal((await partner("POST", `/api/v1/proposals/${draft.id}/send`)).status, 404);
    assert.equal((await partner("GET", `/api/v1/deals/${dealId}/proposals`)).status, 404);
    assert.equal(
      (await asRep("GET", `/api/v1/proposals/${draft.id}`)).body.status,
      "draft",
      "nothing changed",
    );
  });

  test("the list across deals: open offers apart from expired ones, my deals only, page by page", async () => {
    clock = new Date("2026-12-10T09:00:00Z");
    const otherRep = await api.userWithKey("sales");
    const asOther = api.callerFor(otherRep.key);
    const made: string[] = [];
    for (const validUntil of ["2026-12-10", "2026-12-31", "2026-12-31"]) {
      const { dealId } = await pricedDeal(within());
      const draft = (
        await asRep("POST", `/api/v1/deals/${dealId}/proposals`, { kind: "proposal", validUntil })
      ).body;
      await asRep("POST", `/api/v1/proposals/${draft.id}/send`);
      made.push(draft.id);
    }
    const contact = await api.call("POST", "/api/v1/contacts", {
      email: `other-${crypto.randomUUID()}@example.com`,
    });
    const theirs = await asOther("POST", "/api/v1/deals", {
      name: "Theirs",
      contactId: contact.body.id,
      amountMinor: 0,
      currency: "USD",
    });
    await asOther("PUT", `/api/v1/deals/${theirs.body.id}/line-items`, {
      priceBookId: book,
      items: within(),
    });
    const their = (await asOther("POST", `/api/v1/deals/${theirs.body.id}/proposals`, { kind: "estimate" }))
      .body;

    clock = new Date("2026-12-11T09:00:00Z"); // The first offer's last day was yesterday.
    const ids = async (query: string) =>
      (await asRep("GET", `/api/v1/proposals?${query}`)).body.data.map(
        (p: { id: string }) => p.id,
      ) as string[];
    const sent = await ids("status=sent&limit=200");
    const expired = await ids("status=expired&limit=200");
    assert.ok(sent.includes(made[1]!) && sent.includes(made[2]!) && !sent.includes(made[0]!));
    assert.ok(expired.includes(made[0]!) && !expired.includes(made[1]!));
    assert.ok((await ids("status=draft&limit=200")).includes(their.id));
    const mine = await ids("mine=true&limit=200");
    assert.ok(made.every((id) => mine.includes(id)) && !mine.includes(their.id));

    // Newest first, two at a time, nothing twice or lost.
    const first = (await asRep("GET", "/api/v1/proposals?limit=2")).body;
    assert.deepEqual(
      first.data.map((p: { id: string }) => p.id),
      [their.id, made[2]],
    );
    const second = (await asRep("GET", `/api/v1/proposals?limit=2&cursor=${first.nextCursor}`)).body;
    assert.deepEqual(
      second.data.map((p: { id: string }) => p.id),
      [made[1], made[0]],
    );
    assert.equal((await asRep("GET", "/api/v1/proposals?cursor=bm90LWEtY3Vyc29y")).status, 400);

    const partner = api.callerFor((await api.userWithKey("partner")).key);
    assert.deepEqual((await partner("GET", "/api/v1/proposals")).body.data, []);
  });
});
