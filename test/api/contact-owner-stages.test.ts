// Which stage changes keep a contact's owner: only a move back from sales clears it. A contact
// entered as a lead with an owner keeps that owner; one recycled from sales loses its sales owner.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { setupApi, type TestApi } from "../support/api.ts";

let api: TestApi;
let rep: string;

before(async () => {
  api = await setupApi();
  rep = (await api.userWithKey("sales")).userId;
});
after(() => api.close());

test("a contact entered as a lead with an owner keeps the owner", async () => {
  const created = await api.call("POST", "/api/v1/contacts", {
    email: `lead-${api.slug}@example.com`,
    stage: "lead",
    ownerId: rep,
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.deepEqual([created.body.stage, created.body.ownerId], ["lead", rep]);
  const stored = (await api.call("GET", `/api/v1/contacts/${created.body.id}`)).body;
  assert.equal(stored.ownerId, rep);
});

test("a contact recycled from sales goes back to marketing without its sales owner", async () => {
  const created = await api.call("POST", "/api/v1/contacts", {
    email: `insales-${api.slug}@example.com`,
    stage: "in_sales",
    ownerId: rep,
  });
  assert.equal(created.body.ownerId, rep);
  const recycled = await api.call("PATCH", `/api/v1/contacts/${created.body.id}`, {
    stage: "recycled",
    stageReason: "No budget this year",
  });
  assert.equal(recycled.status, 200, JSON.stringify(recycled.body));
  assert.deepEqual([recycled.body.stage, recycled.body.ownerId], ["recycled", null]);
});
