// Ingest: touchpoints per second through POST /touchpoints/batch (HTTP, validation, contact
// lookup by email, temperature update, one transaction per batch) against raw COPY of the same
// number of rows into the same table in the same run. As in real traffic, a few leads in every
// batch turn hot and are handed over to the workspace's sales users in the batch's transaction,
// and 70 % of the touchpoints carry a program (whose reach is written with them).
// `BENCH_WAITS=1` also samples what the server's connections wait on (pg_stat_activity, pg_locks);
// `BENCH_STATEMENTS=1` lists each statement's execution and planning time per batch.
import { spawn } from "node:child_process";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import { uuidv7 } from "uuidv7";
import { createUser } from "../src/services/users/create-user.ts";
import { meterCpu, postmasterOf } from "./cpu-meter.ts";
import { statementStats } from "./statement-stats.ts";
import { type BenchEnv, fmt, timed } from "./support.ts";
import { sampleWaits } from "./wait-sampler.ts";

const CONTACTS = 20_000;
const BATCHES = 120;
const BATCH = 1000;
// `BENCH_WRITERS=8` (or `1,8`) runs only those rounds, for a quicker look.
const WRITER_COUNTS = (process.env.BENCH_WRITERS ?? "1,4,8").split(",").map(Number);
const KINDS = ["page_view", "email_open", "email_click", "ad_click", "form_submit", "webinar"];
const SALES_USERS = 8;
// Leads handed over per batch: each of these contacts gets a form, an event and a webinar just
// now (E = 32 ≥ θ_hot 30), which makes it a hot lead. The other touches, spread over 90 days, leave
// contacts cold or warm: 0.4 % of the touchpoints, 2.4 % of the contacts a round touches.
const HOT_PER_BATCH = 4;
const HOT_KINDS = ["form_submit", "event_attended", "webinar"];
// As in real traffic, most touchpoints come from a program (a newsletter, an ad, an event): 7 in
// 10 name one of 20 programs by id, which writes their program reach with them.
const PROGRAMS = 20;
const PROGRAM_SHARE = 0.7;
const programOf = (n: number, programs: string[]) =>
  n % 10 < PROGRAM_SHARE * 10 ? programs[Math.floor(n / 10) % programs.length] : undefined;

// Batch b names the contacts of n = b·1000 … b·1000 + 987 (n·7919 mod 20,000: a permutation), so
// batches less than 20 apart — every pair running at the same time — touch different contacts,
// as in the benchmark before hand-offs existed. Batches sharing a contact run one after the other
// by design (the batch locks its contacts), which would measure the bench's overlap instead.
const contactOf = (n: number, round: number) => round * CONTACTS + ((n * 7919) % CONTACTS);

function batch(b: number, now: number, round: number, programs: string[]) {
  const items = Array.from({ length: BATCH - HOT_PER_BATCH * HOT_KINDS.length }, (_, i) => {
    const n = b * BATCH + i;
    return {
      email: `c${contactOf(n, round)}@bench.example`,
      kind: KINDS[n % KINDS.length],
      programId: programOf(n, programs),
      occurredAt: new Date(now - ((n * 104729) % (90 * 86_400_000))).toISOString(),
      externalId: `r${round}-e${n}`,
    };
  });
  // The hot leads are among the batch's own contacts, a different one each time: batches b and
  // b + 20 name the same contacts, so each takes the next HOT_PER_BATCH of them.
  for (let h = 0; h < HOT_PER_BATCH; h++) {
    const c = contactOf(b * BATCH + Math.floor(b / 20) * HOT_PER_BATCH + h, round);
    for (const [k, kind] of HOT_KINDS.entries()) {
      items.push({
        email: `c${c}@bench.example`,
        kind,
        programId: programOf(b * HOT_PER_BATCH + h, programs),
        occurredAt: new Date(now - 60_000).toISOString(),
        externalId: `r${round}-b${b}-h${h}-${k}`,
      });
    }
  }
  return items;
}

async function startServer(env: BenchEnv, port: number) {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, "../src/cli/main.ts"), "start"], {
    env: { ...process.env, DATABASE_URL: env.url, PORT: String(port), LOG_LEVEL: "warn" },
  });
  await new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      if (out.includes("Baton is running")) resolve();
    });
    child.once("exit", (c) => reject(new Error(`server exited ${c}: ${out}`)));
  });
  return child;
}

export async function benchIngest(env: BenchEnv) {
  for (let i = 0; i < SALES_USERS; i++) {
    await createUser(env.deps, {
      workspaceId: env.workspaceId,
      email: `rep${i}@bench.example`,
      name: `Rep ${i}`,
      role: "sales",
    });
  }
  // Columns every version of the programs table has, so this bench runs on older commits too.
  const programs = (
    await env.database.pool.query(
      `insert into programs (workspace_id, id, name, channel, currency)
       select $1, gen_random_uuid(), 'Program ' || g, 'email', 'USD' from generate_series(1, $2) g returning id`,
      [env.workspaceId, PROGRAMS],
    )
  ).rows.map((r) => r.id as string);
  const port = 3900 + Math.floor(Math.random() * 50);
  const server = await startServer(env, port);
  const now = Date.now();
  const post = async (items: unknown[]) => {
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/touchpoints/batch`, {
      method: "POST",
      headers: { Authorization: `Bearer ${env.apiKey}`, "Content-Type": "application/json" },
      body: JSON.stringify({ items }),
    });
    const body = (await res.json()) as { created: number; errors: number };
    if (!res.ok || body.errors > 0)
      throw new Error(`batch failed: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
    return body.created;
  };
  // Warm-up: create the contacts (first touch of each email) so the timed run measures steady state.
  // Each round has its own block of contacts, so every round sees the same traffic: touched twice,
  // the same contacts would add up to hot leads on their own and hand over more in later rounds.
  for (let b = 0; b < (CONTACTS * WRITER_COUNTS.length) / BATCH; b++) {
    await post(
      Array.from({ length: BATCH }, (_, i) => ({
        email: `c${b * BATCH + i}@bench.example`,
        kind: "page_view",
        occurredAt: new Date(now - 100 * 86_400_000).toISOString(),
      })),
    );
  }
  // Steady state: autovacuum would have analyzed the tables by now; without fresh statistics the
  // planner still believes them empty and checks foreign keys with sequential scans.
  await env.database.pool.query("analyze");
  // The same 120 batches (new externalIds each round) at several client concurrencies.
  const handoffCount = async () =>
    Number(
      (
        await env.database.pool.query("select count(*) as n from handoffs where workspace_id = $1", [
          env.workspaceId,
        ])
      ).rows[0].n,
    );
  const postmaster = postmasterOf(
    (await env.database.pool.query("select pg_backend_pid() as pid")).rows[0].pid,
  );
  const rounds: {
    writers: number;
    ms: number;
    handoffs: number;
    waits: string[];
    statements: string[];
    cpu: { postgresMs: number; serverMs: number } | null;
  }[] = [];
  for (const [round, writers] of WRITER_COUNTS.entries()) {
    let next = 0;
    const handedBefore = await handoffCount();
    const sampler = process.env.BENCH_WAITS ? sampleWaits(env.database.pool) : null;
    const stats = process.env.BENCH_STATEMENTS ? await statementStats(env.database.pool) : null;
    const meter = postmaster && server.pid ? meterCpu(postmaster, server.pid) : null;
    const { ms } = await timed(async () => {
      await Promise.all(
        Array.from({ length: writers }, async () => {
          while (next < BATCHES) await post(batch(next++, now, round, programs));
        }),
      );
    });
    const cpu = meter?.stop() ?? null;
    const waits = sampler ? (await sampler.stop()).lines : [];
    const statements = stats ? await stats.stop(BATCHES) : [];
    const handoffs = (await handoffCount()) - handedBefore;
    if (handoffs !== BATCHES * HOT_PER_BATCH)
      throw new Error(`round ${round}: expected ${BATCHES * HOT_PER_BATCH} hand-offs, found ${handoffs}`);
    rounds.push({ writers, ms, handoffs, waits, statements, cpu });
  }
  server.kill("SIGTERM");
  const best = Math.max(...rounds.map((r) => (BATCHES * BATCH) / (r.ms / 1000)));

  // Baseline: COPY the same number of rows straight into touchpoints.
  const ids = (
    await env.database.pool.query("select id from contacts where workspace_id = $1", [env.workspaceId])
  ).rows.map((r) => r.id as string);
  const client = await env.database.pool.connect();
  const copy = await timed(async () => {
    const lines = function* () {
      for (let n = 0; n < BATCHES * BATCH; n++) {
        const at = new Date(now - ((n * 104729) % (90 * 86_400_000))).toISOString();
        yield `${env.workspaceId}\t${uuidv7()}\t${ids[n % ids.length]}\t${KINDS[n % KINDS.length]}\tmarketing\t${programOf(n, programs) ?? "\\N"}\t${at}\t{}\tcopy${n}\n`;
      }
    };
    await pipeline(
      Readable.from(lines()),
      client.query(
        copyFrom(
          "copy touchpoints (workspace_id, id, contact_id, kind, side, program_id, occurred_at, properties, external_id) from stdin",
        ),
      ),
    );
  });
  client.release();
  const copyRate = (BATCHES * BATCH) / (copy.ms / 1000);
  return {
    name: "ingest",
    lines: [
      ...rounds.flatMap((r) => [
        `POST /touchpoints/batch, ${r.writers} concurrent writer${r.writers > 1 ? "s" : ""}: ${fmt(BATCHES * BATCH)} touchpoints in ${BATCHES} batches of ${BATCH} over ${fmt(CONTACTS)} existing contacts named by email (a block of its own for each round), ${PROGRAM_SHARE * 100} % naming one of ${PROGRAMS} programs, ${fmt(r.handoffs)} leads handed over to ${SALES_USERS} sales users: ${fmt(r.ms / 1000, 2)} s → **${fmt((BATCHES * BATCH) / (r.ms / 1000))} touchpoints/s** (each batch one transaction: contacts resolved and locked, touchpoints written, temperature and stage updated, the baton passed)`,
        ...(r.cpu
          ? [
              `CPU per batch of ${BATCH}, ${r.writers} writer${r.writers > 1 ? "s" : ""}: PostgreSQL ${fmt(r.cpu.postgresMs / BATCHES, 1)} ms, Baton server ${fmt(r.cpu.serverMs / BATCHES, 1)} ms`,
            ]
          : []),
        ...r.waits.map((w) => `waits, ${r.writers} writer${r.writers > 1 ? "s" : ""}: ${w.trim()}`),
        ...r.statements.map((l, i) =>
          i === 0 ? `per batch, ${r.writers} writer${r.writers > 1 ? "s" : ""}: ${l}` : l,
        ),
      ]),
      `Baseline, raw COPY of the same number of rows into touchpoints (same indexes and foreign keys): ${fmt(copy.ms / 1000, 2)} s → ${fmt(copyRate)} rows/s`,
      `Best API rate / COPY: ${fmt((best / copyRate) * 100, 1)} %. Goal ≥ 20,000/s: ${best >= 20_000 ? "met" : "not met"} (best ${fmt(best)}/s).`,
    ],
  };
}
