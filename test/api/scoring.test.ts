import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { engagementFromTouches } from "../../src/domain/explain.ts";
import {
  applyTouches,
  EMPTY_STATE,
  type ScoringSettings,
  scoreOf,
  temperatureOf,
} from "../../src/domain/temperature.ts";
import { setupApi, type TestApi } from "../support/api.ts";

const NOW = new Date("2026-06-01T12:00:00Z");
const HOUR = 3_600_000;
const KINDS = ["page_view", "form_submit", "meeting", "unsubscribe", "webinar", "call"] as const;

let api: TestApi;
before(async () => {
  api = await setupApi({ now: () => NOW });
});
after(() => api.close());

// A seeded generator so the fixture is the same on every run.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function loadFixture(contacts: number) {
  const random = rng(42);
  const items = [];
  for (let c = 0; c < contacts; c++) {
    const n = 1 + Math.floor(random() * 8);
    for (let i = 0; i < n; i++) {
      items.push({
        email: `fx-${c}-${api.slug}@example.com`,
        kind: KINDS[Math.floor(random() * KINDS.length)]!,
        occurredAt: new Date(NOW.getTime() - random() * 40 * 24 * HOUR).toISOString(),
      });
    }
  }
  for (let i = 0; i < items.length; i += 1000) {
    const res = await api.call("POST", "/api/v1/touchpoints/batch", { items: items.slice(i, i + 1000) });
    assert.equal(res.status, 200);
    assert.equal(res.body.errors, 0);
  }
}

type Stored = {
  id: string;
  score_e0: number;
  score_t0: string;
  hot_until: string | null;
  warm_until: string | null;
};

/** Recomputes every contact with the domain functions, independently of the SQL rescore. */
async function assertStoredMatchesDomain(settings: ScoringSettings) {
  const touches = await api.deps.db.execute<{ contact_id: string; kind: string; t: number }>(sql`
    select contact_id, kind, extract(epoch from occurred_at) * 1000 as t from touchpoints where workspace_id = ${api.workspaceId}`);
  const byContact = new Map<string, { weight: number; at: number }[]>();
  for (const r of touches.rows) {
    const list = byContact.get(r.contact_id) ?? [];
    list.push({ weight: settings.weights[r.kind] ?? 0, at: Number(r.t) });
    byContact.set(r.contact_id, list);
  }
  const stored = await api.deps.db.execute<Stored>(sql`
    select contact_id as id, e0 as score_e0, t0 as score_t0, hot_until, warm_until
    from contact_scores where workspace_id = ${api.workspaceId}`);
  assert.equal(stored.rows.length, byContact.size, "every touched contact has a score row");
  assert.ok(stored.rows.length > 0);
  for (const row of stored.rows) {
    const expected = scoreOf(
      applyTouches(EMPTY_STATE, byContact.get(row.id) ?? [], settings.halfLifeMs),
      settings,
    );
    assert.ok(Math.abs(Number(row.score_e0) - expected.e0) < 1e-6, `${row.score_e0} vs ${expected.e0}`);
    for (const [col, want] of [
      [row.hot_until, expected.hotUntil],
      [row.warm_until, expected.warmUntil],
    ] as const) {
      if (want === null) assert.equal(col, null);
      else
        assert.ok(
          Math.abs(new Date(col!).getTime() - want) < 1000,
          `${col} vs ${new Date(want).toISOString()}`,
        );
    }
  }
}

const counts = async (query = "") =>
  (await api.call("GET", `/api/v1/contacts/temperature-counts${query}`)).body;

describe("scoring settings", () => {
  test("defaults are served, and bad settings are refused without change", async () => {
    const current = await api.call("GET", "/api/v1/settings/scoring");
    assert.equal(current.status, 200);
    assert.ok(current.body.hotThreshold > current.body.warmThreshold);
    for (const body of [
      { ...current.body, hotThreshold: current.body.warmThreshold },
      { ...current.body, halfLifeHours: 0 },
      { ...current.body, weights: { telepathy: 3 } },
      { ...current.body, weights: { meeting: "a lot" } },
    ]) {
      const res = await api.call("PUT", "/api/v1/settings/scoring", body);
      assert.equal(res.status, 400, JSON.stringify(body));
    }
    assert.deepEqual((await api.call("GET", "/api/v1/settings/scoring")).body, current.body);
    const sales = await api.userWithKey("sales");
    const forbidden = await api.callerFor(sales.key)("PUT", "/api/v1/settings/scoring", current.body);
    assert.equal(forbidden.status, 403);
  });

  test("ingest and a weight change both leave every contact equal to the domain computation", async () => {
    await loadFixture(150);
    const base = (await api.call("GET", "/api/v1/settings/scoring")).body;
    const toDomain = (s: typeof base): ScoringSettings => ({
      halfLifeMs: s.halfLifeHours * HOUR,
      warmThreshold: s.warmThreshold,
      hotThreshold: s.hotThreshold,
      weights: s.weights,
    });
    await assertStoredMatchesDomain(toDomain(base));
    const before = await counts();

    const changed = { ...base, halfLifeHours: 72, weights: { ...base.weights, page_view: 9, meeting: 40 } };
    const res = await api.call("PUT", "/api/v1/settings/scoring", changed);
    assert.equal(res.status, 200);
    assert.equal(res.body.rescored, 150);
    await assertStoredMatchesDomain(toDomain(changed));
    const after = await counts();
    assert.equal(after.total, before.total);
    assert.ok(after.hot > before.hot, `hot ${before.hot} → ${after.hot}`);
  });

  test("the board as of a past instant equals the definition summed over the touchpoints", async () => {
    const s = (await api.call("GET", "/api/v1/settings/scoring")).body;
    const settings: ScoringSettings = {
      halfLifeMs: s.halfLifeHours * HOUR,
      warmThreshold: s.warmThreshold,
      hotThreshold: s.hotThreshold,
      weights: s.weights,
    };
    const at = new Date(NOW.getTime() - 10 * 24 * HOUR);
    const touches = await api.deps.db.execute<{
      contact_id: string;
      id: string;
      kind: string;
      t: number;
    }>(sql`
      select contact_id, id, kind, extract(epoch from occurred_at) * 1000 as t from touchpoints where workspace_id = ${api.workspaceId}`);
    const byContact = new Map<string, { id: string; kind: string; occurredAt: number }[]>();
    for (const r of touches.rows) {
      byContact.set(r.contact_id, [
        ...(byContact.get(r.contact_id) ?? []),
        { id: r.id, kind: r.kind, occurredAt: Number(r.t) },
      ]);
    }
    const expected = { cold: 0, warm: 0, hot: 0 };
    for (const list of byContact.values())
      expected[temperatureOf(engagementFromTouches(list, at.getTime(), settings), settings)]++;
    const total = (await counts()).total;
    expected.cold += total - byContact.size; // contacts without touchpoints
    const got = await counts(`?at=${at.toISOString()}`);
    assert.deepEqual({ cold: got.cold, warm: got.warm, hot: got.hot }, expected);
    const hotList = await api.call(
      "GET",
      `/api/v1/contacts?temperature=hot&at=${at.toISOString()}&limit=200`,
    );
    assert.equal(hotList.body.data.length, expected.hot);
  });
});

describe("a kind missing from stored weights", () => {
  test("scores with the catalogue's default weight, as a workspace made before link_click existed", async () => {
    const old = await setupApi({ now: () => NOW });
    try {
      // A workspace made before the kind existed stored every other kind's weight, not this one.
      await old.deps.db.execute(sql`
        update scoring_settings set weights = weights - 'link_click' where workspace_id = ${old.workspaceId}`);
      const settings = await old.call("GET", "/api/v1/settings/scoring");
      assert.equal(settings.body.weights.link_click, 3);

      const email = `clicker-${old.slug}@example.com`;
      const res = await old.call("POST", "/api/v1/touchpoints", {
        email,
        kind: "link_click",
        occurredAt: NOW.toISOString(),
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      const score = await old.call("GET", `/api/v1/contacts/${res.body.contactId}/score`);
      assert.equal(score.body.value, 3);
      assert.equal(score.body.contributions[0].weight, 3);

      // A weight the workspace set, 0 included, is its own.
      const put = await old.call("PUT", "/api/v1/settings/scoring", {
        ...settings.body,
        weights: { link_click: 0 },
      });
      assert.equal(put.status, 200);
      assert.equal(put.body.settings.weights.link_click, 0);
      assert.equal((await old.call("GET", `/api/v1/contacts/${res.body.contactId}/score`)).body.value, 0);
    } finally {
      await old.close();
    }
  });
});
