// Competitors (battlecards and their win/loss record), objection types, and a deal's competitors
// and objections, through the real HTTP app.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { setupApi, type TestApi } from "../support/api.ts";

let api: TestApi;
let other: TestApi;
let asRep: TestApi["call"];
let asMarketing: TestApi["call"];
let asPartner: TestApi["call"];
let contactId: string;
let lossReasonId: string;
let n = 0;

before(async () => {
  [api, other] = await Promise.all([setupApi(), setupApi()]);
  asRep = api.callerFor((await api.userWithKey("sales")).key);
  asMarketing = api.callerFor((await api.userWithKey("marketing")).key);
  asPartner = api.callerFor((await api.userWithKey("partner")).key);
  const contact = await api.call("POST", "/api/v1/contacts", { email: `buyer-${api.slug}@example.com` });
  assert.equal(contact.status, 201);
  contactId = contact.body.id;
  lossReasonId = (await api.call("GET", "/api/v1/pipelines")).body.lossReasons[0].id;
});
after(() => Promise.all([api?.close(), other?.close()]));

const UNKNOWN = "01939a4e-7b1c-7cc3-9a52-3f7e4b5d6a10";

async function newCompetitor(fields: Record<string, unknown> = {}) {
  const res = await api.call("POST", "/api/v1/competitors", { name: `Rival ${++n} ${api.slug}`, ...fields });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body as { id: string; name: string };
}

async function newDeal(name = `Deal ${++n}`) {
  const res = await asRep("POST", "/api/v1/deals", {
    name,
    contactId,
    amountMinor: 100_000,
    currency: "USD",
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id as string;
}

async function move(dealId: string, body: Record<string, unknown>) {
  const res = await asRep("POST", `/api/v1/deals/${dealId}/move`, body);
  assert.equal(res.status, 200, JSON.stringify(res.body));
}

const setCompetitors = (dealId: string, competitorIds: string[]) =>
  asRep("PUT", `/api/v1/deals/${dealId}/competitors`, { competitorIds });

const namesOn = async (dealId: string) =>
  ((await asRep("GET", `/api/v1/deals/${dealId}/competitors`)).body.data as { name: string }[])
    .map((c) => c.name)
    .sort();

describe("competitors and their battlecards", () => {
  test("marketing writes a battlecard; it reads back with an empty record", async () => {
    const name = `Acme CRM ${api.slug}`;
    const created = await asMarketing("POST", "/api/v1/competitors", {
      name: `  ${name} `,
      website: "https://acme.example.com",
      positioning: "The all-in-one suite for enterprises",
      strengths: "Brand; integrations",
      weaknesses: "Slow onboarding; price",
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.name, name);
    assert.equal(created.body.weaknesses, "Slow onboarding; price");
    assert.deepEqual(
      [created.body.wins, created.body.losses, created.body.open, created.body.winRate],
      [0, 0, 0, null],
    );

    const updated = await asMarketing("PATCH", `/api/v1/competitors/${created.body.id}`, {
      positioning: "Enterprise suite, now moving down-market",
    });
    assert.equal(updated.status, 200);
    assert.equal(updated.body.positioning, "Enterprise suite, now moving down-market");
    assert.equal(updated.body.strengths, "Brand; integrations");

    const read = await asRep("GET", `/api/v1/competitors/${created.body.id}`);
    assert.equal(read.status, 200);
    assert.equal(read.body.positioning, "Enterprise suite, now moving down-market");
    const list = await asRep("GET", "/api/v1/competitors?limit=200");
    assert.equal(list.status, 200);
    assert.ok(list.body.data.some((c: { id: string }) => c.id === created.body.id));

    assert.equal((await api.call("DELETE", `/api/v1/competitors/${created.body.id}`)).status, 204);
    assert.equal((await api.call("GET", `/api/v1/competitors/${created.body.id}`)).status, 404);
  });

  test("bad input is refused with a clear 4xx and nothing is written", async () => {
    const existing = await newCompetitor();
    const count = async () =>
      Number(
        (
          await api.deps.db.execute<{ n: string }>(
            sql`select count(*) as n from competitors where workspace_id = ${api.workspaceId}`,
          )
        ).rows[0]!.n,
      );
    const before = await count();
    for (const [body, status] of [
      [{}, 400],
      [{ name: "   " }, 400],
      [{ name: "X", website: "javascript:alert(1)" }, 400],
      [{ name: "X", website: "not a url" }, 400],
      [{ name: "X", strengths: "s".repeat(5001) }, 400],
      [{ name: "X", colour: "red" }, 400],
      [{ name: existing.name.toUpperCase() }, 409],
    ] as const) {
      const res = await api.call("POST", "/api/v1/competitors", body);
      assert.equal(res.status, status, JSON.stringify(body));
      assert.ok(res.body.error.message.length > 0);
    }
    const dup = await api.call("POST", "/api/v1/competitors", { name: existing.name.toLowerCase() });
    assert.match(dup.body.error.message, /already exists/);
    assert.equal(await count(), before);
    assert.equal((await api.call("PATCH", `/api/v1/competitors/${UNKNOWN}`, { name: "Y" })).status, 404);
  });

  test("sales reads but may not write a battlecard; partner users may not see the list", async () => {
    const rival = await newCompetitor();
    assert.equal((await asRep("GET", `/api/v1/competitors/${rival.id}`)).status, 200);
    assert.equal((await asRep("POST", "/api/v1/competitors", { name: `Sales ${api.slug}` })).status, 403);
    assert.equal((await asRep("PATCH", `/api/v1/competitors/${rival.id}`, { strengths: "x" })).status, 403);
    assert.equal((await asRep("DELETE", `/api/v1/competitors/${rival.id}`)).status, 403);
    assert.equal((await api.call("GET", `/api/v1/competitors/${rival.id}`)).body.strengths, null);
    assert.equal((await asPartner("GET", "/api/v1/competitors")).status, 403);
    assert.equal((await asPartner("GET", `/api/v1/competitors/${rival.id}`)).status, 403);
    assert.equal((await asPartner("GET", `/api/v1/competitors/${rival.id}/deals`)).status, 403);
    assert.equal((await asPartner("POST", "/api/v1/competitors", { name: `P ${api.slug}` })).status, 403);
  });

  test("the win/loss record counts deals naming each competitor by their stage's outcome", async () => {
    const [a, b, c, unused] = [
      await newCompetitor(),
      await newCompetitor(),
      await newCompetitor(),
      await newCompetitor(),
    ];
    const d = [
      await newDeal(),
      await newDeal(),
      await newDeal(),
      await newDeal(),
      await newDeal(),
      await newDeal(),
    ];
    // d0 A+B won · d1 A lost · d2 A+C open · d3 B lost · d4 A won · d5 B lost (after some moves)
    const plan: [string, string[]][] = [
      [d[0]!, [a.id, b.id]],
      [d[1]!, [a.id]],
      [d[2]!, [a.id, c.id]],
      [d[3]!, [b.id]],
      [d[4]!, [a.id]],
      [d[5]!, [b.id]],
    ];
    for (const [deal, ids] of plan) assert.equal((await setCompetitors(deal, ids)).status, 200);
    await move(d[0]!, { stage: "won" });
    await move(d[1]!, { stage: "lost", lossReasonId });
    await move(d[2]!, { stage: "present" });
    await move(d[3]!, { stage: "lost", lossReasonId });
    await move(d[4]!, { stage: "propose" });
    await move(d[4]!, { stage: "won" });
    await move(d[5]!, { stage: "lost", lossReasonId });

    const record = async (id: string) => {
      const res = await asRep("GET", `/api/v1/competitors/${id}`);
      assert.equal(res.status, 200);
      return [res.body.wins, res.body.losses, res.body.open, res.body.winRate];
    };
    assert.deepEqual(await record(a.id), [2, 1, 1, 2 / 3]);
    assert.deepEqual(await record(b.id), [1, 2, 0, 1 / 3]);
    assert.deepEqual(await record(c.id), [0, 0, 1, null]);
    assert.deepEqual(await record(unused.id), [0, 0, 0, null]);

    // The list computes the same numbers.
    const list = (await asRep("GET", "/api/v1/competitors?limit=200")).body.data as {
      id: string;
      wins: number;
      losses: number;
      open: number;
    }[];
    const listed = list.find((x) => x.id === b.id)!;
    assert.deepEqual([listed.wins, listed.losses, listed.open], [1, 2, 0]);

    // Reopening the lost deal moves it back to A's open column.
    await move(d[1]!, { stage: "qualify", reopen: true });
    assert.deepEqual(await record(a.id), [2, 0, 2, 1]);

    const deals = await asRep("GET", `/api/v1/competitors/${a.id}/deals`);
    assert.equal(deals.status, 200);
    assert.deepEqual(
      (deals.body.data as { id: string; outcome: string }[]).map((x) => [x.id, x.outcome]).sort(),
      [
        [d[0]!, "won"],
        [d[1]!, "open"],
        [d[2]!, "open"],
        [d[4]!, "won"],
      ].sort(),
    );
    const firstPage = await asRep("GET", `/api/v1/competitors/${a.id}/deals?limit=3`);
    assert.equal(firstPage.body.data.length, 3);
    const rest = await asRep(
      "GET",
      `/api/v1/competitors/${a.id}/deals?limit=3&cursor=${firstPage.body.nextCursor}`,
    );
    assert.equal(rest.body.data.length, 1);
    assert.equal(rest.body.nextCursor, null);
  });
});

describe("a deal's competitors", () => {
  test("PUT replaces the set and GET returns the full battlecards", async () => {
    const a = await newCompetitor({ positioning: "Cheap and cheerful", weaknesses: "No support" });
    const b = await newCompetitor({ strengths: "Incumbent" });
    const c = await newCompetitor();
    const deal = await newDeal();
    assert.deepEqual(await namesOn(deal), []);

    const first = await setCompetitors(deal, [a.id, b.id, a.id]);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.deepEqual(first.body.data.map((x: { name: string }) => x.name).sort(), [a.name, b.name].sort());
    const cardA = first.body.data.find((x: { id: string }) => x.id === a.id);
    assert.equal(cardA.positioning, "Cheap and cheerful");
    assert.equal(cardA.weaknesses, "No support");

    assert.equal((await setCompetitors(deal, [b.id, c.id])).status, 200);
    assert.deepEqual(await namesOn(deal), [b.name, c.name].sort());
    assert.equal((await setCompetitors(deal, [])).status, 200);
    assert.deepEqual(await namesOn(deal), []);
  });

  test("an unknown competitor id is a 422 and changes nothing", async () => {
    const a = await newCompetitor();
    const b = await newCompetitor();
    const deal = await newDeal();
    await setCompetitors(deal, [a.id]);
    const res = await setCompetitors(deal, [b.id, UNKNOWN]);
    assert.equal(res.status, 422);
    assert.equal(res.body.error.code, "unknown_reference");
    assert.match(res.body.error.message, new RegExp(UNKNOWN));
    assert.deepEqual(await namesOn(deal), [a.name]);

    // A competitor of another workspace is just as unknown here.
    const theirs = await other.call("POST", "/api/v1/competitors", { name: `Theirs ${other.slug}` });
    assert.equal((await setCompetitors(deal, [theirs.body.id])).status, 422);
    assert.deepEqual(await namesOn(deal), [a.name]);

    assert.equal(
      (await asRep("PUT", `/api/v1/deals/${deal}/competitors`, { competitorIds: ["x"] })).status,
      400,
    );
    assert.equal((await asRep("PUT", `/api/v1/deals/${deal}/competitors`, {})).status, 400);
    assert.deepEqual(await namesOn(deal), [a.name]);
  });

  test("marketing reads a deal's competitors but does not set them", async () => {
    const a = await newCompetitor();
    const deal = await newDeal();
    assert.equal(
      (await asMarketing("PUT", `/api/v1/deals/${deal}/competitors`, { competitorIds: [a.id] })).status,
      403,
    );
    assert.equal((await asMarketing("GET", `/api/v1/deals/${deal}/competitors`)).status, 200);
    assert.equal(
      (await api.call("PUT", `/api/v1/deals/${deal}/competitors`, { competitorIds: [a.id] })).status,
      200,
    );
  });
});

describe("objection types", () => {
  test("a workspace gets the default list on first read; admins and marketing extend it", async () => {
    const fresh = await setupApi();
    try {
      const list = await fresh.call("GET", "/api/v1/objection-types");
      assert.equal(list.status, 200);
      const labels = list.body.data.map((t: { label: string }) => t.label);
      for (const label of [
        "Too expensive",
        "No budget this year",
        "Happy with current solution",
        "Not the right time",
        "Needs sign-off from above",
        "Missing a feature",
        "Worried about switching effort",
      ]) {
        assert.ok(labels.includes(label), label);
      }
      assert.equal(labels.length, 7);
      // A second read does not add them again.
      assert.equal((await fresh.call("GET", "/api/v1/objection-types")).body.data.length, 7);
    } finally {
      await fresh.close();
    }
    // A workspace whose first act is adding a type gets the defaults as well as its own.
    const addsFirst = await setupApi();
    try {
      assert.equal((await addsFirst.call("POST", "/api/v1/objection-types", { label: "Legal" })).status, 201);
      const labels = (await addsFirst.call("GET", "/api/v1/objection-types")).body.data.map(
        (t: { label: string }) => t.label,
      );
      assert.equal(labels.length, 8);
      assert.ok(labels.includes("Legal") && labels.includes("Too expensive"));
    } finally {
      await addsFirst.close();
    }

    const added = await asMarketing("POST", "/api/v1/objection-types", { label: "Security review pending" });
    assert.equal(added.status, 201);
    assert.equal(added.body.label, "Security review pending");
    const dup = await api.call("POST", "/api/v1/objection-types", { label: "too EXPENSIVE" });
    assert.equal(dup.status, 409);
    assert.match(dup.body.error.message, /already exists/);
    assert.equal((await api.call("POST", "/api/v1/objection-types", { label: "" })).status, 400);
    assert.equal((await asRep("POST", "/api/v1/objection-types", { label: "Rep's own" })).status, 403);
    assert.equal((await asRep("DELETE", `/api/v1/objection-types/${added.body.id}`)).status, 403);
    const labels = (await asRep("GET", "/api/v1/objection-types")).body.data.map(
      (t: { label: string }) => t.label,
    );
    assert.ok(labels.includes("Security review pending"));
    assert.ok(!labels.includes("Rep's own"));
  });

  test("a type in use cannot be deleted; an unused one can", async () => {
    const unused = await api.call("POST", "/api/v1/objection-types", { label: `Unused ${api.slug}` });
    const used = await api.call("POST", "/api/v1/objection-types", { label: `Used ${api.slug}` });
    const deal = await newDeal();
    assert.equal(
      (await asRep("POST", `/api/v1/deals/${deal}/objections`, { objectionTypeId: used.body.id })).status,
      201,
    );
    const refused = await api.call("DELETE", `/api/v1/objection-types/${used.body.id}`);
    assert.equal(refused.status, 409);
    assert.match(refused.body.error.message, /recorded on 1 deal objection/);
    assert.equal((await api.call("DELETE", `/api/v1/objection-types/${unused.body.id}`)).status, 204);
    assert.equal((await api.call("DELETE", `/api/v1/objection-types/${unused.body.id}`)).status, 404);
    const ids = (await api.call("GET", "/api/v1/objection-types")).body.data.map((t: { id: string }) => t.id);
    assert.ok(ids.includes(used.body.id));
    assert.ok(!ids.includes(unused.body.id));
  });
});

describe("a deal's objections", () => {
  test("with a type, free text, or both; neither is a 400; overcome toggles", async () => {
    const types = (await asRep("GET", "/api/v1/objection-types")).body.data as {
      id: string;
      label: string;
    }[];
    const tooExpensive = types.find((t) => t.label === "Too expensive")!;
    const deal = await newDeal();
    const url = `/api/v1/deals/${deal}/objections`;

    const typed = await asRep("POST", url, { objectionTypeId: tooExpensive.id });
    assert.equal(typed.status, 201, JSON.stringify(typed.body));
    assert.equal(typed.body.label, "Too expensive");
    assert.equal(typed.body.text, null);
    assert.equal(typed.body.overcome, false);
    assert.equal(typed.body.raisedByName, "sales user");

    const free = await asRep("POST", url, { text: "  Their CFO wants <b>net 90</b>  " });
    assert.equal(free.status, 201);
    assert.equal(free.body.label, null);
    assert.equal(free.body.text, "Their CFO wants <b>net 90</b>");

    const both = await asRep("POST", url, {
      objectionTypeId: tooExpensive.id,
      text: "20% over budget",
      overcome: true,
    });
    assert.equal(both.status, 201);
    assert.equal(both.body.label, "Too expensive");
    assert.equal(both.body.overcome, true);

    const count = async () => (await asRep("GET", url)).body.data.length;
    assert.equal(await count(), 3);
    for (const [body, status] of [
      [{}, 400],
      [{ text: "   " }, 400],
      [{ objectionTypeId: null, text: null }, 400],
      [{ text: "x", mood: "grumpy" }, 400],
      [{ objectionTypeId: "nope" }, 400],
      [{ objectionTypeId: UNKNOWN }, 422],
    ] as const) {
      const res = await asRep("POST", url, body);
      assert.equal(res.status, status, JSON.stringify(body));
    }
    const neither = await asRep("POST", url, {});
    assert.match(neither.body.error.message, /type from the list.*text/);
    assert.equal(await count(), 3);

    const overcome = await asRep("PATCH", `/api/v1/deal-objections/${typed.body.id}`, { overcome: true });
    assert.equal(overcome.status, 200);
    assert.equal(overcome.body.overcome, true);
    const back = await asRep("PATCH", `/api/v1/deal-objections/${typed.body.id}`, { overcome: false });
    assert.equal(back.body.overcome, false);
    const listed = (await asRep("GET", url)).body.data as {
      id: string;
      overcome: boolean;
      label: string | null;
    }[];
    assert.deepEqual(
      listed.map((o) => o.id),
      [typed.body.id, free.body.id, both.body.id],
    );
    assert.equal(listed[0]!.overcome, false);
    assert.equal(listed[2]!.overcome, true);

    // Text can change, but a text-only objection cannot lose its text.
    const edited = await asRep("PATCH", `/api/v1/deal-objections/${free.body.id}`, {
      text: "Net 60 at most",
    });
    assert.equal(edited.body.text, "Net 60 at most");
    const emptied = await asRep("PATCH", `/api/v1/deal-objections/${free.body.id}`, { text: null });
    assert.equal(emptied.status, 400);
    assert.equal((await asRep("GET", url)).body.data[1].text, "Net 60 at most");
    const typedText = await asRep("PATCH", `/api/v1/deal-objections/${both.body.id}`, { text: "" });
    assert.equal(typedText.status, 200);
    assert.equal(typedText.body.text, null);
    assert.equal((await asRep("PATCH", `/api/v1/deal-objections/${both.body.id}`, {})).status, 400);

    assert.equal((await asRep("DELETE", `/api/v1/deal-objections/${free.body.id}`)).status, 204);
    assert.equal((await asRep("DELETE", `/api/v1/deal-objections/${free.body.id}`)).status, 404);
    assert.equal(await count(), 2);
  });

  test("marketing reads objections but does not record them", async () => {
    const deal = await newDeal();
    assert.equal((await asMarketing("POST", `/api/v1/deals/${deal}/objections`, { text: "x" })).status, 403);
    assert.equal((await asMarketing("GET", `/api/v1/deals/${deal}/objections`)).status, 200);
  });
});

describe("another workspace's deals are out of sight", () => {
  test("its deals and objections are 404 here, and nothing is written", async () => {
    const theirContact = await other.call("POST", "/api/v1/contacts", {
      email: `x-${other.slug}@example.com`,
    });
    const theirDeal = (
      await other.call("POST", "/api/v1/deals", {
        name: "Theirs",
        contactId: theirContact.body.id,
        amountMinor: 1,
        currency: "USD",
      })
    ).body.id as string;
    const theirObjection = await other.call("POST", `/api/v1/deals/${theirDeal}/objections`, {
      text: "Theirs",
    });
    assert.equal(theirObjection.status, 201);
    const ours = await newCompetitor();

    for (const [method, path, body] of [
      ["GET", `/api/v1/deals/${theirDeal}/competitors`],
      ["PUT", `/api/v1/deals/${theirDeal}/competitors`, { competitorIds: [ours.id] }],
      ["PUT", `/api/v1/deals/${theirDeal}/competitors`, { competitorIds: [] }],
      ["GET", `/api/v1/deals/${theirDeal}/objections`],
      ["POST", `/api/v1/deals/${theirDeal}/objections`, { text: "sneaky" }],
      ["PATCH", `/api/v1/deal-objections/${theirObjection.body.id}`, { overcome: true }],
      ["DELETE", `/api/v1/deal-objections/${theirObjection.body.id}`],
      ["GET", `/api/v1/deals/${UNKNOWN}/objections`],
    ] as const) {
      const res = await api.call(method, path, body);
      assert.equal(res.status, 404, `${method} ${path}`);
    }
    const theirs = (await other.call("GET", `/api/v1/deals/${theirDeal}/objections`)).body.data;
    assert.equal(theirs.length, 1);
    assert.equal(theirs[0].overcome, false);
    assert.deepEqual((await other.call("GET", `/api/v1/deals/${theirDeal}/competitors`)).body.data, []);
  });
});

test("every competition route is in the OpenAPI document", async () => {
  const doc = (await api.call("GET", "/api/openapi.json")).body;
  const expected: [string, string[]][] = [
    ["/api/v1/competitors", ["get", "post"]],
    ["/api/v1/competitors/{id}", ["get", "patch", "delete"]],
    ["/api/v1/competitors/{id}/deals", ["get"]],
    ["/api/v1/objection-types", ["get", "post"]],
    ["/api/v1/objection-types/{id}", ["delete"]],
    ["/api/v1/deals/{id}/competitors", ["get", "put"]],
    ["/api/v1/deals/{id}/objections", ["get", "post"]],
    ["/api/v1/deal-objections/{id}", ["patch", "delete"]],
  ];
  for (const [path, methods] of expected) {
    for (const method of methods) assert.ok(doc.paths[path]?.[method], `${method} ${path}`);
  }
});
