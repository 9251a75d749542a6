import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { setupApi, type TestApi } from "../support/api.ts";

// Two resellers and the workspace's own contact: each partner must see only its own records,
// and get the same 404 for anyone else's as for a record that does not exist.
let api: TestApi;
let asBright: TestApi["call"];
let asOther: TestApi["call"];
let brightId: string;
let staffContact: string;
let staffDeal: string;

before(async () => {
  api = await setupApi();
  const created = await api.call("POST", "/api/v1/partners", { name: "Brightpath", kind: "reseller" });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  brightId = created.body.id;
  asBright = api.callerFor((await api.userWithKey("partner", { partnerId: brightId })).key);
  asOther = api.callerFor((await api.userWithKey("partner")).key);
  staffContact = (await api.call("POST", "/api/v1/contacts", { email: `own-${api.slug}@example.com` })).body
    .id;
  staffDeal = (
    await api.call("POST", "/api/v1/deals", {
      name: "Direct deal",
      contactId: staffContact,
      amountMinor: 100,
      currency: "USD",
    })
  ).body.id;
});
after(() => api.close());

describe("partners", () => {
  test("a partner registers a lead and a deal; staff see both, tagged with the partner", async () => {
    const lead = await asBright("POST", "/api/v1/contacts", { email: `lead-${api.slug}@example.com` });
    assert.equal(lead.status, 201, JSON.stringify(lead.body));
    assert.equal(lead.body.partnerId, brightId);
    const deal = await asBright("POST", "/api/v1/deals", {
      name: "Registered deal",
      contactId: lead.body.id,
      amountMinor: 5_000,
      currency: "USD",
    });
    assert.equal(deal.status, 201, JSON.stringify(deal.body));
    assert.equal(deal.body.partnerId, brightId);
    const asStaff = await api.call("GET", `/api/v1/deals/${deal.body.id}`);
    assert.equal(asStaff.status, 200);
    assert.equal(asStaff.body.partnerId, brightId);

    const contacts = await asBright("GET", "/api/v1/contacts");
    assert.deepEqual(
      contacts.body.data.map((c: { id: string }) => c.id),
      [lead.body.id],
    );
    const deals = await asBright("GET", "/api/v1/deals");
    assert.deepEqual(
      deals.body.data.map((d: { id: string }) => d.id),
      [deal.body.id],
    );

    // The other reseller sees none of it, by list or by id.
    assert.deepEqual((await asOther("GET", "/api/v1/deals")).body.data, []);
    assert.deepEqual((await asOther("GET", "/api/v1/contacts")).body.data, []);
    assert.equal((await asOther("GET", `/api/v1/deals/${deal.body.id}`)).status, 404);
    assert.equal((await asOther("GET", `/api/v1/contacts/${lead.body.id}`)).status, 404);
  });

  test("another organisation's records are 404 for every read and write, and nothing changes", async () => {
    const byId = [
      ["GET", `/api/v1/contacts/${staffContact}`, undefined],
      ["GET", `/api/v1/contacts/${staffContact}/timeline`, undefined],
      ["GET", `/api/v1/contacts/${staffContact}/score`, undefined],
      ["PATCH", `/api/v1/contacts/${staffContact}`, { firstName: "Hijacked" }],
      ["GET", `/api/v1/deals/${staffDeal}`, undefined],
      ["PATCH", `/api/v1/deals/${staffDeal}`, { name: "Hijacked" }],
      ["POST", `/api/v1/deals/${staffDeal}/move`, { stage: "present" }],
      ["PUT", `/api/v1/deals/${staffDeal}/line-items`, { priceBookId: crypto.randomUUID(), items: [] }],
      ["POST", `/api/v1/deals/${staffDeal}/approvals`, {}],
    ] as const;
    for (const [method, path, body] of byId) {
      const res = await asBright(method, path, body);
      assert.equal(res.status, 404, `${method} ${path}`);
      assert.match(res.body.error.message, /was not found/);
    }
    const deal = await api.call("GET", `/api/v1/deals/${staffDeal}`);
    assert.equal(deal.body.name, "Direct deal");
    assert.equal(deal.body.stage, "qualify");
    assert.equal((await api.call("GET", `/api/v1/contacts/${staffContact}`)).body.firstName, null);
    // Registering a deal on someone else's contact: that contact does not exist for the partner.
    const register = await asBright("POST", "/api/v1/deals", {
      name: "Poach",
      contactId: staffContact,
      amountMinor: 1,
      currency: "USD",
    });
    assert.equal(register.status, 422);
  });

  test("a partner does not assign owners, and staff-only areas stay closed", async () => {
    const owned = await asBright("POST", "/api/v1/contacts", {
      email: `owned-${api.slug}@example.com`,
      ownerId: api.admin.userId,
    });
    assert.equal(owned.status, 403);
    for (const path of [
      "/api/v1/partners",
      "/api/v1/programs",
      "/api/v1/companies",
      "/api/v1/settings/scoring",
    ]) {
      assert.equal((await asBright("GET", path)).status, 403, path);
    }
    assert.equal(
      (await asBright("POST", "/api/v1/partners", { name: "Mine", kind: "reseller" })).status,
      403,
    );
  });

  test("partner price books: a partner prices from its own book and its channel's, never another's", async () => {
    const product = (await api.call("POST", "/api/v1/products", { sku: `P-${api.slug}`, name: "Seat" })).body
      .id;
    const book = (name: string, channel: string, partnerId: string | null) =>
      api.call("POST", "/api/v1/price-books", {
        name,
        channel,
        currency: "USD",
        partnerId,
        entries: [{ productId: product, unitPriceMinor: 8_000 }],
      });
    const own = (await book("Brightpath net", "reseller", brightId)).body.id;
    const resellers = (await book("Reseller list", "reseller", null)).body.id;
    const affiliates = (await book("Affiliate list", "affiliate", null)).body.id;
    const direct = (await book("Direct list", "direct", null)).body.id;
    const otherPartner = await api.newPartner(`Other ${api.slug}`);
    const others = (await book("Other net", "reseller", otherPartner)).body.id;
    const mismatch = await book("Wrong channel", "affiliate", brightId);
    assert.equal(mismatch.status, 400);

    const visible = (await asBright("GET", "/api/v1/price-books")).body.data.map((b: { id: string }) => b.id);
    assert.deepEqual(new Set(visible), new Set([own, resellers]));
    for (const hidden of [affiliates, direct, others]) {
      assert.equal((await asBright("GET", `/api/v1/price-books/${hidden}`)).status, 404);
    }

    const lead = await asBright("POST", "/api/v1/contacts", { email: `priced-${api.slug}@example.com` });
    const deal = await asBright("POST", "/api/v1/deals", {
      name: "Partner deal",
      contactId: lead.body.id,
      amountMinor: 0,
      currency: "USD",
    });
    const stolen = await asBright("PUT", `/api/v1/deals/${deal.body.id}/line-items`, {
      priceBookId: others,
      items: [{ productId: product, quantity: 1 }],
    });
    assert.equal(stolen.status, 422);
    // Staff see every book, but a partner's deal is priced only from that partner's or its channel's.
    const crossed = await api.call("PUT", `/api/v1/deals/${deal.body.id}/line-items`, {
      priceBookId: others,
      items: [{ productId: product, quantity: 1 }],
    });
    assert.equal(crossed.status, 400);
    assert.match(crossed.body.error.message, /another partner's own price book/);
    const wrongChannel = await api.call("PUT", `/api/v1/deals/${deal.body.id}/line-items`, {
      priceBookId: affiliates,
      items: [{ productId: product, quantity: 1 }],
    });
    assert.equal(wrongChannel.status, 400);
    const priced = await asBright("PUT", `/api/v1/deals/${deal.body.id}/line-items`, {
      priceBookId: own,
      items: [{ productId: product, quantity: 3 }],
    });
    assert.equal(priced.status, 200, JSON.stringify(priced.body));
    assert.equal(priced.body.amountMinor, 24_000);
    assert.equal(priced.body.policy.channel, "reseller");
    assert.equal(priced.body.policy.sellerRole, "partner");

    // Brightpath's own book is on the reseller channel: it cannot silently become an affiliate.
    const switched = await api.call("PATCH", `/api/v1/partners/${brightId}`, { kind: "affiliate" });
    assert.equal(switched.status, 409);
    assert.match(switched.body.error.message, /own price book "Brightpath net"/);
    assert.equal((await api.call("GET", `/api/v1/partners/${brightId}`)).body.kind, "reseller");
    const bare = await api.newPartner(`Bare ${api.slug}`);
    const renamed = await api.call("PATCH", `/api/v1/partners/${bare}`, { kind: "affiliate" });
    assert.equal(renamed.status, 200);
    assert.equal(renamed.body.kind, "affiliate");
  });
});
