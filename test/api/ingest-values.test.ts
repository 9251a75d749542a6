// The batch statements pass their rows as arrays (store/queries/unnest.ts): whatever a client
// sends must come back from the database exactly as sent, and numbers to the last bit.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { sql } from "drizzle-orm";
import { applyTouches, weightOf } from "../../src/domain/temperature.ts";
import { loadScoringSettings } from "../../src/store/queries/scoring.ts";
import { setupApi, type TestApi } from "../support/api.ts";

const NOW = new Date("2026-06-01T12:00:00Z");
let api: TestApi;
before(async () => {
  api = await setupApi({ now: () => NOW });
});
after(() => api.close());

test("external ids and properties that look like array syntax are stored exactly as sent", async () => {
  const awkward = [
    'quote " inside',
    "back\\slash",
    "NULL",
    "",
    "{a,b}",
    "comma, space",
    "josé ✓",
    "tab\there",
  ];
  const items = awkward.map((value, i) => ({
    email: `values-${i}-${api.slug}@example.com`,
    kind: "page_view",
    occurredAt: new Date(NOW.getTime() - (i + 1) * 60_000).toISOString(),
    externalId: `${api.slug}-${value}`,
    properties: { value, 'key "quoted"': value, quote: '"', n: 1.25, none: null },
  }));
  const res = await api.call("POST", "/api/v1/touchpoints/batch", { items });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(res.body.created, awkward.length);
  const stored = await api.deps.db.execute<{ external_id: string; properties: unknown }>(
    sql`select external_id, properties from touchpoints where workspace_id = ${api.workspaceId}
      and external_id like ${`${api.slug}-%`}`,
  );
  const byId = new Map(stored.rows.map((r) => [r.external_id, r.properties]));
  for (const item of items) assert.deepEqual(byId.get(item.externalId), item.properties, item.externalId);
  // A resend is recognised by those same ids: all duplicates.
  const again = await api.call("POST", "/api/v1/touchpoints/batch", { items });
  assert.equal(again.body.created, 0);
  assert.deepEqual(
    again.body.results.map((r: { status: string }) => r.status),
    items.map(() => "duplicate"),
  );
});

test("the stored score is the domain's double exactly (no rounding on the way to the database)", async () => {
  const email = `exact-${api.slug}@example.com`;
  // Touches at instants that make E₀ a long fraction.
  const items = [7, 13, 29].map((minutes) => ({
    email,
    kind: "page_view",
    occurredAt: new Date(NOW.getTime() - minutes * 60_000 - 123).toISOString(),
  }));
  const res = await api.call("POST", "/api/v1/touchpoints/batch", { items });
  const contactId = res.body.results[0].contactId as string;
  const row = (
    await api.deps.db.execute<{ e0: number; t0: unknown; text: string }>(
      sql`select e0, t0, e0::text as text from contact_scores where workspace_id = ${api.workspaceId} and contact_id = ${contactId}`,
    )
  ).rows[0]!;
  // The domain's value for these touches, recomputed in the same process.
  const settings = await loadScoringSettings(api.deps.db, api.workspaceId);
  const expected = applyTouches(
    { e0: 0, t0: null },
    items.map((i) => ({ weight: weightOf("page_view", settings), at: new Date(i.occurredAt).getTime() })),
    settings.halfLifeMs,
  );
  assert.equal(Number(row.e0), expected.e0);
  assert.equal(Number(row.text), expected.e0);
});
