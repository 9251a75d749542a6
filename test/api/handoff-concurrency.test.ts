import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { recordTouchpointsIn } from "../../src/services/touchpoints/record-touchpoints.ts";
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
});
