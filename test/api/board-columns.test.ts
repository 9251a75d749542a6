// The lead board's columns (issue 11, item 8): the cold column by engagement, highest first —
// positive, then zero (never touched, or only by weightless kinds), then negative (unsubscribed) —
// paged by a cursor that stays true while the clock runs; customers and disqualified contacts left
// out when asked, in the lists and the counts alike; and the source program on each contact. The
// expected order is summed here from the touches, not read from the implementation.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type SQL, sql } from "drizzle-orm";
import { defaultScoringSettings } from "../../src/domain/scoring-defaults.ts";
import { setupApi, type TestApi } from "../support/api.ts";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Far ahead of the real clock, so a worker running beside the tests never finds these touches due.
const T0 = Date.parse("2100-06-01T12:00:00Z");
let clock = T0;
let api: TestApi;

type Touch = { kind: string; at: number; programId?: string };
// Each contact's touches, by its email's first part; `stage` moves it after the touches.
const PLAN: Record<string, { touches: Touch[]; stage?: "customer" | "disqualified" }> = {
  views3: { touches: [1, 2, 3].map((h) => ({ kind: "page_view", at: T0 - h * HOUR })) },
  views3b: { touches: [1, 2, 3].map((h) => ({ kind: "page_view", at: T0 - h * HOUR })) }, // a tie
  view: { touches: [{ kind: "page_view", at: T0 - 5 * DAY }] },
  cooled: { touches: [{ kind: "form_submit", at: T0 - 30 * DAY }] }, // warm once, cold now
  cooling: { touches: [{ kind: "form_submit", at: T0 - 3 * DAY }] }, // warm now, cold in 3 days
  warm: { touches: [{ kind: "form_submit", at: T0 - HOUR }] },
  hot: { touches: ["meeting", "presentation", "proposal"].map((kind) => ({ kind, at: T0 - HOUR })) },
  sent: { touches: [{ kind: "email_sent", at: T0 - HOUR }] },
  untouched1: { touches: [] },
  untouched2: { touches: [] },
  unsubscribed: { touches: [{ kind: "unsubscribe", at: T0 - 2 * DAY }] },
  bounced: { touches: [{ kind: "email_bounce", at: T0 - 30 * DAY }] },
  mixed: {
    touches: [
      { kind: "page_view", at: T0 - HOUR },
      { kind: "unsubscribe", at: T0 - 40 * DAY },
    ],
  },
  // Touches dated a few minutes ahead (clock skew): they do not count until their instant.
  aheadView: {
    touches: [
      { kind: "page_view", at: T0 - 90 * MINUTE },
      { kind: "page_view", at: T0 + 2 * MINUTE },
    ],
  },
  aheadOnly: { touches: [{ kind: "form_submit", at: T0 + 3 * MINUTE }] },
  customer: { touches: [{ kind: "page_view", at: T0 - 4 * HOUR }], stage: "customer" },
  hotCustomer: {
    touches: ["meeting", "presentation", "proposal"].map((kind) => ({ kind, at: T0 - 2 * HOUR })),
    stage: "customer",
  },
  ruledOut: { touches: [{ kind: "unsubscribe", at: T0 - HOUR }], stage: "disqualified" },
  // Its stored state already holds the meeting ahead (warm and hot ranges); now it is cold.
  customerAhead: {
    touches: [
      { kind: "page_view", at: T0 - HOUR },
      { kind: "meeting", at: T0 + 2 * MINUTE },
      { kind: "presentation", at: T0 + 2 * MINUTE },
    ],
    stage: "customer",
  },
};
const ids = new Map<string, string>(); // plan name → contact id
const names = new Map<string, string>(); // contact id → plan name

/** E at `at`, summed here from the plan with the default weights and half-life (product.md §3). */
function expected(name: string, at: number): number {
  const { weights, halfLifeMs } = defaultScoringSettings();
  return PLAN[name]!.touches.filter((t) => t.at <= at).reduce(
    (e, t) => e + weights[t.kind]! * 2 ** (-(at - t.at) / halfLifeMs),
    0,
  );
}

/** The naive cold column at `at`: every cold contact, highest E first, ties newest first. */
function naiveCold(at: number, closed: "include" | "exclude"): string[] {
  const { warmThreshold } = defaultScoringSettings();
  return Object.keys(PLAN)
    .filter((n) => expected(n, at) < warmThreshold && (closed === "include" || !PLAN[n]!.stage))
    .sort((a, b) => {
      const [ea, eb] = [expected(a, at), expected(b, at)];
      if (Math.abs(ea - eb) > 1e-12 * Math.max(1, Math.abs(ea))) return eb - ea;
      return ids.get(a)! < ids.get(b)! ? 1 : -1;
    });
}

before(async () => {
  api = await setupApi({ now: () => new Date(clock) });
  const items: { contactId: string; kind: string; occurredAt: string; programId?: string }[] = [];
  for (const [name, plan] of Object.entries(PLAN)) {
    const res = await api.call("POST", "/api/v1/contacts", { email: `${name}-${api.slug}@example.com` });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    ids.set(name, res.body.id);
    names.set(res.body.id, name);
    for (const t of plan.touches)
      items.push({ contactId: res.body.id, kind: t.kind, occurredAt: new Date(t.at).toISOString() });
  }
  const batch = await api.call("POST", "/api/v1/touchpoints/batch", { items });
  assert.equal(batch.body.errors, 0, JSON.stringify(batch.body));
  for (const [name, plan] of Object.entries(PLAN)) {
    if (!plan.stage) continue;
    const res = await api.call("PATCH", `/api/v1/contacts/${ids.get(name)}`, { stage: plan.stage });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  }
});
after(() => api.close());

/** A column page by page from `cursor`; each page's cursor must lead exactly to the next. */
async function readColumn(query: string, limit: number, cursor: string | null = null, pages = Infinity) {
  const names: string[] = [];
  let next = cursor;
  for (let page = 0; page < pages && (page === 0 || next); page++) {
    const res = await api.call(
      "GET",
      `/api/v1/contacts?${query}&limit=${limit}${next ? `&cursor=${next}` : ""}`,
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
    names.push(...res.body.data.map((c: { id: string }) => nameOf(c.id)));
    next = res.body.nextCursor;
    assert.ok(names.length <= ids.size, "a cursor led back to rows already read");
  }
  return { names, cursor: next };
}
const nameOf = (id: string) => names.get(id) ?? id;

describe("the cold column", () => {
  test("holds every cold contact once, highest engagement first, on any page size", async () => {
    const want = naiveCold(T0, "include");
    assert.deepEqual(want.slice(0, 2).sort(), ["views3", "views3b"], "the tie leads");
    assert.ok(want.indexOf("sent") < want.indexOf("unsubscribed"), "zero before negative");
    for (const limit of [1, 3, 50]) {
      assert.deepEqual((await readColumn("temperature=cold", limit)).names, want, `limit ${limit}`);
    }
    const counts = (await api.call("GET", "/api/v1/contacts/temperature-counts")).body;
    assert.equal(counts.cold, want.length);
  });

  test("a cursor stays true while the clock runs: the next page follows on at a later read", async () => {
    // A first page that ends on a contact still cold three days on ("cooled").
    const first = await readColumn("temperature=cold", 3, null, 1);
    assert.deepEqual(first.names, naiveCold(T0, "include").slice(0, 3));
    assert.equal(first.names.at(-1), "cooled");
    // Three days on, the touches dated ahead have arrived and warm contacts have cooled.
    clock = T0 + 3 * DAY;
    try {
      const later = naiveCold(clock, "include");
      const rest = await readColumn("temperature=cold", 3, first.cursor);
      assert.deepEqual(rest.names, later.slice(later.indexOf(first.names.at(-1)!) + 1));
      assert.ok(later.includes("cooling") && !naiveCold(T0, "include").includes("cooling"));
    } finally {
      clock = T0;
    }
  });

  test("a cursor of another order, or a made-up key, is refused", async () => {
    const byName = (await api.call("GET", "/api/v1/contacts?sort=name&limit=1")).body.nextCursor;
    const other = await api.call("GET", `/api/v1/contacts?temperature=cold&limit=1&cursor=${byName}`);
    assert.equal(other.status, 400);
    const forged = Buffer.from(
      JSON.stringify({ order: "score", key: "gain 1; drop", id: ids.get("view") }),
    ).toString("base64url");
    assert.equal((await api.call("GET", `/api/v1/contacts?temperature=cold&cursor=${forged}`)).status, 400);
  });

  test("is read from the score indexes, not by sorting the workspace", async () => {
    const plan = async (query: SQL) =>
      api.deps.db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_sort = off`);
        await tx.execute(sql`set local enable_seqscan = off`);
        const rows = await tx.execute<{ "QUERY PLAN": string }>(sql`explain ${query}`);
        return rows.rows.map((r) => r["QUERY PLAN"]).join("\n");
      });
    for (const [sign, index] of [
      [sql`> 0`, /contact_scores_gain_idx/],
      [sql`< 0`, /contact_scores_loss_idx/],
    ] as const) {
      const shown =
        await plan(sql`select s.contact_id from contact_scores s where s.workspace_id = ${api.workspaceId}
        and s.e0 ${sign} and s.score_key <= 1e6 order by s.score_key desc, s.contact_id desc limit 10`);
      assert.match(shown, index);
      assert.doesNotMatch(shown, /Sort/);
    }
  });
});

describe("closed stages", () => {
  test("closed=exclude leaves customers and disqualified out of every column and count", async () => {
    assert.deepEqual(
      (await readColumn("temperature=cold&closed=exclude", 2)).names,
      naiveCold(T0, "exclude"),
    );
    const hot = (await readColumn("temperature=hot&closed=exclude", 2)).names;
    assert.deepEqual(hot, ["hot"]);
    const hotAll = (await readColumn("temperature=hot", 2)).names;
    assert.deepEqual(hotAll.sort(), ["hot", "hotCustomer"]);
    const counts = async (query: string) =>
      (await api.call("GET", `/api/v1/contacts/temperature-counts?${query}`)).body;
    const all = await counts("");
    const open = await counts("closed=exclude");
    assert.deepEqual(
      [all.cold - open.cold, all.warm - open.warm, all.hot - open.hot, all.total - open.total],
      [3, 0, 1, 4],
    );
    // The whole-workspace path less the closed stages equals a pass over the filtered contacts.
    assert.deepEqual(await counts(`closed=exclude&q=${api.slug}`), open);
    assert.equal(open.cold, naiveCold(T0, "exclude").length);
  });
});

describe("the source program", () => {
  test("is the program of the touch that made the contact a lead, for a partner's own lead too", async () => {
    const program = await api.call("POST", "/api/v1/programs", {
      name: "Spring webinar",
      channel: "content",
      currency: "USD",
    });
    assert.equal(program.status, 201, JSON.stringify(program.body));
    const partner = await api.userWithKey("partner");
    const asPartner = api.callerFor(partner.key);
    const lead = await asPartner("POST", "/api/v1/contacts", { email: `via-${api.slug}@example.com` });
    assert.equal(lead.status, 201, JSON.stringify(lead.body));
    const touch = { contactId: lead.body.id, kind: "webinar", occurredAt: new Date(T0).toISOString() };
    const res = await api.call("POST", "/api/v1/touchpoints", { ...touch, programId: program.body.id });
    assert.equal(res.status, 201, JSON.stringify(res.body));

    const staff = (await api.call("GET", `/api/v1/contacts/${lead.body.id}`)).body;
    assert.deepEqual(
      [staff.stage, staff.sourceProgramId, staff.sourceProgramName],
      ["lead", program.body.id, "Spring webinar"],
    );
    const listed = (await api.call("GET", "/api/v1/contacts?temperature=warm")).body.data;
    assert.equal(
      listed.find((c: { id: string }) => c.id === lead.body.id)?.sourceProgramName,
      "Spring webinar",
    );
    assert.equal((await api.call("GET", `/api/v1/contacts/${ids.get("views3")}`)).body.sourceProgramId, null);

    // Its partner reads it as its timeline names the touch's program.
    const theirs = (await asPartner("GET", `/api/v1/contacts/${lead.body.id}`)).body;
    assert.equal(theirs.sourceProgramName, "Spring webinar");
    const timeline = (await asPartner("GET", `/api/v1/contacts/${lead.body.id}/timeline`)).body.data;
    assert.deepEqual(
      timeline.map((e: { programName: string | null }) => e.programName),
      ["Spring webinar"],
    );
    const theirList = (await asPartner("GET", "/api/v1/contacts")).body.data;
    assert.deepEqual(
      theirList.map((c: { id: string; sourceProgramName: string | null }) => [c.id, c.sourceProgramName]),
      [[lead.body.id, "Spring webinar"]],
    );
  });
});
