import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { recordTouchpointsIn } from "../../src/services/touchpoints/record-touchpoints.ts";
import type { Tx } from "../../src/store/db.ts";
import { setupApi, type TestApi } from "../support/api.ts";

// Monday 23 November 2026, 10:00 UTC.
const NOW = new Date("2026-11-23T10:00:00Z");
let api: TestApi;
let reps: string[];

before(async () => {
  api = await setupApi({ now: () => NOW });
  const sellers = [await api.userWithKey("sales"), await api.userWithKey("sales")];
  reps = sellers.map((s) => s.userId).sort();
});
after(() => api.close());

/** A lead one webinar short of hot: form (10) + event (12) = 22; the webinar makes 32 ≥ 30. */
async function almostHotLead(): Promise<string> {
  const res = await api.call("POST", "/api/v1/contacts", {
    email: `lead-${crypto.randomUUID()}@example.com`,
    firstName: "Lee",
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  const id = res.body.id as string;
  for (const kind of ["form_submit", "event_attended"]) {
    const touch = await api.call("POST", "/api/v1/touchpoints", {
      contactId: id,
      kind,
      occurredAt: NOW.toISOString(),
    });
    assert.equal(touch.status, 201, JSON.stringify(touch.body));
  }
  return id;
}

const webinars = (ids: string[]) =>
  ids.map((contactId) => ({ contactId, kind: "webinar" as const, occurredAt: NOW }));

const ownerOf = async (id: string) => (await api.call("GET", `/api/v1/contacts/${id}`)).body.ownerId;

describe("passing the baton in concurrent batches", () => {
  test("two batches that hand over leads at the same time do not wait for each other, and take turns", async () => {
    const [first, second] = [await almostHotLead(), await almostHotLead()];
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    let firstHandedOver!: () => void;
    const firstDone = new Promise<void>((resolve) => {
      firstHandedOver = resolve;
    });
    // The first batch passes the baton and stays open; the second must finish meanwhile. With the
    // round-robin cursor locked on handoff_settings, it waited for the first to commit.
    const holding = api.deps.db.transaction(async (tx) => {
      await recordTouchpointsIn(tx, api.workspaceId, webinars([first]), NOW);
      firstHandedOver();
      await firstMayCommit;
    });
    await firstDone;
    try {
      await api.deps.db.transaction(async (tx) => {
        await tx.execute(sql`set local lock_timeout = '2s'`);
        await recordTouchpointsIn(tx, api.workspaceId, webinars([second]), NOW);
      });
    } finally {
      releaseFirst();
      await holding;
    }
    assert.deepEqual([await ownerOf(first), await ownerOf(second)].sort(), reps);
  });

  test("a batch that hands over several leads reads the hand-off settings and the assignment rules once", async () => {
    const leads = [await almostHotLead(), await almostHotLead(), await almostHotLead()];
    const scans = await api.deps.db.transaction(async (tx: Tx) => {
      // Table accesses counted by this backend and not yet flushed to the statistics: they may
      // include earlier transactions on the same connection, so the batch's are the difference.
      const count = async () =>
        Object.fromEntries(
          (
            await tx.execute<{ relname: string; scans: number }>(sql`
              select relname, (coalesce(seq_scan, 0) + coalesce(idx_scan, 0))::int as scans
              from pg_stat_xact_user_tables
              where relname in ('handoff_settings', 'assignment_rules')`)
          ).rows.map((r) => [r.relname, r.scans]),
        );
      const before = await count();
      await recordTouchpointsIn(tx, api.workspaceId, webinars(leads), NOW);
      const after = await count();
      return Object.fromEntries(Object.entries(after).map(([t, n]) => [t, n - (before[t] ?? 0)]));
    });
    assert.deepEqual(scans, { assignment_rules: 1, handoff_settings: 1 });
    const owners = await Promise.all(leads.map(ownerOf));
    assert.ok(
      owners.every((o) => reps.includes(o)),
      JSON.stringify(owners),
    );
  });
});
