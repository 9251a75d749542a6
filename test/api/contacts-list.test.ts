// The contacts list's orders, read page by page, against a deliberately naive sort of the same
// contacts; its target-market filters; and the bulk owner assignment's rights and limits.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type SQL, sql } from "drizzle-orm";
import { CONTACT_NAME_KEY } from "../../src/store/queries/contact-orders.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import { rng } from "../support/random-workspace.ts";

const SEED = Number(process.env.CONTACTS_LIST_SEED ?? 11);
const random = rng(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

interface Made {
  id: string;
  email: string;
  firstName: string | null;
  lastName: string | null;
  country: string;
  stage: string;
  /** The latest touch, ms; null when never touched. */
  lastTouch: number | null;
}

let api: TestApi;
const made: Made[] = [];
const NOW = Date.now();
const HOUR = 3_600_000;

before(async () => {
  api = await setupApi();
  // Few names, so that several contacts share one (ties are broken by id); some have none (the
  // email stands for them), some only a first or a last name, one the longest name allowed.
  const firsts = ["Ada", "ada", "Grace", "Alan", "Zoe", "", null];
  const lasts = ["Lovelace", "Hopper", "turing", "Babbage", "", null];
  for (let i = 0; i < 48; i++) {
    const long = i === 17;
    const body = {
      email: `${pick(["m", "b", "x", "a"])}${i}-${api.slug}@example.com`,
      firstName: long ? "Q".repeat(200) : pick(firsts),
      lastName: long ? "r".repeat(200) : pick(lasts),
      country: pick(["Germany", "germany", "France", "Iceland"]),
      industry: pick(["Software", "Retail"]),
      stage: pick(["prospect", "lead", "customer"]),
    };
    const res = await api.call("POST", "/api/v1/contacts", body);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    made.push({ ...res.body, lastTouch: null });
  }
  // About two thirds touched, a few at the very same instant; the latest touch is what counts.
  const shared = NOW - 5 * HOUR;
  const items: { email: string; kind: string; occurredAt: string }[] = [];
  for (const contact of made) {
    if (random() < 0.33) continue;
    const touches = random() < 0.2 ? [shared] : [1, 2].map(() => NOW - Math.floor(random() * 400) * HOUR);
    for (const at of touches) {
      items.push({ email: contact.email, kind: "email_sent", occurredAt: new Date(at).toISOString() });
      contact.lastTouch = Math.max(contact.lastTouch ?? 0, at);
    }
  }
  assert.equal((await api.call("POST", "/api/v1/touchpoints/batch", { items })).status, 200);
});
after(() => api.close());

/** Every contact of a list, page by page; each page's cursor must lead exactly to the next one. */
async function readAll(query: string, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const path: string = `/api/v1/contacts?${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ""}`;
    const page = await api.call("GET", path);
    assert.equal(page.status, 200, JSON.stringify(page.body));
    assert.ok(page.body.data.length <= limit);
    ids.push(...page.body.data.map((c: { id: string }) => c.id));
    cursor = page.body.nextCursor;
    // A cursor that leads back to rows already read would page for ever.
    assert.ok(ids.length <= made.length, `more rows than contacts: ${query}, limit ${limit}`);
  } while (cursor);
  return ids;
}

// The naive orders, written from the definitions in the API reference.
const byIdDesc = (a: Made, b: Made) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
const shownName = (c: Made) =>
  [c.firstName ?? "", c.lastName ?? ""].join(" ").trim().toLowerCase() || c.email.toLowerCase();
const NAIVE: Record<string, (a: Made, b: Made) => number> = {
  newest: byIdDesc,
  name: (a, b) => {
    const [x, y] = [shownName(a), shownName(b)];
    return x < y ? -1 : x > y ? 1 : -byIdDesc(a, b);
  },
  last_touch: (a, b) => {
    if (a.lastTouch === b.lastTouch) return byIdDesc(a, b);
    if (a.lastTouch === null || b.lastTouch === null) return a.lastTouch === null ? 1 : -1;
    return b.lastTouch - a.lastTouch;
  },
};

describe("contacts list orders", () => {
  for (const sort of ["newest", "name", "last_touch"]) {
    test(`sort=${sort} pages through every contact once, in the naive order`, async () => {
      const expected = [...made].sort(NAIVE[sort]).map((c) => c.id);
      for (const limit of [1, 5, 200]) {
        assert.deepEqual(await readAll(`sort=${sort}`, limit), expected, `limit ${limit}`);
      }
      // With a filter the same order holds over what matches.
      const leads = [...made]
        .filter((c) => c.stage === "lead" && c.country.toLowerCase() === "germany")
        .sort(NAIVE[sort]);
      assert.ok(leads.length > 1, "the seed gives the filtered case something to order");
      assert.deepEqual(
        await readAll(`sort=${sort}&stage=lead&country=GERMANY`, 2),
        leads.map((c) => c.id),
      );
    });
  }

  test("the ties and blanks the naive sort has to break are there", () => {
    const names = made.map(shownName);
    assert.ok(new Set(names).size < names.length, "two contacts share a name");
    assert.ok(
      made.some((c) => !c.firstName && !c.lastName),
      "a contact without a name",
    );
    const touches = made.map((c) => c.lastTouch).filter((t) => t !== null);
    assert.ok(new Set(touches).size < touches.length, "two contacts last touched at one instant");
    assert.ok(touches.length < made.length, "an untouched contact");
  });

  test("a cursor is read back only by the order that wrote it; a bad sort is refused", async () => {
    const page = await api.call("GET", "/api/v1/contacts?sort=name&limit=2");
    const cursor = page.body.nextCursor;
    assert.ok(cursor);
    const other = await api.call("GET", `/api/v1/contacts?sort=last_touch&limit=2&cursor=${cursor}`);
    assert.equal(other.status, 400);
    assert.match(other.body.error.message, /cursor is not valid/);
    const bad = await api.call("GET", "/api/v1/contacts?sort=shoe_size");
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /sort/);
  });

  test("the orders are read from their indexes, not by sorting the workspace", async () => {
    // Forbidding sorts and full scans makes the planner use an index if one matches at all: an
    // expression that drifted from contacts_name_idx's would fail here, not on a big table.
    const plan = (query: SQL) =>
      api.deps.db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_sort = off`);
        await tx.execute(sql`set local enable_seqscan = off`);
        const rows = await tx.execute<{ "QUERY PLAN": string }>(sql`explain ${query}`);
        return rows.rows.map((r) => r["QUERY PLAN"]).join("\n");
      });
    const byName = await plan(
      sql`select c.id from contacts c where c.workspace_id = ${api.workspaceId}
       order by ${CONTACT_NAME_KEY}, c.id limit 10`,
    );
    assert.match(byName, /contacts_name_idx/);
    const byTouch = await plan(
      sql`select s.contact_id from contact_scores s where s.workspace_id = ${api.workspaceId}
       and s.t0 is not null order by s.t0 desc, s.contact_id desc limit 10`,
    );
    assert.match(byTouch, /contact_scores_t0_idx/);
    assert.doesNotMatch(byTouch, /Sort/);
  });
});

describe("target-market filters", () => {
  test("country and industry match whole values regardless of case, in the list and the counts", async () => {
    const expected = made.filter((c) => c.country.toLowerCase() === "iceland").map((c) => c.id);
    assert.deepEqual(await readAll("country=ICELAND", 50), [...expected].sort().reverse());
    assert.deepEqual(await readAll("country=Icel", 50), [], "a part of the value is not a match");
    const counts = await api.call("GET", "/api/v1/contacts/temperature-counts?country=iceland");
    assert.equal(counts.body.total, expected.length);
    const software = await readAll("industry=software&country=france", 50);
    const contacts = await Promise.all(software.map((id) => api.call("GET", `/api/v1/contacts/${id}`)));
    assert.ok(contacts.every((c) => c.body.industry === "Software" && c.body.country === "France"));
  });
});

describe("bulk owner assignment", () => {
  const ownersOf = async (ids: string[]) =>
    (
      await api.deps.db.execute<{ id: string; owner_id: string | null }>(
        sql`select id, owner_id from contacts where workspace_id = ${api.workspaceId}
            and id = any(${`{${ids.join(",")}}`}::uuid[]) order by id`,
      )
    ).rows.map((r) => r.owner_id);

  test("sales, marketing and admins assign; a partner is refused and nothing changes", async () => {
    const ids = made.slice(0, 3).map((c) => c.id);
    const rep = await api.userWithKey("sales");
    for (const role of ["sales", "marketing", "admin"] as const) {
      const user = role === "admin" ? api.admin : await api.userWithKey(role);
      const res = await api.callerFor(user.key)("POST", "/api/v1/contacts/bulk-assign", {
        ids,
        ownerId: rep.userId,
      });
      assert.equal(res.status, 200, `${role}: ${JSON.stringify(res.body)}`);
      assert.deepEqual(await ownersOf(ids), [rep.userId, rep.userId, rep.userId]);
      assert.equal(
        (await api.call("POST", "/api/v1/contacts/bulk-assign", { ids, ownerId: null })).status,
        200,
      );
      assert.deepEqual(await ownersOf(ids), [null, null, null]);
    }
    const partner = await api.userWithKey("partner");
    const refused = await api.callerFor(partner.key)("POST", "/api/v1/contacts/bulk-assign", {
      ids,
      ownerId: partner.userId,
    });
    assert.equal(refused.status, 403);
    assert.match(refused.body.error.message, /partner/);
    assert.deepEqual(await ownersOf(ids), [null, null, null]);
  });

  test("one unknown contact or owner refuses the whole call; nothing is half-assigned", async () => {
    const ids = made.slice(3, 6).map((c) => c.id);
    const rep = await api.userWithKey("sales");
    const ghost = "01939a4e-7b1c-7cc3-9a52-3f7e4b5d6a10";
    const missing = await api.call("POST", "/api/v1/contacts/bulk-assign", {
      ids: [...ids, ghost],
      ownerId: rep.userId,
    });
    assert.equal(missing.status, 404);
    assert.match(missing.body.error.message, /not found.*Nothing was assigned/);
    assert.deepEqual(missing.body.error.details.missing, [ghost]);
    const noOwner = await api.call("POST", "/api/v1/contacts/bulk-assign", { ids, ownerId: ghost });
    assert.equal(noOwner.status, 422);
    assert.match(noOwner.body.error.message, /User .* was not found/);
    assert.deepEqual(await ownersOf(ids), [null, null, null]);
  });

  test("bad input is refused in words", async () => {
    const rep = await api.userWithKey("sales");
    const tooMany = Array.from({ length: 501 }, () => made[0]!.id);
    const cases: [unknown, RegExp][] = [
      [{ ids: tooMany, ownerId: rep.userId }, /At most 500 contacts/],
      [{ ids: [], ownerId: rep.userId }, /at least one contact/],
      [{ ids: ["nope"], ownerId: rep.userId }, /ids/],
      [{ ids: [made[0]!.id] }, /ownerId/],
      [{ ids: [made[0]!.id], ownerId: rep.userId, stage: "lead" }, /stage|Unrecognized/i],
    ];
    for (const [body, message] of cases) {
      const res = await api.call("POST", "/api/v1/contacts/bulk-assign", body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.match(res.body.error.message, message);
    }
    // The same contact named twice is one contact.
    const twice = await api.call("POST", "/api/v1/contacts/bulk-assign", {
      ids: [made[7]!.id, made[7]!.id],
      ownerId: rep.userId,
    });
    assert.equal(twice.status, 200);
    assert.deepEqual(twice.body.contactIds, [made[7]!.id]);
  });
});
