import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { setupApi, type TestApi } from "../support/api.ts";

let api: TestApi;
before(async () => {
  api = await setupApi();
});
after(() => api.close());

const contactCount = async () =>
  Number(
    (
      await api.deps.db.execute<{ n: string }>(
        sql`select count(*) as n from contacts where workspace_id = ${api.workspaceId}`,
      )
    ).rows[0]!.n,
  );

describe("contacts API", () => {
  test("creates, reads, updates and deletes a contact", async () => {
    const created = await api.call("POST", "/api/v1/contacts", {
      email: "Ada.Lovelace@Example.com",
      firstName: "Ada",
      lastName: "Lovelace",
      occupation: "Engineer",
      properties: { source: "import" },
    });
    assert.equal(created.status, 201);
    assert.equal(created.body.stage, "prospect");
    assert.equal(created.body.temperature, "cold");
    const id = created.body.id;

    const read = await api.call("GET", `/api/v1/contacts/${id}`);
    assert.equal(read.status, 200);
    assert.equal(read.body.occupation, "Engineer");

    const updated = await api.call("PATCH", `/api/v1/contacts/${id}`, {
      title: "CTO",
      stage: "lead",
      stageReason: "replied",
    });
    assert.equal(updated.status, 200);
    assert.equal(updated.body.title, "CTO");
    assert.equal(updated.body.firstName, "Ada");
    assert.equal(updated.body.stage, "lead");
    const history = await api.deps.db.execute<{
      from_stage: string | null;
      to_stage: string;
      reason: string;
    }>(
      sql`select from_stage, to_stage, reason from contact_stage_history where workspace_id = ${api.workspaceId} and contact_id = ${id} order by changed_at, to_stage desc`,
    );
    assert.deepEqual(
      history.rows.map((r) => [r.from_stage, r.to_stage]),
      [
        [null, "prospect"],
        ["prospect", "lead"],
      ],
    );

    assert.equal((await api.call("DELETE", `/api/v1/contacts/${id}`)).status, 204);
    assert.equal((await api.call("GET", `/api/v1/contacts/${id}`)).status, 404);
  });

  test("email is unique per workspace, case-insensitively", async () => {
    assert.equal((await api.call("POST", "/api/v1/contacts", { email: "grace@navy.example" })).status, 201);
    const again = await api.call("POST", "/api/v1/contacts", { email: "GRACE@navy.example" });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, "conflict");
  });

  test("bad input gets a 4xx with a clear message and writes nothing", async () => {
    const before = await contactCount();
    const cases: [unknown, number, RegExp][] = [
      [{ email: "not-an-email" }, 400, /email/],
      [{ email: "x@example.com", shoeSize: 42 }, 400, /shoeSize|Unrecognized/i],
      [{ email: "x@example.com", firstName: 42 }, 400, /firstName/],
      [{ email: "x@example.com", companyId: "01939a4e-7b1c-7cc3-9a52-3f7e4b5d6a10" }, 422, /Company/],
      [{ email: "x@example.com", stage: "won" }, 400, /stage/],
      ['{"email": "x@example.com"', 400, /JSON/i],
    ];
    for (const [body, status, message] of cases) {
      const res = await api.call("POST", "/api/v1/contacts", body);
      assert.equal(res.status, status, JSON.stringify(body));
      assert.match(res.body.error.message, message);
    }
    assert.equal(await contactCount(), before);
  });

  test("lists with cursor pagination, every contact exactly once", async () => {
    const { slug } = api;
    const emails = Array.from({ length: 7 }, (_, i) => `page-${i}-${slug}@example.com`);
    for (const email of emails)
      await api.call("POST", "/api/v1/contacts", { email, lastName: `Pager${slug}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const qs: string = `q=Pager${slug}&limit=3${cursor ? `&cursor=${cursor}` : ""}`;
      const page = await api.call("GET", `/api/v1/contacts?${qs}`);
      assert.equal(page.status, 200);
      assert.ok(page.body.data.length <= 3);
      seen.push(...page.body.data.map((c: { email: string }) => c.email));
      cursor = page.body.nextCursor;
    } while (cursor);
    assert.deepEqual([...seen].sort(), [...emails].sort());
    assert.equal((await api.call("GET", "/api/v1/contacts?cursor=garbage")).status, 400);
  });

  test("needs a valid, unrevoked API key", async () => {
    const anonymous = api.callerFor(null);
    const none = await anonymous("GET", "/api/v1/contacts");
    assert.equal(none.status, 401);
    assert.match(none.body.error.message, /Bearer/);
    assert.equal((await api.callerFor("baton_nope")("GET", "/api/v1/contacts")).status, 401);

    const user = await api.userWithKey("marketing");
    const call = api.callerFor(user.key);
    assert.equal((await call("GET", "/api/v1/contacts")).status, 200);
    await api.deps.db.execute(
      sql`update api_keys set revoked_at = now() where workspace_id = ${api.workspaceId} and id = ${user.keyId}`,
    );
    const revoked = await call("POST", "/api/v1/contacts", { email: "never@example.com" });
    assert.equal(revoked.status, 401);
    assert.match(revoked.body.error.message, /revoked/);
  });

  test("a partner user lists only the contacts its organisation registered", async () => {
    const partner = await api.userWithKey("partner");
    const res = await api.callerFor(partner.key)("GET", "/api/v1/contacts");
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.data, []);
  });

  test("Idempotency-Key replays the first response and rejects a different body", async () => {
    const headers = { "Idempotency-Key": `key-${api.slug}` };
    const first = await api.call(
      "POST",
      "/api/v1/contacts",
      { email: `idem-${api.slug}@example.com` },
      headers,
    );
    const second = await api.call(
      "POST",
      "/api/v1/contacts",
      { email: `idem-${api.slug}@example.com` },
      headers,
    );
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    assert.equal(second.body.id, first.body.id);
    assert.equal(second.headers.get("Idempotent-Replayed"), "true");
    const other = await api.call(
      "POST",
      "/api/v1/contacts",
      { email: `other-${api.slug}@example.com` },
      headers,
    );
    assert.equal(other.status, 422);
    assert.equal(other.body.error.code, "idempotency_mismatch");
  });
});
