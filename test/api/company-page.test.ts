// A company's people, deals and timeline (issue 11, item 1): the deals of the company and of its
// people, and every touch of its people together, newest first, paged without skipping or repeating.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setupApi, type TestApi } from "../support/api.ts";

let api: TestApi;
let initech: string;
let other: string;
const people: string[] = [];
const T0 = Date.parse("2027-02-01T09:00:00Z");

before(async () => {
  api = await setupApi({ now: () => new Date(T0 + 30 * 86_400_000) });
  initech = (await api.call("POST", "/api/v1/companies", { name: "Initech", domain: "initech.example" })).body
    .id;
  other = (await api.call("POST", "/api/v1/companies", { name: "Globex" })).body.id;
  for (const [i, companyId] of [initech, initech, other].entries()) {
    const c = await api.call("POST", "/api/v1/contacts", {
      email: `p${i}-${api.slug}@example.com`,
      firstName: `P${i}`,
      companyId,
    });
    people.push(c.body.id);
    for (let k = 0; k < 4; k++) {
      const res = await api.call("POST", "/api/v1/touchpoints", {
        contactId: c.body.id,
        kind: k % 2 ? "page_view" : "email_open",
        occurredAt: new Date(T0 + (k * 3 + i) * 3_600_000).toISOString(),
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
    }
  }
  const rep = await api.userWithKey("sales");
  const asRep = api.callerFor(rep.key);
  for (const [name, contactId] of [
    ["Initech seats", people[0]],
    ["Globex pilot", people[2]],
  ] as const) {
    const d = await asRep("POST", "/api/v1/deals", { name, contactId, amountMinor: 1000, currency: "USD" });
    assert.equal(d.status, 201, JSON.stringify(d.body));
  }
});
after(() => api.close());

test("the company's deals are its people's deals", async () => {
  const deals = (await api.call("GET", `/api/v1/deals?companyId=${initech}`)).body.data;
  assert.deepEqual(
    deals.map((d: { name: string }) => d.name),
    ["Initech seats"],
  );
});

test("the company's timeline holds every touch of its people, newest first, over pages", async () => {
  const seen: { id: string; contactId: string; occurredAt: string; contactName: string }[] = [];
  let cursor: string | null = null;
  do {
    const res = await api.call(
      "GET",
      `/api/v1/companies/${initech}/timeline?limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
    seen.push(...res.body.data);
    cursor = res.body.nextCursor;
  } while (cursor);
  assert.equal(seen.length, 8, "four touches each of its two people; none of Globex's");
  assert.equal(new Set(seen.map((e) => e.id)).size, 8);
  assert.ok(seen.every((e) => e.contactId === people[0] || e.contactId === people[1]));
  const times = seen.map((e) => Date.parse(e.occurredAt));
  assert.deepEqual(
    times,
    [...times].sort((a, b) => b - a),
  );
  assert.equal(seen.find((e) => e.contactId === people[1])?.contactName, "P1");
  const missing = await api.call("GET", "/api/v1/companies/00000000-0000-7000-8000-000000000000/timeline");
  assert.equal(missing.status, 404);
  const partner = api.callerFor((await api.userWithKey("partner")).key);
  assert.equal((await partner("GET", `/api/v1/companies/${initech}/timeline`)).status, 403);
});
