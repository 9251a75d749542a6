// Faults during a hand-off (issue 12, item 4). The baton is passed in the transaction of the
// touchpoint batch that makes a lead hot (the server), or — for touchpoints dated a few seconds
// ahead — by the worker once their instant has passed. `kill -9` of the server mid-ingest and of
// the worker mid-arrivals, each restarted, with a client that re-sends what got no answer: every
// hot lead is handed over exactly once (one hand-off, one first-contact task, one notification,
// one transition to sales-ready, an owner), and every acknowledged touchpoint is stored once.
import "@hono/zod-openapi";
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { sql } from "drizzle-orm";
import { setupApi, type TestApi } from "../support/api.ts";
import { freePort, killAll, killHard, startBaton, waitForExit } from "../support/baton-process.ts";
import { type ScratchDatabase, scratchDatabase } from "../support/scratch-database.ts";
import { sleep, type WorkerProcesses, workerProcesses } from "../support/worker-processes.ts";

const SALES_USERS = 4;
const HOT_PER_BATCH = 5;
const COLD_PER_BATCH = 85;
// A form, an event and a webinar at once: 32 ≥ the default hot threshold of 30.
const HOT_KINDS = ["form_submit", "event_attended", "webinar"];

let database: ScratchDatabase;
let api: TestApi;
const children: ChildProcess[] = [];
let workers: WorkerProcesses;

before(async () => {
  database = await scratchDatabase("baton_hoc");
  workers = workerProcesses(database.url);
  api = await setupApi({ database });
  for (let i = 0; i < SALES_USERS; i++) await api.userWithKey("sales");
});
after(async () => {
  killAll(children);
  workers?.killAll();
  await api?.close();
  await database?.drop();
});

interface Batch {
  hot: string[];
  items: { email: string; kind: string; occurredAt: string; externalId: string }[];
}

/** Batch b of a writer: five contacts turning hot now (or at `hotAt`), and cold page views. */
function batch(tag: string, b: number, hotAt = new Date()): Batch {
  const at = hotAt.toISOString();
  const hot = Array.from({ length: HOT_PER_BATCH }, (_, h) => `hot-${tag}-b${b}-${h}@handoff.example`);
  const items = hot.flatMap((email, h) =>
    HOT_KINDS.map((kind) => ({ email, kind, occurredAt: at, externalId: `${tag}-b${b}-h${h}-${kind}` })),
  );
  for (let i = 0; i < COLD_PER_BATCH; i++) {
    const n = (b * COLD_PER_BATCH + i) * 7919;
    items.push({
      email: `cold-${n % 400}@handoff.example`,
      kind: "page_view",
      occurredAt: new Date(Date.now() - (n % 86_400) * 1000).toISOString(),
      externalId: `${tag}-b${b}-c${i}`,
    });
  }
  return { hot, items };
}

async function post(base: string, key: string, items: Batch["items"]): Promise<boolean> {
  const res = await fetch(`${base}/api/v1/touchpoints/batch`, {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ items }),
  });
  const body = (await res.json()) as { errors?: number };
  return res.ok && body.errors === 0;
}

type HandedOver = {
  email: string;
  stage: string;
  owner: string | null;
  handoffs: number;
  tasks: number;
  notifications: number;
  toReady: number;
};

/** What the hand-off left for each contact named. */
async function handedOver(emails: string[]): Promise<HandedOver[]> {
  const r = await database.db.execute<HandedOver>(sql`
    select c.email, c.stage, c.owner_id as owner,
      (select count(*)::int from handoffs h where h.workspace_id = c.workspace_id and h.contact_id = c.id) as handoffs,
      (select count(*)::int from tasks t where t.workspace_id = c.workspace_id and t.contact_id = c.id) as tasks,
      (select count(*)::int from notifications n
        where n.workspace_id = c.workspace_id and n.kind = 'handoff' and n.link like '%' || c.id::text) as notifications,
      (select count(*)::int from contact_stage_history s
        where s.workspace_id = c.workspace_id and s.contact_id = c.id and s.to_stage = 'sales_ready') as "toReady"
    from contacts c
    where c.workspace_id = ${api.workspaceId} and c.email = any(${sql.param(emails)}::text[])`);
  return r.rows;
}

function assertEachHandedOverOnce(rows: HandedOver[], expected: number): void {
  assert.equal(rows.length, expected, "every hot lead exists");
  const wrong = rows.filter(
    (r) =>
      r.stage !== "sales_ready" ||
      r.owner === null ||
      r.handoffs !== 1 ||
      r.tasks !== 1 ||
      r.notifications !== 1 ||
      r.toReady !== 1,
  );
  assert.deepEqual(wrong.slice(0, 5), [], `${wrong.length} hot leads not handed over exactly once`);
}

async function storedTwice(): Promise<number> {
  const r = await database.db.execute<{ n: number }>(sql`
    select count(*)::int as n from (select 1 from touchpoints where workspace_id = ${api.workspaceId}
      group by external_id having count(*) > 1) d`);
  return r.rows[0]!.n;
}

describe("faults during a hand-off", {
  timeout: 420_000,
  skip: process.env.BATON_TEST_DB_KIND === "external",
}, () => {
  test("kill -9 of the server mid-ingest: each acknowledged hot lead handed over once; a re-sent batch adds nothing", async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = { DATABASE_URL: database.url, PORT: String(port), LOG_LEVEL: "error" };
    const first = await startBaton(env, children);

    const acknowledged: Batch[] = [];
    const unanswered: Batch[] = [];
    let stop = false;
    const writer = async (w: number) => {
      for (let b = 0; !stop; b++) {
        const sent = batch(`w${w}`, b);
        try {
          if (await post(base, api.admin.key, sent.items)) acknowledged.push(sent);
          else unanswered.push(sent);
        } catch {
          unanswered.push(sent); // the server died with this batch in flight
          return;
        }
      }
    };
    const writers = [writer(1), writer(2)];
    const killAfter = 30 + Math.floor(Math.random() * 20);
    while (acknowledged.length < killAfter) await sleep(5);
    await sleep(Math.floor(Math.random() * 30));
    await killHard(first.child);
    stop = true;
    await Promise.all(writers);

    // What got a 2xx was handed over in its own transaction, before any restart or retry.
    const ackHot = acknowledged.flatMap((b) => b.hot);
    assertEachHandedOverOnce(await handedOver(ackHot), ackHot.length);

    // A client re-sends what got no answer; some of it may have been committed before the kill.
    const second = await startBaton(env, children);
    for (const b of unanswered)
      assert.ok(await post(base, api.admin.key, b.items), "a re-sent batch is accepted");
    const allHot = [...ackHot, ...unanswered.flatMap((b) => b.hot)];
    assertEachHandedOverOnce(await handedOver(allHot), allHot.length);
    assert.equal(await storedTwice(), 0, "no touchpoint stored twice");
    const owners = await database.db.execute<{ n: number }>(
      sql`select count(distinct owner_id)::int as n from handoffs where workspace_id = ${api.workspaceId}`,
    );
    console.log(
      `handoff-crash (server): ${acknowledged.length} batches acknowledged, ${unanswered.length} re-sent, ` +
        `${allHot.length} hot leads each handed over once, to ${owners.rows[0]!.n} reps`,
    );
    second.child.kill("SIGTERM");
    assert.equal(await waitForExit(second.child), 0);
  });

  test("kill -9 of the worker while it hands over leads whose touches arrived ahead: each handed over once", async () => {
    // 500 leads whose touches are dated ahead (clock skew), one batch of five every 0.3 s from 15 s on: the batches
    // store them now, and the worker hands each lead over once its instant has passed.
    const firstArrival = Date.now() + 15_000;
    const ahead: Batch[] = [];
    for (let b = 0; b < 100; b++) {
      // At least 5 s ahead of its sending, so a slow machine still spreads the arrivals out.
      const sent = batch("ahead", b, new Date(Math.max(Date.now() + 5000, firstArrival + b * 300)));
      const res = await api.call("POST", "/api/v1/touchpoints/batch", { items: sent.items });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      ahead.push(sent);
    }
    const hot = ahead.flatMap((b) => b.hot);
    const handedSoFar = async () =>
      (
        await database.db.execute<{ n: number }>(sql`
          select count(*)::int as n from handoffs h join contacts c on c.workspace_id = h.workspace_id and c.id = h.contact_id
          where h.workspace_id = ${api.workspaceId} and c.email like 'hot-ahead-%'`)
      ).rows[0]!.n;
    const progress: number[] = [];
    // Each worker is killed at a random moment within a second of its first hand-off: while it works.
    for (let before = 0; before < hot.length && progress.length < 20; ) {
      const worker = workers.start();
      const deadline = Date.now() + 30_000;
      while ((await handedSoFar()) === before && Date.now() < deadline) await sleep(10);
      await sleep(Math.floor(Math.random() * 1000));
      await workers.killHard(worker);
      before = await handedSoFar();
      progress.push(before);
    }
    const kills = progress.length;
    const last = workers.start();
    const deadline = Date.now() + 180_000;
    let rows = await handedOver(hot);
    while (rows.some((r) => r.handoffs === 0) && Date.now() < deadline) {
      await sleep(500);
      rows = await handedOver(hot);
    }
    const waited = Math.round((180_000 - (deadline - Date.now())) / 1000);
    await workers.stop(last);
    console.log(
      `handoff-crash (worker): ${hot.length} leads arriving over 30 s, ${kills} kills (handed over by then: ${progress.join(", ")}), ` +
        `the rest within ${waited} s of the last start`,
    );
    assertEachHandedOverOnce(rows, hot.length);
  });
});
