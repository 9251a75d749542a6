// "Cooling soon" on my day (issue 11, item 7): the rep's hot leads that turn warm within the next
// two business days with no next step planned. Business hours are the default, 09:00–17:00 UTC on
// weekdays; it is Friday 2027-03-05 18:00 UTC, so the horizon is Tuesday 17:00. Each lead's hot-until
// instant is placed by hand: a meeting, a presentation and a contract (15 + 15 + 20 = 50) at t stay
// hot (≥ 30) until t + 336 h × log2(50 / 30).
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setupApi, type TestApi } from "../support/api.ts";

const HOT_FOR = 336 * 3_600_000 * Math.log2(50 / 30);
const NOW = Date.parse("2027-03-05T18:00:00Z");
let api: TestApi;
let asRep: TestApi["call"];
const leads: Record<string, string> = {};

before(async () => {
  api = await setupApi({ now: () => new Date(NOW) });
  const rep = await api.userWithKey("sales");
  asRep = api.callerFor(rep.key);
  const hotUntil = {
    monday: "2027-03-08T12:00:00Z",
    tuesdayBeforeClose: "2027-03-09T16:30:00Z",
    wednesday: "2027-03-10T09:00:00Z",
    plannedMonday: "2027-03-08T12:00:00Z",
  };
  for (const [name, until] of Object.entries(hotUntil)) {
    const contact = await asRep("POST", "/api/v1/contacts", {
      email: `${name}-${api.slug}@example.com`,
      firstName: name,
      // Already the rep's (in sales): no hand-off, and no first-contact task, comes with the heat.
      stage: "in_sales",
      ownerId: rep.userId,
    });
    assert.equal(contact.status, 201, JSON.stringify(contact.body));
    leads[name] = contact.body.id;
    const at = new Date(Date.parse(until) - HOT_FOR).toISOString();
    for (const kind of ["meeting", "presentation", "contract"]) {
      const res = await asRep("POST", "/api/v1/touchpoints", {
        contactId: contact.body.id,
        kind,
        occurredAt: at,
        userId: rep.userId,
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
    }
  }
  // A next step planned: not on either list.
  const task = await asRep("POST", "/api/v1/tasks", {
    contactId: leads.plannedMonday,
    kind: "call",
    title: "Call before the weekend ends",
    dueAt: "2027-03-08T09:30:00Z",
  });
  assert.equal(task.status, 201, JSON.stringify(task.body));
});
after(() => api.close());

test("hot leads that turn warm by Tuesday's close with nothing planned are cooling soon; the rest are only hot", async () => {
  const day = (await asRep("GET", "/api/v1/me/day")).body;
  assert.equal(day.coolingBy, "2027-03-09T17:00:00.000Z");
  const listed = new Map(
    (day.hotWithoutNextStep as { contactId: string; coolingSoon: boolean; hotUntil: string }[]).map((l) => [
      l.contactId,
      l,
    ]),
  );
  assert.equal(listed.get(leads.monday!)?.coolingSoon, true);
  assert.equal(listed.get(leads.tuesdayBeforeClose!)?.coolingSoon, true);
  assert.equal(listed.get(leads.wednesday!)?.coolingSoon, false);
  assert.equal(listed.has(leads.plannedMonday!), false, "a lead with a next step planned is on neither list");
  // Each lead's cooling instant is the one placed by hand (to the millisecond's rounding).
  assert.ok(
    Math.abs(Date.parse(listed.get(leads.wednesday!)!.hotUntil) - Date.parse("2027-03-10T09:00:00Z")) < 5,
  );
  // Soonest to cool first.
  assert.deepEqual([...listed.keys()], [leads.monday, leads.tuesdayBeforeClose, leads.wednesday]);
});
