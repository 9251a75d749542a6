// What a hand-off card says about the lead (issue 11, item 7): its company, its engagement now,
// the program that made it a lead, and why it was hot when handed over — the touches that counted
// most at that instant, computed here by hand — and the list narrowed to one rep.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setupApi, type TestApi } from "../support/api.ts";

const HOUR = 3_600_000;
const T0 = Date.parse("2027-03-01T10:00:00Z");
const clock = { now: T0 };
const decay = (hours: number) => 2 ** (-hours / 336);
let api: TestApi;
let contactId: string;
let expo: string;
let reps: string[];

before(async () => {
  api = await setupApi({ now: () => new Date(clock.now) });
  reps = [(await api.userWithKey("sales")).userId, (await api.userWithKey("sales")).userId];
  expo = (
    await api.call("POST", "/api/v1/programs", {
      name: "Spring Expo",
      channel: "trade_show",
      currency: "USD",
    })
  ).body.id;
  const company = (await api.call("POST", "/api/v1/companies", { name: "Initech" })).body.id;
  const touch = async (kind: string, hoursAfter: number, extra: Record<string, unknown> = {}) => {
    clock.now = T0 + hoursAfter * HOUR;
    const res = await api.call("POST", "/api/v1/touchpoints", {
      ...(contactId ? { contactId } : { email: `ivy-${api.slug}@example.com` }),
      kind,
      occurredAt: new Date(clock.now).toISOString(),
      ...extra,
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    contactId ??= res.body.contactId;
  };
  await touch("page_view", -30 * 24);
  await touch("event_attended", 0, { programId: expo }); // 12: the lead, made by the expo
  await api.call("PATCH", `/api/v1/contacts/${contactId}`, { companyId: company });
  await touch("form_submit", 1); // warm
  await touch("webinar", 2); // ≥ 30: hot, handed over at T0 + 2 h
  clock.now = T0 + 50 * HOUR;
});
after(() => api.close());

test("the card names the company, the source program, the engagement now and the touches that made the lead hot", async () => {
  const [card] = (await api.call("GET", `/api/v1/handoffs?contactId=${contactId}`)).body.data;
  assert.equal(card.handedAt, new Date(T0 + 2 * HOUR).toISOString());
  assert.equal(card.companyName, "Initech");
  assert.deepEqual([card.programId, card.programName], [expo, "Spring Expo"]);
  const contact = (await api.call("GET", `/api/v1/contacts/${contactId}`)).body;
  assert.ok(Math.abs(card.score - contact.score) < 1e-9, `${card.score} vs ${contact.score}`);
  // At the hand-off: the event 12 × 2^(−2/336), the form 10 × 2^(−1/336), the webinar 10; the page
  // view a month before counts least and is not among the three.
  const expected = [
    ["event_attended", 12 * decay(2)],
    ["webinar", 10],
    ["form_submit", 10 * decay(1)],
  ];
  assert.deepEqual(
    card.whyHot.map((w: { kind: string }) => w.kind),
    expected.map(([kind]) => kind),
  );
  for (const [i, w] of (card.whyHot as { contribution: number }[]).entries()) {
    assert.ok(Math.abs(w.contribution - (expected[i]![1] as number)) < 1e-9, `${w.contribution}`);
  }
  assert.equal(card.whyHot[0].occurredAt, new Date(T0).toISOString());
});

test("the list narrows to one rep", async () => {
  const owner = (await api.call("GET", `/api/v1/handoffs?contactId=${contactId}`)).body.data[0].ownerId;
  const other = reps.find((r) => r !== owner)!;
  const mine = (await api.call("GET", `/api/v1/handoffs?ownerId=${owner}`)).body.data;
  const theirs = (await api.call("GET", `/api/v1/handoffs?ownerId=${other}`)).body.data;
  assert.deepEqual(
    mine.map((h: { contactId: string }) => h.contactId),
    [contactId],
  );
  assert.deepEqual(theirs, []);
});
