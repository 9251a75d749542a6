// Notifications that close the approval loop (issue 11, item 7): the requester hears the decision;
// a request left waiting past the workspace's alert age is flagged to every approver but the
// requester, once, and the request says when.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { flagWaitingApprovals } from "../../src/services/pricing/approval-alerts.ts";
import { setupApi, type TestApi } from "../support/api.ts";

const HOUR = 3_600_000;
const MINUTE = 60_000;
const clock = { now: Date.parse("2027-03-01T09:00:00Z") };
let api: TestApi;
let rep: Awaited<ReturnType<TestApi["userWithKey"]>>;
let marketer: Awaited<ReturnType<TestApi["userWithKey"]>>;
let asRep: TestApi["call"];
let asMarketing: TestApi["call"];
let seat: string;
let book: string;

before(async () => {
  api = await setupApi({ now: () => new Date(clock.now) });
  rep = await api.userWithKey("sales");
  marketer = await api.userWithKey("marketing");
  asRep = api.callerFor(rep.key);
  asMarketing = api.callerFor(marketer.key);
  seat = (await api.call("POST", "/api/v1/products", { sku: "SEAT", name: "Seat" })).body.id;
  book = (
    await asMarketing("POST", "/api/v1/price-books", {
      name: "Direct",
      channel: "direct",
      currency: "USD",
      entries: [{ productId: seat, unitPriceMinor: 10_000 }],
    })
  ).body.id;
  const policy = await asMarketing("PUT", "/api/v1/discount-policy", {
    defaultMaxDiscountBp: 1000,
    giveawaysAllowed: false,
    approvalAlertHours: 4,
  });
  assert.equal(policy.status, 200, JSON.stringify(policy.body));
  assert.equal(policy.body.approvalAlertHours, 4);
});
after(() => api.close());

/** A deal 30 % off, outside the 10 % policy, and its request for approval. */
async function requestFor(name: string) {
  const contact = await asRep("POST", "/api/v1/contacts", { email: `${name}-${api.slug}@example.com` });
  const deal = await asRep("POST", "/api/v1/deals", {
    name,
    contactId: contact.body.id,
    amountMinor: 0,
    currency: "USD",
  });
  await asRep("PUT", `/api/v1/deals/${deal.body.id}/line-items`, {
    priceBookId: book,
    items: [{ productId: seat, quantity: 1, unitPriceMinor: 7_000 }],
  });
  const request = await asRep("POST", `/api/v1/deals/${deal.body.id}/approvals`, { comment: "Switching" });
  assert.equal(request.status, 201, JSON.stringify(request.body));
  return { dealId: deal.body.id as string, approvalId: request.body.id as string };
}

const notificationsOf = async (call: TestApi["call"]) =>
  (await call("GET", "/api/v1/me/notifications")).body.data as {
    kind: string;
    title: string;
    body: string | null;
    link: string | null;
  }[];

describe("approval notifications", () => {
  test("the requester hears each decision, with the approver's comment and a link to the deal", async () => {
    const approved = await requestFor("Acme");
    const rejected = await requestFor("Globex");
    await asMarketing("POST", `/api/v1/approvals/${approved.approvalId}/decision`, {
      decision: "approve",
      comment: "OK for a case study",
    });
    await asMarketing("POST", `/api/v1/approvals/${rejected.approvalId}/decision`, { decision: "reject" });
    const decided = (await notificationsOf(asRep)).filter((n) => n.kind === "approval_decided");
    assert.deepEqual(decided.map((n) => [n.title, n.body, n.link]).sort(), [
      ["Approved: Acme", "marketing user: OK for a case study", `/deals/${approved.dealId}`],
      ["Rejected: Globex", "Decided by marketing user.", `/deals/${rejected.dealId}`],
    ]);
    // The approver is not told about their own decision.
    assert.equal((await notificationsOf(asMarketing)).filter((n) => n.kind === "approval_decided").length, 0);
  });

  test("a request waiting past the alert age is flagged once to each approver but the requester", async () => {
    const start = clock.now;
    const waiting = await requestFor("Initech");
    const answered = await requestFor("Umbrella");
    clock.now = start + HOUR;
    await asMarketing("POST", `/api/v1/approvals/${answered.approvalId}/decision`, { decision: "approve" });

    clock.now = start + 4 * HOUR - MINUTE;
    assert.equal(await flagWaitingApprovals(api.deps, api), 0, "not yet four hours");
    clock.now = start + 4 * HOUR;
    assert.equal(await flagWaitingApprovals(api.deps, api), 1);
    clock.now = start + 5 * HOUR;
    assert.equal(await flagWaitingApprovals(api.deps, api), 0, "flagged once");

    const waitingFor = async (call: TestApi["call"]) =>
      (await notificationsOf(call)).filter((n) => n.kind === "approval_waiting");
    for (const approver of [api.call, asMarketing]) {
      const told = await waitingFor(approver);
      assert.equal(told.length, 1);
      assert.equal(told[0]!.title, "Approval waiting: Initech");
      assert.match(told[0]!.body ?? "", /^Asked by sales user on 2027-03-01 09:00 UTC/);
      assert.equal(told[0]!.link, "/approvals");
    }
    assert.equal(
      (await waitingFor(asRep)).length,
      0,
      "the requester is not an approver of their own request",
    );

    const listed = (await asMarketing("GET", "/api/v1/approvals?status=pending")).body.data as {
      id: string;
      alertedAt: string | null;
    }[];
    assert.equal(
      listed.find((a) => a.id === waiting.approvalId)?.alertedAt,
      new Date(start + 4 * HOUR).toISOString(),
    );
    const answeredView = (await asMarketing("GET", `/api/v1/approvals?dealId=${answered.dealId}`)).body
      .data[0];
    assert.equal(answeredView.alertedAt, null);
  });

  test("the alert age is whole hours from 1 to 720; a bad one is refused and changes nothing", async () => {
    for (const [hours, words] of [
      [0, /approvalAlertHours/],
      [1.5, /whole hours/],
      [721, /approvalAlertHours/],
    ] as const) {
      const res = await asMarketing("PUT", "/api/v1/discount-policy", {
        defaultMaxDiscountBp: 1000,
        giveawaysAllowed: false,
        approvalAlertHours: hours,
      });
      assert.equal(res.status, 400);
      assert.match(JSON.stringify(res.body), words);
    }
    assert.equal((await asRep("GET", "/api/v1/discount-policy")).body.approvalAlertHours, 4);
    const refused = await asRep("PUT", "/api/v1/discount-policy", {
      defaultMaxDiscountBp: 1000,
      giveawaysAllowed: false,
      approvalAlertHours: 2,
    });
    assert.equal(refused.status, 403);
  });
});
