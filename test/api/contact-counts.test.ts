// The board's total is kept, not counted: triggers on `contacts` maintain contact_counts. It must
// equal a real count after every way contacts come and go.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { workspaces } from "../../src/store/schema/index.ts";
import { setupApi, type TestApi } from "../support/api.ts";

let api: TestApi;
before(async () => {
  api = await setupApi();
});
after(() => api.close());

async function totals(workspaceId = api.workspaceId) {
  const counted = await api.deps.db.execute<{ n: string }>(
    sql`select count(*) as n from contacts where workspace_id = ${workspaceId}`,
  );
  const kept = await api.deps.db.execute<{ n: string | null }>(
    sql`select sum(n) as n from contact_counts where workspace_id = ${workspaceId}`,
  );
  return { counted: Number(counted.rows[0]!.n), kept: Number(kept.rows[0]!.n ?? 0) };
}

const touch = (email: string) => ({ email, kind: "page_view", occurredAt: new Date().toISOString() });

describe("the kept contact total", () => {
  test("follows creation by the API and by touchpoints, duplicates and deletion", async () => {
    for (let i = 0; i < 3; i++) {
      const res = await api.call("POST", "/api/v1/contacts", { email: `api-${i}-${api.slug}@example.com` });
      assert.equal(res.status, 201);
    }
    // A conflicting create writes nothing.
    assert.equal(
      (await api.call("POST", "/api/v1/contacts", { email: `api-0-${api.slug}@example.com` })).status,
      409,
    );
    // Touchpoints name two new contacts and an existing one, one of the new ones twice.
    const items = [
      `new-a-${api.slug}@example.com`,
      `new-b-${api.slug}@example.com`,
      `api-1-${api.slug}@example.com`,
    ];
    const batch = await api.call("POST", "/api/v1/touchpoints/batch", {
      items: [...items, items[0]!].map(touch),
    });
    assert.equal(batch.body.errors, 0);
    const list = (await api.call("GET", "/api/v1/contacts?limit=100")).body.data;
    assert.equal((await api.call("DELETE", `/api/v1/contacts/${list[0].id}`)).status, 204);

    const t = await totals();
    assert.deepEqual(t, { counted: 4, kept: 4 });
    assert.equal((await api.call("GET", "/api/v1/contacts/temperature-counts")).body.total, 4);
  });

  test("stays exact when concurrent batches create the same new contacts", async () => {
    const emails = Array.from({ length: 40 }, (_, i) => `race-${i}-${api.slug}@example.com`);
    const before = (await totals()).counted;
    const results = await Promise.all(
      [0, 1, 2, 3].map(() => api.call("POST", "/api/v1/touchpoints/batch", { items: emails.map(touch) })),
    );
    for (const r of results) assert.equal(r.status, 200);
    const t = await totals();
    assert.equal(t.counted, before + emails.length);
    assert.equal(t.kept, t.counted);
  });

  test("a deleted workspace takes its counts with it", async () => {
    const other = await setupApi();
    try {
      await other.call("POST", "/api/v1/touchpoints/batch", {
        items: [touch(`gone-${other.slug}@example.com`)],
      });
      assert.deepEqual(await totals(other.workspaceId), { counted: 1, kept: 1 });
      await other.deps.db.delete(workspaces).where(sql`${workspaces.workspaceId} = ${other.workspaceId}`);
      const rows = await other.deps.db.execute(
        sql`select 1 from contact_counts where workspace_id = ${other.workspaceId}`,
      );
      assert.equal(rows.rows.length, 0);
    } finally {
      await other.close();
    }
  });
});
