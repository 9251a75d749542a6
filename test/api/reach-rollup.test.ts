// Reach per closed month (store/queries/reports/reach-rollup.ts) against a naive count: for random
// touches over a year, every period of whole months and every scope (program, channel, all)
// gives exactly the distinct contacts of the raw touchpoints; the scorecard through the API gives
// the same; and each write that changes a closed month (a backfill, a deleted contact, a program
// moved to another channel) makes the rollup stop answering until the job has run again.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { type SQL, sql } from "drizzle-orm";
import { addMonths } from "../../src/domain/months.ts";
import { rollUpReach } from "../../src/services/reports/reach-rollup.ts";
import type { Database } from "../../src/store/db.ts";
import {
  invalidateReachRollup,
  reachFromRollup,
  rollUpReachMonths,
} from "../../src/store/queries/reports/reach-rollup.ts";
import { setupApi, type TestApi } from "../support/api.ts";
import { openTestDatabase } from "../support/database.ts";
import { rng } from "../support/random-workspace.ts";

const NOW = new Date("2026-01-10T12:00:00Z");
const MONTHS = Array.from({ length: 12 }, (_, i) => addMonths("2025-01-01", i));
const CHANNELS = ["email", "email", "trade_show", "referral", "advertising"];

let database: Database;
before(() => {
  database = openTestDatabase();
});
after(() => database.close());

interface World {
  api: TestApi;
  programs: { id: string; channel: string }[];
  contacts: string[];
}

async function world(seed: number): Promise<World> {
  const random = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const api = await setupApi({ database, now: () => NOW });
  const programs: World["programs"] = [];
  for (const [i, channel] of CHANNELS.entries()) {
    const res = await api.call("POST", "/api/v1/programs", { name: `P${i}`, channel, currency: "USD" });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    programs.push({ id: res.body.id, channel });
  }
  const contacts: string[] = [];
  for (let i = 0; i < 30; i++) {
    const res = await api.call("POST", "/api/v1/contacts", { email: `r${i}-${api.slug}@example.com` });
    contacts.push(res.body.id);
  }
  // Touches over 2025, clustered: some contacts come back month after month, some once.
  const items = Array.from({ length: 260 }, () => {
    const month = int(0, 11);
    const at = Date.parse(MONTHS[month]!) + int(0, 27) * 86_400_000 + int(0, 86_399_999);
    return {
      contactId: contacts[Math.min(int(0, 29), int(0, 29))]!,
      kind: random() < 0.5 ? "email_open" : "page_view",
      programId: random() < 0.85 ? programs[int(0, programs.length - 1)]!.id : null,
      occurredAt: new Date(at).toISOString(),
    };
  });
  for (let i = 0; i < items.length; i += 100) {
    const res = await api.call("POST", "/api/v1/touchpoints/batch", { items: items.slice(i, i + 100) });
    assert.equal(res.body.errors, 0, JSON.stringify(res.body));
  }
  return { api, programs, contacts };
}

/** Distinct contacts per key of a scope, from the raw touchpoints, in a plain loop. */
async function naiveReach(w: World, from: string, to: string, scope: "program" | "channel" | "all") {
  const rows = (
    await database.db.execute<{ contact_id: string; program_id: string; day: string }>(sql`
      select contact_id, program_id, (occurred_at at time zone 'UTC')::date::text as day from touchpoints
      where workspace_id = ${w.api.workspaceId} and program_id is not null`)
  ).rows;
  const channelOf = new Map(
    (
      await database.db.execute<{ id: string; channel: string }>(
        sql`select id, channel from programs where workspace_id = ${w.api.workspaceId}`,
      )
    ).rows.map((p) => [p.id, p.channel]),
  );
  const sets = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.day < from || r.day > to) continue;
    const key = scope === "program" ? r.program_id : scope === "channel" ? channelOf.get(r.program_id)! : "";
    if (!sets.has(key)) sets.set(key, new Set());
    sets.get(key)!.add(r.contact_id);
  }
  return new Map([...sets].map(([k, s]) => [k, s.size]));
}

const lastDay = (month: string) =>
  new Date(Date.parse(addMonths(month, 1)) - 86_400_000).toISOString().slice(0, 10);

async function fromRollup(w: World, scope: "program" | "channel" | "all", first: string, last: string) {
  const keys: SQL =
    scope === "program"
      ? sql`select id::text from programs where workspace_id = ${w.api.workspaceId}`
      : scope === "channel"
        ? sql`select distinct channel from programs where workspace_id = ${w.api.workspaceId}`
        : sql`''`;
  return reachFromRollup(database.db, w.api.workspaceId, scope, keys, first, last);
}

async function validThrough(w: World): Promise<string | null> {
  const r = await database.db.execute<{ v: string | null }>(
    sql`select valid_through::text as v from reach_rollups where workspace_id = ${w.api.workspaceId}`,
  );
  return r.rows[0]?.v ?? null;
}

/** Every period of whole months the rollup answers for equals the naive count; returns how many it answered. */
async function checkEveryPeriod(w: World): Promise<number> {
  let answered = 0;
  for (let i = 0; i < MONTHS.length; i++) {
    for (let j = i; j < MONTHS.length; j++) {
      for (const scope of ["program", "channel", "all"] as const) {
        const got = await fromRollup(w, scope, MONTHS[i]!, MONTHS[j]!);
        if (got === null) continue;
        answered++;
        const want = await naiveReach(w, MONTHS[i]!, lastDay(MONTHS[j]!), scope);
        assert.deepEqual(
          new Map([...got].filter(([, n]) => n > 0)),
          want,
          `${scope} ${MONTHS[i]} – ${MONTHS[j]}`,
        );
      }
    }
  }
  return answered;
}

describe("reach per closed month", () => {
  for (const seed of [1, 2, 3]) {
    test(`every period of whole months, in every scope, equals the naive distinct count (seed ${seed})`, async () => {
      const w = await world(seed);
      await rollUpReach({ db: database.db, now: () => NOW }, w.api.workspaceId);
      assert.equal(await validThrough(w), "2025-12-01");
      assert.equal(await checkEveryPeriod(w), (12 * 13 * 3) / 2);

      // The scorecard through the API, whole months (the rollup) and a period that is not (live).
      for (const [from, to] of [
        ["2025-03-01", "2025-08-31"],
        ["2025-01-01", "2025-12-31"],
        ["2025-03-02", "2025-08-31"],
      ]) {
        for (const q of [
          { groupBy: "program" },
          { groupBy: "channel" },
          { groupBy: "program", channel: "email" },
        ] as { groupBy: "program" | "channel"; channel?: string }[]) {
          const params = new URLSearchParams({ from: from!, to: to!, ...q });
          const res = await w.api.call("GET", `/api/v1/reports/program-scorecard?${params}`);
          assert.equal(res.status, 200, JSON.stringify(res.body));
          const scope = q.groupBy === "program" ? "program" : "channel";
          const groups = await naiveReach(w, from!, to!, scope);
          const totals = await naiveReach(w, from!, to!, q.channel ? "channel" : "all");
          const programsOf = new Map(w.programs.map((p) => [p.id, p.channel]));
          for (const row of res.body.rows) {
            const key = q.groupBy === "program" ? row.programId : row.channel;
            if (key === null) continue;
            if ("channel" in q && programsOf.get(key) !== q.channel)
              assert.fail(`${key} is not in ${q.channel}`);
            assert.equal(row.reach, groups.get(key) ?? 0, `${params} ${key}`);
          }
          assert.equal(res.body.totals.reach, totals.get(q.channel ?? "") ?? 0, `${params} total`);
        }
      }
      await w.api.close();
    });
  }

  test("a backfill into a closed month stops the rollup answering from that month on, until the job runs again", async () => {
    const w = await world(4);
    await rollUpReach({ db: database.db, now: () => NOW }, w.api.workspaceId);
    const before = await fromRollup(w, "all", "2025-06-01", "2025-06-01");
    assert.ok(before);
    // A contact nobody touched, touched on 2025-06-15: June's reach grows by one.
    const fresh = await w.api.call("POST", "/api/v1/contacts", { email: `late-${w.api.slug}@example.com` });
    const res = await w.api.call("POST", "/api/v1/touchpoints", {
      contactId: fresh.body.id,
      kind: "page_view",
      programId: w.programs[0]!.id,
      occurredAt: "2025-06-15T10:00:00Z",
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(await validThrough(w), "2025-05-01");
    assert.equal(await fromRollup(w, "all", "2025-06-01", "2025-06-01"), null);
    assert.ok(await fromRollup(w, "all", "2025-01-01", "2025-05-01"), "earlier months still hold");
    // The scorecard counts June live meanwhile.
    const live = await w.api.call("GET", "/api/v1/reports/program-scorecard?from=2025-06-01&to=2025-06-30");
    assert.equal(live.body.totals.reach, before.get("")! + 1);

    await rollUpReach({ db: database.db, now: () => NOW }, w.api.workspaceId);
    assert.equal((await fromRollup(w, "all", "2025-06-01", "2025-06-01"))!.get(""), before.get("")! + 1);
    assert.equal(await checkEveryPeriod(w), (12 * 13 * 3) / 2);
    await w.api.close();
  });

  test("a touch in the current month leaves the rollup alone", async () => {
    const w = await world(5);
    await rollUpReach({ db: database.db, now: () => NOW }, w.api.workspaceId);
    const generation = async () =>
      (
        await database.db.execute<{ g: string }>(
          sql`select generation as g from reach_rollups where workspace_id = ${w.api.workspaceId}`,
        )
      ).rows[0]!.g;
    const g = await generation();
    // NOW is in January 2026, but the database's clock is later: January has closed by it. So
    // this checks the writer's clock alone with a day of the database's current month.
    const today = new Date().toISOString();
    await invalidateReachRollup(database.db, w.api.workspaceId, today.slice(0, 10), new Date(today));
    assert.equal(await generation(), g);
    assert.equal(await validThrough(w), "2025-12-01");
    await invalidateReachRollup(database.db, w.api.workspaceId, "2025-12-31", NOW);
    assert.notEqual(await generation(), g);
    assert.equal(await validThrough(w), "2025-11-01");
    await w.api.close();
  });

  test("a rollup computed beside a write that invalidated it is thrown away", async () => {
    const w = await world(6);
    const state = { validThrough: null, generation: 0 };
    await database.db.execute(
      sql`insert into reach_rollups (workspace_id) values (${w.api.workspaceId}) on conflict do nothing`,
    );
    // The job read generation 0; a backfill commits before the job's last statement.
    await invalidateReachRollup(database.db, w.api.workspaceId, "2025-03-03", NOW);
    assert.equal(await rollUpReachMonths(database.db, w.api.workspaceId, state, "2025-12-01"), false);
    assert.equal(await validThrough(w), null);
    const rows = await database.db.execute(
      sql`select 1 from reach_months where workspace_id = ${w.api.workspaceId}`,
    );
    assert.equal(rows.rows.length, 0, "nothing written is kept");
    await w.api.close();
  });

  test("moving a program to another channel, or deleting a contact, stops the rollup answering for the months they touched", async () => {
    const w = await world(7);
    await rollUpReach({ db: database.db, now: () => NOW }, w.api.workspaceId);
    const first = (
      await database.db.execute<{ d: string }>(sql`
        select min(day)::text as d from program_reach
        where workspace_id = ${w.api.workspaceId} and program_id = ${w.programs[4]!.id}`)
    ).rows[0]!.d;
    const res = await w.api.call("PATCH", `/api/v1/programs/${w.programs[4]!.id}`, { channel: "email" });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(await validThrough(w), addMonths(`${first.slice(0, 7)}-01`, -1));
    await rollUpReach({ db: database.db, now: () => NOW }, w.api.workspaceId);
    assert.equal(await checkEveryPeriod(w), (12 * 13 * 3) / 2);

    const victim = w.contacts[0]!;
    const firstOfVictim = (
      await database.db.execute<{ d: string }>(sql`
        select min(day)::text as d from program_reach where workspace_id = ${w.api.workspaceId} and contact_id = ${victim}`)
    ).rows[0]!.d;
    assert.equal((await w.api.call("DELETE", `/api/v1/contacts/${victim}`)).status, 204);
    assert.equal(await validThrough(w), addMonths(`${firstOfVictim.slice(0, 7)}-01`, -1));
    await rollUpReach({ db: database.db, now: () => NOW }, w.api.workspaceId);
    assert.equal(await checkEveryPeriod(w), (12 * 13 * 3) / 2);
    await w.api.close();
  });
});
