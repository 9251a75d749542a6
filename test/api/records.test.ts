import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { setupApi, type TestApi } from "../support/api.ts";

let api: TestApi;
before(async () => {
  api = await setupApi();
});
after(() => api.close());

describe("companies and programs", () => {
  test("a company's domain is unique in the workspace, whatever its case", async () => {
    const domain = `${api.slug}.example.com`;
    const first = await api.call("POST", "/api/v1/companies", { name: "Acme", domain });
    assert.equal(first.status, 201);
    assert.equal(first.body.domain, domain);
    const again = await api.call("POST", "/api/v1/companies", {
      name: "Acme again",
      domain: domain.toUpperCase(),
    });
    assert.equal(again.status, 409);
    assert.equal(
      (await api.call("POST", "/api/v1/companies", { name: "Bad", domain: "not a domain" })).status,
      400,
    );
    const patched = await api.call("PATCH", `/api/v1/companies/${first.body.id}`, {
      industry: "Manufacturing",
    });
    assert.equal(patched.body.industry, "Manufacturing");
    assert.equal(patched.body.name, "Acme");
  });

  test("a company with contacts cannot be deleted; an empty one can", async () => {
    const company = (await api.call("POST", "/api/v1/companies", { name: "Busy Ltd" })).body;
    const contact = await api.call("POST", "/api/v1/contacts", {
      email: `busy-${api.slug}@example.com`,
      companyId: company.id,
    });
    assert.equal(contact.status, 201);
    assert.equal(contact.body.companyName, "Busy Ltd");
    const refused = await api.call("DELETE", `/api/v1/companies/${company.id}`);
    assert.equal(refused.status, 409);
    assert.equal((await api.call("DELETE", `/api/v1/contacts/${contact.body.id}`)).status, 204);
    assert.equal((await api.call("DELETE", `/api/v1/companies/${company.id}`)).status, 204);
    assert.equal((await api.call("GET", `/api/v1/companies/${company.id}`)).status, 404);
  });

  test("programs: money in minor units, a known channel, dates in order, a unique UTM key", async () => {
    const good = {
      name: "Data Summit booth",
      channel: "trade_show",
      currency: "USD",
      budgetMinor: 1_500_000,
      startsOn: "2026-03-01",
      endsOn: "2026-03-03",
      callToAction: "Book a demo at booth 42",
      utmCampaign: `summit-${api.slug}`,
    };
    const created = await api.call("POST", "/api/v1/programs", good);
    assert.equal(created.status, 201);
    assert.equal(created.body.budgetMinor, 1_500_000);
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ budgetMinor: 12.5 }, /integer/],
      [{ budgetMinor: -1 }, /budgetMinor/],
      [{ costMinor: 100 }, /costMinor/],
      [{ currency: "usd" }, /ISO 4217/],
      [{ channel: "carrier_pigeon" }, /channel/],
      [{ endsOn: "2026-02-01" }, /endsOn/],
    ];
    for (const [change, message] of bad) {
      const res = await api.call("POST", "/api/v1/programs", { ...good, utmCampaign: null, ...change });
      assert.equal(res.status, 400, JSON.stringify(change));
      assert.match(res.body.error.message, message);
    }
    assert.equal((await api.call("POST", "/api/v1/programs", good)).status, 409);
    const list = await api.call("GET", "/api/v1/programs?limit=200");
    assert.equal(list.body.data.filter((p: { name: string }) => p.name === good.name).length, 1);
  });

  test("sales users read programs but only marketing and admins change them", async () => {
    const sales = api.callerFor((await api.userWithKey("sales")).key);
    assert.equal((await sales("GET", "/api/v1/programs")).status, 200);
    const res = await sales("POST", "/api/v1/programs", { name: "x", channel: "email", currency: "EUR" });
    assert.equal(res.status, 403);
  });
});

describe("deleting a program", () => {
  const newProgram = async (name: string) => {
    const res = await api.call("POST", "/api/v1/programs", { name, channel: "email", currency: "EUR" });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id as string;
  };

  test("an unused program goes with its cost lines, tracked links and their clicks", async () => {
    const id = await newProgram("Never sent");
    const cost = await api.call("POST", `/api/v1/programs/${id}/costs`, {
      incurredOn: "2026-03-01",
      amountMinor: 5_000,
    });
    assert.equal(cost.status, 201, JSON.stringify(cost.body));
    const link = await api.call("POST", `/api/v1/programs/${id}/links`, {
      targetUrl: "https://shop.example.com/",
      utmSource: "flyer",
    });
    assert.equal(link.status, 201, JSON.stringify(link.body));
    assert.equal((await api.app.request(`/l/${link.body.code}`)).status, 302); // an anonymous click

    assert.equal((await api.call("DELETE", `/api/v1/programs/${id}`)).status, 204);
    assert.equal((await api.call("GET", `/api/v1/programs/${id}`)).status, 404);
    assert.equal((await api.call("GET", `/api/v1/programs/${id}/costs`)).status, 404);
    assert.equal((await api.app.request(`/l/${link.body.code}`)).status, 404);
    const left = await api.deps.db.execute<{ n: number }>(sql`
      select (select count(*) from program_costs where workspace_id = ${api.workspaceId} and program_id = ${id})
        + (select count(*) from program_links where workspace_id = ${api.workspaceId} and program_id = ${id})
        + (select count(*) from program_link_clicks where workspace_id = ${api.workspaceId} and link_id = ${link.body.id})
        as n`);
    assert.equal(Number(left.rows[0]!.n), 0);
    assert.equal((await api.call("DELETE", `/api/v1/programs/${id}`)).status, 404);
  });

  test("a program that touched a contact or made a lead is refused with 409: archive it instead", async () => {
    const touched = await newProgram("Sent once");
    const made = await newProgram("Made a lead");
    for (const [programId, kind] of [
      [touched, "email_sent"],
      [made, "email_click"],
    ] as const) {
      const res = await api.call("POST", "/api/v1/touchpoints", {
        email: `${kind}-${api.slug}@example.com`,
        kind,
        programId,
        occurredAt: new Date().toISOString(),
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
    }
    assert.equal((await api.call("GET", `/api/v1/programs/${made}`)).body.leads, 1);
    for (const id of [touched, made]) {
      const refused = await api.call("DELETE", `/api/v1/programs/${id}`);
      assert.equal(refused.status, 409);
      assert.equal(refused.body.error.code, "conflict");
      assert.match(refused.body.error.message, /cannot be deleted: archive it instead/);
      assert.equal((await api.call("GET", `/api/v1/programs/${id}`)).status, 200);
    }
  });

  test("marketing may delete a program; sales may not", async () => {
    const id = await newProgram("Someone else's idea");
    const sales = api.callerFor((await api.userWithKey("sales")).key);
    const forbidden = await sales("DELETE", `/api/v1/programs/${id}`);
    assert.equal(forbidden.status, 403);
    assert.equal((await api.call("GET", `/api/v1/programs/${id}`)).status, 200);
    const marketing = api.callerFor((await api.userWithKey("marketing")).key);
    assert.equal((await marketing("DELETE", `/api/v1/programs/${id}`)).status, 204);
  });
});

describe("the API document", () => {
  test("OpenAPI 3.1 describes every resource and the reference page is served", async () => {
    const doc = await api.call("GET", "/api/openapi.json");
    assert.equal(doc.status, 200);
    assert.equal(doc.body.openapi, "3.1.0");
    for (const path of [
      "/api/v1/contacts",
      "/api/v1/contacts/{id}",
      "/api/v1/contacts/{id}/timeline",
      "/api/v1/contacts/{id}/score",
      "/api/v1/companies",
      "/api/v1/programs/{id}",
      "/api/v1/touchpoints",
      "/api/v1/touchpoints/batch",
      "/api/v1/settings/scoring",
    ]) {
      assert.ok(doc.body.paths[path], `${path} is documented`);
    }
    assert.match(doc.body.paths["/api/v1/touchpoints/batch"].post.description, /Per-item errors/);
    const page = await api.app.request("/api/docs");
    assert.equal(page.status, 200);
    assert.match(await page.text(), /\/api\/docs\/scalar\.js/);
  });

  test("unknown API routes answer a JSON 404", async () => {
    const res = await api.call("GET", "/api/v1/nothing-here");
    assert.equal(res.status, 404);
    assert.equal(res.body.error.code, "not_found");
  });
});
