// The sales screens at 100,000 deals: the pipeline board, the deal list page behind it and a
// rep's "my day", measured through the real HTTP app, each against baselines in the same run.
import os from "node:os";
import { drizzle } from "drizzle-orm/node-postgres";
import { dayBounds, TASK_KINDS } from "../src/domain/tasks.ts";
import { createApp } from "../src/http/app.ts";
import { createApiKey } from "../src/services/auth/api-keys.ts";
import type { Deps } from "../src/services/context.ts";
import { ensureSalesDefaults } from "../src/services/deals/pipelines.ts";
import { createUser } from "../src/services/users/create-user.ts";
import { loadScoringSettings, rescoreWorkspace } from "../src/store/queries/scoring.ts";
import * as schema from "../src/store/schema/index.ts";
import { type BenchEnv, fmt, percentile, timed } from "./support.ts";

const REPS = 20;
const CONTACTS = 100_000;
const DEALS = 100_000;
const TASKS = 200_000;
const HOT_SHARE = 0.05;
const OPEN_TASK_SHARE = 0.1;
const RUNS = 200;
const WARMUP = 20;

interface Fixture {
  pipelineId: string;
  reps: string[];
}

async function generate(env: BenchEnv): Promise<Fixture> {
  const ws = env.workspaceId;
  const reps: string[] = [];
  for (let i = 0; i < REPS; i++) {
    const { id } = await createUser(env.deps, {
      workspaceId: ws,
      email: `rep${i}@deals.example`,
      name: `Rep ${i}`,
      role: "sales",
    });
    reps.push(id);
  }
  const pipeline = await ensureSalesDefaults(env.database.db, ws);
  const stages = pipeline.stages.map((s) => s.key);
  const reasons = (
    await env.database.pool.query<{ id: string }>("select id from loss_reasons where workspace_id = $1", [ws])
  ).rows.map((r) => r.id);

  // One session, so the numbering of contacts can live in a temporary table.
  const client = await env.database.pool.connect();
  try {
    await client.query(
      `create temp table bench_contacts as
       select g as n, uuidv7() as id, ($2::uuid[])[1 + g % $3] as owner_id, random() < $4 as hot
       from generate_series(1, $1) g`,
      [CONTACTS, reps, REPS, HOT_SHARE],
    );
    await client.query("create unique index on bench_contacts (n)");
    await client.query(
      `insert into contacts (workspace_id, id, email, first_name, last_name, stage, owner_id, created_at, updated_at)
       select $1, id, 'c' || n || '@deals.example', 'First' || n, 'Last' || n, 'lead', owner_id, now(), now()
       from bench_contacts order by n`,
      [ws],
    );
    // Every contact: two light marketing touches over four months (never hot). The hot share
    // also had a webinar, a meeting and a presentation in the last three days (E ≈ 35–40 ≥ 30).
    await client.query(
      `insert into touchpoints (workspace_id, id, contact_id, kind, side, occurred_at)
       select $1, uuidv7(), c.id,
         (array['page_view','email_open','email_click','form_submit'])[1 + floor(random() * 4)::int],
         'marketing', now() - random() * interval '120 days'
       from bench_contacts c cross join generate_series(1, 2)`,
      [ws],
    );
    await client.query(
      `insert into touchpoints (workspace_id, id, contact_id, kind, side, occurred_at)
       select $1, uuidv7(), c.id, k.kind, k.side, now() - random() * interval '3 days'
       from bench_contacts c
       cross join (values ('webinar', 'marketing'), ('meeting', 'sales'), ('presentation', 'sales')) k(kind, side)
       where c.hot`,
      [ws],
    );
    // Deals: a contact drawn at random, owned by the contact's rep; the funnel thins out stage by
    // stage (by position in the default pipeline); a fifth won, a fifth lost (closed in the past
    // year); 80 % EUR, 20 % USD.
    await client.query(
      `insert into deals (workspace_id, id, name, contact_id, owner_id, pipeline_id, stage, amount_minor,
         currency, expected_close_on, closed_at, loss_reason_id, created_at, updated_at)
       select $1, uuidv7(), 'Deal ' || d.g, c.id, c.owner_id, $2, d.stage,
         (1000 + floor(random() * 99000)::int) * 100,
         case when random() < 0.8 then 'EUR' else 'USD' end,
         case when d.stage in ('won', 'lost') then null else current_date + floor(random() * 120)::int end,
         case when d.stage in ('won', 'lost') then d.created + random() * (now() - d.created) end,
         case when d.stage = 'lost' then ($4::uuid[])[1 + floor(random() * cardinality($4::uuid[]))::int] end,
         d.created, d.created
       from (
         select g, 1 + floor(random() * $5)::int as n, now() - random() * interval '400 days' as created,
           ($3::text[])[case
             when r < 0.20 then 1 when r < 0.32 then 2 when r < 0.42 then 3 when r < 0.50 then 4
             when r < 0.55 then 5 when r < 0.60 then 6 when r < 0.80 then 7 else 8 end] as stage
         from (select g, random() as r from generate_series(1, $6) g offset 0) x
         offset 0
       ) d join bench_contacts c on c.n = d.n`,
      [ws, pipeline.id, stages, reasons, CONTACTS, DEALS],
    );
    // Tasks: a contact drawn at random, owned by the contact's rep. 90 % completed in the past
    // year; 10 % open, due from 30 days ago to 30 days ahead.
    await client.query(
      `insert into tasks (workspace_id, id, contact_id, owner_id, kind, title, due_at, completed_at, outcome,
         created_at, updated_at)
       select $1, uuidv7(), c.id, c.owner_id, t.kind, 'Follow up ' || t.g, t.due,
         case when t.open then null else t.due + random() * interval '2 days' end,
         case when t.open then null else 'done' end,
         t.due - interval '7 days', t.due - interval '7 days'
       from (
         select g, 1 + floor(random() * $2)::int as n, o.open,
           ($3::text[])[1 + floor(random() * cardinality($3::text[]))::int] as kind,
           case when o.open then now() + (random() * 60 - 30) * interval '1 day'
             else now() - random() * interval '365 days' end as due
         from (select g, random() < $5 as open from generate_series(1, $4) g offset 0) o
         offset 0
       ) t join bench_contacts c on c.n = t.n`,
      [ws, CONTACTS, [...TASK_KINDS], TASKS, OPEN_TASK_SHARE],
    );
    await client.query("drop table bench_contacts");
  } finally {
    client.release();
  }
  const settings = await loadScoringSettings(env.database.db, ws);
  await env.database.db.transaction((tx) => rescoreWorkspace(tx, ws, settings));
  // What autovacuum does to freshly filled tables: statistics, and the visibility map that
  // index-only scans need.
  for (const table of ["contacts", "touchpoints", "contact_scores", "deals", "tasks", "users", "api_keys"])
    await env.database.pool.query(`vacuum analyze ${table}`);
  return { pipelineId: pipeline.id, reps };
}

type Request = (path: string) => Promise<unknown>;

function requester(app: ReturnType<typeof createApp>, key: string): Request {
  return async (path) => {
    const res = await app.request(path, { headers: { Authorization: `Bearer ${key}` } });
    const body = await res.json();
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
    return body;
  };
}

const p = (times: number[]) =>
  `p50 **${fmt(percentile(times, 50), 1)} ms**, p99 ${fmt(percentile(times, 99), 1)} ms`;
const pPlain = (times: number[]) =>
  `p50 ${fmt(percentile(times, 50), 1)} ms, p99 ${fmt(percentile(times, 99), 1)} ms`;

/** The same HTTP app on one pinned connection with these planner settings. */
async function pinnedApp(env: BenchEnv, settings: string[]) {
  const client = await env.database.pool.connect();
  for (const s of settings) await client.query(`set ${s}`);
  const deps: Deps = { ...env.deps, db: drizzle(client, { schema }) };
  return {
    app: createApp(deps, { log: (m) => console.error(m) }),
    async release() {
      await client.query("reset all");
      client.release();
    },
  };
}

/** Variants of one request run alternately, so that a change of load hits them alike. */
async function interleaved(runs: number, works: (() => Promise<unknown>)[]): Promise<number[][]> {
  for (const work of works) for (let i = 0; i < Math.min(WARMUP, runs); i++) await work();
  const times = works.map(() => [] as number[]);
  for (let i = 0; i < runs; i++)
    for (const [j, work] of works.entries()) times[j]!.push((await timed(work)).ms);
  return times.map((t) => t.sort((x, y) => x - y));
}

export async function benchDeals(env: BenchEnv) {
  const loadAtStart = os.loadavg();
  const gen = await timed(() => generate(env));
  const { pipelineId, reps } = gen.result;
  const ws = env.workspaceId;
  const rep = reps[0]!;
  const { key: repKey } = await createApiKey(env.deps, { workspaceId: ws, userId: rep, name: "bench rep" });
  const app = createApp(env.deps, { log: (m) => console.error(m) });
  const asAdmin = requester(app, env.apiKey);
  const asRep = requester(app, repKey);

  const counts = (
    await env.database.pool.query<Record<string, string>>(
      `select
        (select count(*) from contact_scores where workspace_id = $1 and hot_until >= now()) as hot,
        (select count(*) from tasks where workspace_id = $1 and completed_at is null) as open_tasks,
        (select count(*) from tasks where workspace_id = $1 and completed_at is null and owner_id = $2
           and due_at < date_trunc('day', now() at time zone 'utc') at time zone 'utc' + interval '1 day') as rep_due,
        (select count(*) from deals where workspace_id = $1 and owner_id = $2) as rep_deals`,
      [ws, rep],
    )
  ).rows[0]!;

  const BOARD = "/api/v1/pipelines/board";
  const BOARD_REP = `/api/v1/pipelines/board?ownerId=${rep}`;
  const PAGE = `/api/v1/deals?limit=200&pipelineId=${pipelineId}`;
  const DAY = "/api/v1/me/day";

  // Each endpoint as the app runs it, alternating with the same request on a connection where
  // random_page_cost = 1.1 (the usual setting when the data sits in memory: see the reading).
  const tuned = await pinnedApp(env, ["random_page_cost = 1.1"]);
  const tunedAdmin = requester(tuned.app, env.apiKey);
  const tunedRep = requester(tuned.app, repKey);
  const loadBefore = os.loadavg();
  const [board, boardTuned] = await interleaved(RUNS, [() => asAdmin(BOARD), () => tunedAdmin(BOARD)]);
  const [boardRep, boardRepTuned] = await interleaved(RUNS, [
    () => asRep(BOARD_REP),
    () => tunedRep(BOARD_REP),
  ]);
  const [page, pageTuned] = await interleaved(RUNS, [() => asAdmin(PAGE), () => tunedAdmin(PAGE)]);
  const [day, dayTuned] = await interleaved(RUNS, [() => asRep(DAY), () => tunedRep(DAY)]);
  const loadAfter = os.loadavg();
  await tuned.release();
  const dayBody = (await asRep(DAY)) as {
    overdue: unknown[];
    today: unknown[];
    hotWithoutNextStep: unknown[];
  };
  const boardBody = (await asAdmin(BOARD)) as { stages: { key: string; count: number }[] };
  const kb = (body: unknown) => fmt(Buffer.byteLength(JSON.stringify(body)) / 1024, 0);

  // Baseline 1, for the board: load the pipeline's deals into Node and group there (database
  // and Node work only, no HTTP or authentication: favours the baseline).
  const naiveBoard = async (ownerId?: string) => {
    const { rows } = await env.database.pool.query<{ stage: string; currency: string; amount_minor: string }>(
      `select stage, currency, amount_minor from deals where workspace_id = $1 and pipeline_id = $2
         ${ownerId ? "and owner_id = $3" : ""}`,
      ownerId ? [ws, pipelineId, ownerId] : [ws, pipelineId],
    );
    const groups = new Map<string, { count: number; totals: Map<string, number> }>();
    for (const r of rows) {
      const g = groups.get(r.stage) ?? { count: 0, totals: new Map<string, number>() };
      g.count++;
      g.totals.set(r.currency, (g.totals.get(r.currency) ?? 0) + Number(r.amount_minor));
      groups.set(r.stage, g);
    }
    return groups;
  };
  const naiveBoardTimes = (await interleaved(50, [() => naiveBoard()]))[0]!;
  const naiveBoardRepTimes = (await interleaved(50, [() => naiveBoard(rep)]))[0]!;

  // Baseline 2, for every endpoint: the same HTTP requests with index scans switched off.
  const off = await pinnedApp(env, [
    "enable_indexscan = off",
    "enable_indexonlyscan = off",
    "enable_bitmapscan = off",
  ]);
  const offAdmin = requester(off.app, env.apiKey);
  const offRep = requester(off.app, repKey);
  const unindexed = {
    board: (await interleaved(20, [() => offAdmin(BOARD)]))[0]!,
    boardRep: (await interleaved(20, [() => offRep(BOARD_REP)]))[0]!,
    page: (await interleaved(20, [() => offAdmin(PAGE)]))[0]!,
    day: (await interleaved(20, [() => offRep(DAY)]))[0]!,
  };
  await off.release();

  // Baseline 3, for my day: the per-row loop an ORM invites — the rep's open tasks, then each
  // task's contact; the rep's contacts, then each one's score and, if hot, its open tasks.
  const naiveDay = async () => {
    const pool = env.database.pool;
    const now = new Date();
    const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + 86_400_000;
    const open = await pool.query<{ contact_id: string }>(
      "select * from tasks where workspace_id = $1 and owner_id = $2 and completed_at is null and due_at < $3 order by due_at",
      [ws, rep, new Date(end)],
    );
    for (const t of open.rows)
      await pool.query("select * from contacts where workspace_id = $1 and id = $2", [ws, t.contact_id]);
    const mine = await pool.query<{ id: string }>(
      "select id from contacts where workspace_id = $1 and owner_id = $2",
      [ws, rep],
    );
    let hot = 0;
    for (const c of mine.rows) {
      const s = await pool.query<{ hot_until: Date | null }>(
        "select hot_until from contact_scores where workspace_id = $1 and contact_id = $2",
        [ws, c.id],
      );
      const until = s.rows[0]?.hot_until;
      if (!until || until < now) continue;
      const t = await pool.query(
        "select 1 from tasks where workspace_id = $1 and contact_id = $2 and completed_at is null limit 1",
        [ws, c.id],
      );
      if (t.rowCount === 0) hot++;
    }
    return hot;
  };
  const naiveDayTimes = (await interleaved(5, [naiveDay]))[0]!;

  if (process.env.BENCH_EXPLAIN) await explain(env, pipelineId, rep);

  const stageCounts = boardBody.stages.map((s) => `${s.key} ${fmt(s.count)}`).join(", ");
  return {
    name: "deals",
    lines: [
      `Fixture: ${REPS} sales reps, ${fmt(CONTACTS)} contacts (each owned by a rep; ${fmt(Number(counts.hot))} hot now after scoring ${fmt(CONTACTS * 2 + Math.round(CONTACTS * HOT_SHARE * 3))} touchpoints), ${fmt(DEALS)} deals in the default pipeline (${stageCounts}; 80 % EUR / 20 % USD), ${fmt(TASKS)} tasks (${fmt(Number(counts.open_tasks))} open); generated in ${fmt(gen.ms / 1000, 1)} s, then VACUUM ANALYZE. The measured rep owns ${fmt(Number(counts.rep_deals))} deals and has ${fmt(Number(counts.rep_due))} open tasks due by the end of today.`,
      `Load average (1, 5, 15 min) before generating ${loadAtStart.map((l) => fmt(l, 2)).join(", ")}; before the measurements ${loadBefore.map((l) => fmt(l, 2)).join(", ")}, after ${loadAfter.map((l) => fmt(l, 2)).join(", ")}.`,
      `GET ${BOARD} (admin, whole pipeline; ${kb(boardBody)} KB), ${RUNS} runs after ${WARMUP} warm-up: ${p(board)}.`,
      `GET /api/v1/pipelines/board?ownerId=<rep> (the rep): ${p(boardRep)}.`,
      `GET /api/v1/deals?limit=200&pipelineId=… (admin): ${p(page)}.`,
      `GET ${DAY} (the rep; ${dayBody.overdue.length} overdue, ${dayBody.today.length} today, ${dayBody.hotWithoutNextStep.length} hot without a next step; ${kb(dayBody)} KB of JSON): ${p(day)}.`,
      `Baseline, board grouped in Node (select stage, currency, amount of the pipeline's deals; no HTTP), 50 runs: whole pipeline ${pPlain(naiveBoardTimes)}; one owner ${pPlain(naiveBoardRepTimes)}.`,
      `Baseline, the same HTTP requests with index, index-only and bitmap scans off (one connection), 20 runs: board ${pPlain(unindexed.board)}; board by owner ${pPlain(unindexed.boardRep)}; deals page ${pPlain(unindexed.page)}; my day ${pPlain(unindexed.day)}.`,
      `The same requests with random_page_cost = 1.1, alternating with the above: board ${pPlain(boardTuned)}; board by owner ${pPlain(boardRepTuned)}; deals page ${pPlain(pageTuned)}; my day ${pPlain(dayTuned)}.`,
      `Baseline, my day as a per-row loop (open tasks then each contact; the rep's ${fmt(CONTACTS / REPS)} contacts then each score and open tasks), 5 runs: ${pPlain(naiveDayTimes)}.`,
    ],
  };
}

/** `BENCH_EXPLAIN=1`: the plans of the statements behind the endpoints, as the services send them. */
async function explain(env: BenchEnv, pipelineId: string, rep: string) {
  const ws = env.workspaceId;
  const endOfToday = new Date(dayBounds(Date.now()).end).toISOString();
  const openTasks = `select t.*, c.email, c.first_name, c.last_name from tasks t
    join contacts c on c.workspace_id = t.workspace_id and c.id = t.contact_id
    where t.workspace_id = $1 and t.owner_id = $2 and t.completed_at is null and t.due_at < $3::timestamptz
    order by t.due_at`;
  const plans: [string, string, unknown[], string?][] = [
    [
      "board",
      `select stage, currency, count(*)::int, sum(amount_minor)::bigint from deals
       where workspace_id = $1 and pipeline_id = $2 group by stage, currency`,
      [ws, pipelineId],
    ],
    [
      "board by owner",
      `select stage, currency, count(*)::int, sum(amount_minor)::bigint from deals
       where workspace_id = $1 and pipeline_id = $2 and owner_id = $3 group by stage, currency`,
      [ws, pipelineId, rep],
    ],
    ["my day, open tasks due by the end of today", openTasks, [ws, rep, endOfToday]],
    [
      "my day, open tasks, random_page_cost = 1.1",
      openTasks,
      [ws, rep, endOfToday],
      "set local random_page_cost = 1.1",
    ],
    [
      "my day, hot without next step",
      `select c.id, c.email, c.first_name, c.last_name, s.hot_until from contacts c
       join contact_scores s on s.workspace_id = c.workspace_id and s.contact_id = c.id
       where c.workspace_id = $1 and c.owner_id = $2 and s.hot_until >= $3::timestamptz
         and not exists (select 1 from tasks t where t.workspace_id = c.workspace_id and t.contact_id = c.id and t.completed_at is null)
       order by s.hot_until asc limit 100`,
      [ws, rep, new Date().toISOString()],
    ],
  ];
  const client = await env.database.pool.connect();
  try {
    for (const [name, query, params, setting] of plans) {
      await client.query("begin");
      if (setting) await client.query(setting);
      const { rows } = await client.query(`explain (analyze, buffers) ${query}`, params);
      await client.query("rollback");
      console.error(`\n-- ${name}\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
    }
  } finally {
    client.release();
  }
}
