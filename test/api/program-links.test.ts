import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { setupApi, TEST_PUBLIC_URL, type TestApi } from "../support/api.ts";

// The API's clock is pinned, so every click of a test falls on the same UTC day.
const NOW = new Date("2026-06-01T12:00:00Z");

let api: TestApi;
let programId: string;
let campaign: string;
before(async () => {
  api = await setupApi({ now: () => NOW });
  campaign = `spring-${api.slug}`;
  const program = await api.call("POST", "/api/v1/programs", {
    name: "Spring newsletter",
    channel: "email",
    currency: "EUR",
    utmCampaign: campaign,
  });
  assert.equal(program.status, 201);
  programId = program.body.id;
});
after(() => api.close());

const linksPath = () => `/api/v1/programs/${programId}/links`;

async function newLink(body: Record<string, unknown> = {}) {
  const res = await api.call("POST", linksPath(), {
    targetUrl: "https://shop.example.com/pricing?plan=pro#compare",
    utmSource: "newsletter",
    utmMedium: "email",
    label: "Pricing",
    ...body,
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body;
}

/** A public request to the app, without following redirects. */
async function visit(path: string) {
  const res = await api.app.request(path);
  return {
    status: res.status,
    location: res.headers.get("location"),
    headers: res.headers,
    text: await res.text(),
  };
}

const pathOf = (url: string) => url.slice(TEST_PUBLIC_URL.length);

async function newContact(email: string) {
  const res = await api.call("POST", "/api/v1/contacts", { email });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id as string;
}

async function linkClicks(contactId: string) {
  return (
    await api.deps.db.execute<{
      program_id: string;
      properties: Record<string, unknown>;
      external_id: string;
    }>(
      sql`select program_id, properties, external_id from touchpoints
          where workspace_id = ${api.workspaceId} and contact_id = ${contactId} and kind = 'link_click'`,
    )
  ).rows;
}

async function listed(linkId: string) {
  const res = await api.call("GET", linksPath());
  assert.equal(res.status, 200);
  return res.body.data.find((l: { id: string }) => l.id === linkId);
}

async function personalUrl(linkId: string, contactId: string) {
  const res = await api.call("GET", `${linksPath()}/${linkId}/personal-url?contactId=${contactId}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.url as string;
}

describe("minting tracked links", () => {
  test("a link gets a short code, the short URL and the target with UTM appended, its own query kept", async () => {
    const link = await newLink();
    assert.match(link.code, /^[A-Za-z0-9_-]{12}$/);
    assert.equal(link.shortUrl, `${TEST_PUBLIC_URL}/l/${link.code}`);
    // The campaign defaults to the program's key.
    assert.equal(link.utmCampaign, campaign);
    assert.equal(
      link.trackedUrl,
      `https://shop.example.com/pricing?plan=pro&utm_source=newsletter&utm_medium=email&utm_campaign=${campaign}#compare`,
    );
    assert.deepEqual(link.clicks, { known: 0, knownContacts: 0, anonymous: 0 });
    assert.equal(link.archived, false);
  });

  test("UTM values are percent-encoded; an explicit campaign replaces the program's", async () => {
    const link = await newLink({
      targetUrl: "https://shop.example.com/",
      utmSource: "partner site",
      utmMedium: null,
      utmCampaign: "a&b=c",
      utmContent: "hero",
      utmTerm: "crm tool",
    });
    assert.equal(
      link.trackedUrl,
      "https://shop.example.com/?utm_source=partner%20site&utm_campaign=a%26b%3Dc&utm_content=hero&utm_term=crm%20tool",
    );
  });

  test("only absolute http(s) targets without credentials or UTM parameters of their own are stored", async () => {
    for (const [targetUrl, words] of [
      ["javascript:alert(1)", "http:// or https://"],
      ["ftp://files.example.com/a", "http:// or https://"],
      ["//evil.example.com/", "not a valid address"],
      ["/relative/path", "not a valid address"],
      ["https://user:secret@evil.example.com/", "user name or password"],
      ["https://shop.example.com/?utm_source=x", "already has utm_source"],
      [`https://shop.example.com/${"a".repeat(2000)}`, "longer than 2000"],
    ]) {
      const res = await api.call("POST", linksPath(), { targetUrl, utmSource: "newsletter" });
      assert.equal(res.status, 400, targetUrl);
      const issue = res.body.error.details.issues[0];
      assert.equal(issue.path, "targetUrl");
      assert.match(issue.message, new RegExp(words.replace(/[/.]/g, "\\$&")), targetUrl);
    }
    const noSource = await api.call("POST", linksPath(), { targetUrl: "https://shop.example.com/" });
    assert.equal(noSource.status, 400);
    assert.equal(noSource.body.error.details.issues[0].path, "utmSource");
  });

  test("an unknown program is 404", async () => {
    const res = await api.call("POST", "/api/v1/programs/01939a4e-7b1c-7cc3-9a52-3f7e4b5d6a10/links", {
      targetUrl: "https://shop.example.com/",
      utmSource: "x",
    });
    assert.equal(res.status, 404);
  });

  test("the list holds the program's links, newest first, archived ones marked", async () => {
    const first = await newLink({ label: "first" });
    const second = await newLink({ label: "second" });
    const archived = await api.call("POST", `${linksPath()}/${first.id}/archive`);
    assert.equal(archived.status, 200);
    assert.equal(archived.body.archived, true);
    const res = await api.call("GET", linksPath());
    const ids = res.body.data.map((l: { id: string }) => l.id);
    assert.ok(ids.indexOf(second.id) < ids.indexOf(first.id));
    assert.equal(res.body.data.find((l: { id: string }) => l.id === first.id).archived, true);
    // An archived link keeps redirecting: it may be printed somewhere.
    assert.equal((await visit(`/l/${first.code}`)).status, 302);
  });
});

describe("the public redirect", () => {
  test("goes only to the stored target, whatever the request says", async () => {
    const link = await newLink();
    const plain = await visit(`/l/${link.code}`);
    assert.equal(plain.status, 302);
    assert.equal(plain.location, link.trackedUrl);
    assert.equal(plain.headers.get("cache-control"), "no-store");
    for (const query of [
      "?url=https://evil.example.com/",
      "?next=//evil.example.com",
      "?redirect=https%3A%2F%2Fevil.example.com",
      "?c=https://evil.example.com/",
    ]) {
      const res = await visit(`/l/${link.code}${query}`);
      assert.equal(res.status, 302, query);
      assert.equal(res.location, link.trackedUrl, query);
    }
  });

  test("a path that is not exactly a code is a plain 404 page, never a redirect", async () => {
    const link = await newLink();
    for (const path of [
      "/l/AAAAAAAAAAAA",
      "/l//evil.example.com",
      "/l/%2F%2Fevil.example.com",
      `/l/${link.code}%2F%2Fevil.example.com`,
      `/l/${link.code}%3Furl%3Dhttps%3A%2F%2Fevil.example.com`,
      `/l/${link.code.slice(0, 11)}`,
      "/l/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    ]) {
      const res = await visit(path);
      assert.equal(res.status, 404, path);
      assert.equal(res.location, null, path);
      assert.ok(!res.text.includes("<script>"), path);
    }
    const unknown = await visit("/l/AAAAAAAAAAAA");
    assert.match(unknown.headers.get("content-type") ?? "", /^text\/html/);
    assert.match(unknown.text, /Link not found/);
  });

  test("a click without a valid contact token counts as anonymous, never an error", async () => {
    const link = await newLink();
    const contactId = await newContact(`anon-${api.slug}@example.com`);
    const good = await personalUrl(link.id, contactId);
    const token = new URL(good).searchParams.get("c")!;
    const tampered = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    for (const query of ["", "?c=", "?c=not-a-token", `?c=${tampered}`, `?c=${token}x`]) {
      const res = await visit(`/l/${link.code}${query}`);
      assert.equal(res.status, 302, query);
      assert.equal(res.location, link.trackedUrl, query);
    }
    assert.equal((await linkClicks(contactId)).length, 0);
    assert.deepEqual((await listed(link.id)).clicks, { known: 0, knownContacts: 0, anonymous: 5 });
    const days = await api.deps.db.execute<{ day: string; clicks: number }>(
      sql`select day::text, clicks from program_link_clicks where workspace_id = ${api.workspaceId} and link_id = ${link.id}`,
    );
    assert.deepEqual(days.rows, [{ day: "2026-06-01", clicks: 5 }]);
  });

  test("a contact's token works only on its own link", async () => {
    const one = await newLink();
    const other = await newLink();
    const contactId = await newContact(`cross-${api.slug}@example.com`);
    const token = new URL(await personalUrl(one.id, contactId)).searchParams.get("c");
    const res = await visit(`/l/${other.code}?c=${token}`);
    assert.equal(res.location, other.trackedUrl);
    assert.equal((await linkClicks(contactId)).length, 0);
    assert.equal((await listed(other.id)).clicks.anonymous, 1);
  });

  test("a known click records one touchpoint for the program and makes a prospect a lead", async () => {
    const link = await newLink();
    const contactId = await newContact(`known-${api.slug}@example.com`);
    assert.equal((await api.call("GET", `/api/v1/contacts/${contactId}`)).body.stage, "prospect");
    const url = await personalUrl(link.id, contactId);
    assert.ok(url.startsWith(`${link.shortUrl}?c=`));
    // Deterministic: asking again gives the same URL.
    assert.equal(await personalUrl(link.id, contactId), url);

    const res = await visit(pathOf(url));
    assert.equal(res.status, 302);
    assert.equal(res.location, link.trackedUrl);
    const clicks = await linkClicks(contactId);
    assert.equal(clicks.length, 1);
    assert.equal(clicks[0]!.program_id, programId);
    assert.equal(clicks[0]!.properties.linkId, link.id);
    assert.equal(clicks[0]!.properties.utm_campaign, campaign);
    const contact = await api.call("GET", `/api/v1/contacts/${contactId}`);
    assert.equal(contact.body.stage, "lead");
    assert.ok(contact.body.score > 0);

    // The same contact clicking again that day is still one touchpoint, and never anonymous.
    await visit(pathOf(url));
    assert.equal((await linkClicks(contactId)).length, 1);
    assert.deepEqual((await listed(link.id)).clicks, { known: 1, knownContacts: 1, anonymous: 0 });
  });

  test("personal URLs need a link of the program and a contact of the workspace", async () => {
    const link = await newLink();
    const missing = "01939a4e-7b1c-7cc3-9a52-3f7e4b5d6a10";
    const noContact = await api.call("GET", `${linksPath()}/${link.id}/personal-url?contactId=${missing}`);
    assert.equal(noContact.status, 404);
    const contactId = await newContact(`pu-${api.slug}@example.com`);
    const noLink = await api.call("GET", `${linksPath()}/${missing}/personal-url?contactId=${contactId}`);
    assert.equal(noLink.status, 404);
  });
});

describe("who may do what", () => {
  test("marketing creates, sales reads but cannot create or archive, partners see nothing", async () => {
    const marketing = api.callerFor((await api.userWithKey("marketing")).key);
    const sales = api.callerFor((await api.userWithKey("sales")).key);
    const partner = api.callerFor((await api.userWithKey("partner")).key);
    const body = { targetUrl: "https://shop.example.com/", utmSource: "x" };

    const made = await marketing("POST", linksPath(), body);
    assert.equal(made.status, 201);
    assert.equal((await sales("POST", linksPath(), body)).status, 403);
    assert.equal((await sales("GET", linksPath())).status, 200);
    assert.equal((await sales("POST", `${linksPath()}/${made.body.id}/archive`)).status, 403);
    const contactId = await newContact(`rights-${api.slug}@example.com`);
    assert.equal(
      (await sales("GET", `${linksPath()}/${made.body.id}/personal-url?contactId=${contactId}`)).status,
      200,
    );
    assert.equal((await partner("GET", linksPath())).status, 403);
    assert.equal((await partner("POST", linksPath(), body)).status, 403);
    assert.equal(
      (await partner("GET", `${linksPath()}/${made.body.id}/personal-url?contactId=${contactId}`)).status,
      403,
    );
  });
});

describe("UTM campaigns on API touchpoints", () => {
  const programOf = async (touchpointId: string) =>
    (
      await api.deps.db.execute<{ program_id: string | null }>(
        sql`select program_id from touchpoints where workspace_id = ${api.workspaceId} and id = ${touchpointId}`,
      )
    ).rows[0]!.program_id;

  test("a single touchpoint carrying utm_campaign and no programId gets the program", async () => {
    const res = await api.call("POST", "/api/v1/touchpoints", {
      email: `utm-one-${api.slug}@example.com`,
      kind: "page_view",
      occurredAt: NOW.toISOString(),
      properties: { utm_source: "newsletter", utm_campaign: campaign },
    });
    assert.equal(res.status, 201);
    assert.equal(await programOf(res.body.touchpointId), programId);
  });

  test("in a batch: the key matches exactly, an explicit programId (or null) wins, an unknown campaign is no program", async () => {
    const other = await api.call("POST", "/api/v1/programs", {
      name: "Other",
      channel: "advertising",
      currency: "EUR",
      utmCampaign: `other-${api.slug}`,
    });
    const item = (n: number, extra: Record<string, unknown>) => ({
      email: `utm-batch-${n}-${api.slug}@example.com`,
      kind: "ad_click",
      occurredAt: NOW.toISOString(),
      ...extra,
    });
    const res = await api.call("POST", "/api/v1/touchpoints/batch", {
      items: [
        item(1, { properties: { utm_campaign: campaign } }),
        item(2, { properties: { utm_campaign: campaign.toUpperCase() } }),
        item(3, { properties: { utm_campaign: "no-such-campaign" } }),
        item(4, { programId: other.body.id, properties: { utm_campaign: campaign } }),
        item(5, { programId: null, properties: { utm_campaign: campaign } }),
        item(6, { properties: { utm_campaign: `other-${api.slug}` } }),
        item(7, { properties: { utm_campaign: 42 } }),
      ],
    });
    assert.equal(res.status, 200);
    assert.equal(res.body.created, 7);
    const programs = await Promise.all(
      res.body.results.map((r: { touchpointId: string }) => programOf(r.touchpointId)),
    );
    assert.deepEqual(programs, [programId, null, null, other.body.id, null, other.body.id, null]);
  });
});
