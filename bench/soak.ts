// Load and soak (issue 12, item 6): real `baton start` processes on the bench's PostgreSQL, a mixed
// load from a second process on loopback (bench/soak-load.ts), throughput, p50/p99 per kind and
// the processes' memory every interval. Options as `--name value` after the bench's name (or
// SOAK_<NAME> in the environment): --minutes, --contacts, --touchpoints, --concurrency,
// --interval (seconds), --baseline (seconds), --servers (1, 2, or 1,2 to compare back to back),
// --backfill (the share of touchpoint batches dated over the last 30 days instead of just now).
//   npm run bench -- soak --minutes 30 --contacts 100000
//   npm run bench -- soak --servers 1,2 --minutes 5
//   npm run bench -- soak-memory            (1,000,000 contacts, 3 minutes)
// Same-run baselines: raw `SELECT 1` round trips, the cheapest authenticated request (GET
// /auth/me) at the same concurrency, and the mix with one request in flight (no queueing).
import type { ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createUser } from "../src/services/users/create-user.ts";
import { resettleArrivals } from "../src/store/queries/arrivals.ts";
import { loadScoringSettings, rescoreWorkspace } from "../src/store/queries/scoring.ts";
import { meterCpu, postmasterOf } from "./cpu-meter.ts";
import { buildReportsWorkspace } from "./reports-fixture.ts";
import type { IntervalLine, Kind, KindStats, LoadConfig } from "./soak-load.ts";
import {
  type Balancer,
  freePort,
  postgresPssMiB,
  rssMiB,
  runLoad,
  startBalancer,
  startBaton,
  stopBaton,
} from "./soak-procs.ts";
import { csvOf, kindLines, type Row, rowOf, slope, TABLE_HEAD, tableRow, totals } from "./soak-report.ts";
import { type BenchEnv, fmt, percentile, timed } from "./support.ts";

interface Options {
  minutes: number;
  contacts: number;
  touchpoints: number;
  concurrency: number;
  interval: number;
  baseline: number;
  servers: number[];
  backfill: number;
}

function options(defaults: Options): Options {
  const argv = process.argv.slice(3);
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : process.env[`SOAK_${name.toUpperCase()}`];
  };
  const num = (name: keyof Options) => Number(get(name) ?? defaults[name]);
  return {
    minutes: num("minutes"),
    contacts: num("contacts"),
    touchpoints: Number(
      get("touchpoints") ?? (get("contacts") ? num("contacts") * 10 : defaults.touchpoints),
    ),
    concurrency: num("concurrency"),
    interval: num("interval"),
    baseline: num("baseline"),
    backfill: num("backfill"),
    servers: (get("servers") ?? defaults.servers.join(",")).split(",").map(Number),
  };
}

const log = (m: string) => console.error(`[soak ${new Date().toISOString().slice(11, 19)}] ${m}`);
const load1 = () => os.loadavg()[0]!;

async function seed(env: BenchEnv, o: Options) {
  const { ms, result } = await timed(async () => {
    const built = await buildReportsWorkspace(env, log, { contacts: o.contacts, touchpoints: o.touchpoints });
    // As `baton rescore` does: every contact's temperature from its touchpoints.
    const settings = await loadScoringSettings(env.database.db, env.workspaceId);
    await env.database.db.transaction(async (tx) => {
      await rescoreWorkspace(tx, env.workspaceId, settings);
      await resettleArrivals(tx, env.workspaceId, settings, new Date());
    });
    await env.database.pool.query("vacuum analyze contact_scores");
    log("scores");
    return built;
  });
  const login = { email: "staff@soak.example", password: "soak-staff-password" };
  await createUser(env.deps, { workspaceId: env.workspaceId, ...login, name: "Staff", role: "marketing" });
  const contactIds = (
    await env.database.pool.query(
      "select id from contacts where workspace_id = $1 order by random() limit 2000",
      [env.workspaceId],
    )
  ).rows.map((r) => r.id as string);
  return { ms, counts: result.counts, programIds: result.programIds, login, contactIds };
}

async function selectOne(env: BenchEnv) {
  const times: number[] = [];
  for (let i = 0; i < 2000; i++) times.push((await timed(() => env.database.pool.query("select 1"))).ms);
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

export async function soak(env: BenchEnv, o: Options, title: string) {
  log(`options ${JSON.stringify(o)}; load ${fmt(load1(), 1)}`);
  const s = await seed(env, o);
  log(`seeded in ${fmt(s.ms / 1000)} s: ${JSON.stringify(s.counts)}`);
  const postmaster = postmasterOf(
    (await env.database.pool.query("select pg_backend_pid() as pid")).rows[0].pid,
  );
  const pg = () => (postmaster ? postgresPssMiB(postmaster) : null);
  const dir = mkdtempSync(path.join(os.tmpdir(), "baton-soak-"));
  const servers: ChildProcess[] = [];
  const ports: number[] = [];
  let balancer: Balancer | null = null;
  const rows: Row[] = [];
  const lines: string[] = [];
  const tables: string[] = [];
  const compare = o.servers.length > 1 || o.servers[0]! > 1;
  try {
    const sql1 = await selectOne(env);
    lines.push(
      `${title}. Fixture: ${fmt(o.contacts)} contacts, ${fmt(Number(s.counts.touchpoints))} touchpoints, ${fmt(Number(s.counts.deals))} deals, ${fmt(Number(s.counts.lifecycle))} lifecycle rows, 20 programs, scored — built in ${fmt(s.ms / 1000)} s. Mix: 35 % board reads (session cookie), 20 % contact pages, 25 % batches of 100 touchpoints (${fmt(o.backfill * 100)} % of them backfills of the last 30 days, the rest dated in the last 10 minutes), 10 % single form touchpoints for new emails, 10 % report reads. Load average ${fmt(load1(), 1)} before the timings.`,
      `Baseline, raw \`SELECT 1\` from the bench process, 2,000 round trips: p50 ${fmt(sql1.p50, 2)} ms, p99 ${fmt(sql1.p99, 2)} ms.`,
    );
    const loadFile = (seconds: number, concurrency: number, base: string, mode: LoadConfig["mode"]) => {
      const file = path.join(dir, `load-${Date.now()}.json`);
      const config: LoadConfig = {
        base,
        apiKey: env.apiKey,
        login: s.login,
        contactIds: s.contactIds,
        contacts: o.contacts,
        programIds: s.programIds,
        seconds,
        concurrency,
        intervalSeconds: Math.min(o.interval, seconds),
        mode,
        backfill: o.backfill,
      };
      writeFileSync(file, JSON.stringify(config));
      return file;
    };
    // The mix with one request in flight: each kind's latency without queueing. Measured again
    // after a single-server run, it tells a slower server from a busier one.
    const unqueued = async (base: string, when: string) => {
      let serial: Partial<Record<Kind, KindStats>> = {};
      await runLoad(loadFile(o.baseline, 1, base, "mix"), (l) => {
        if (l.final) serial = l.kinds as typeof serial;
      });
      lines.push(
        `Baseline ${when}, the same mix with one request in flight for ${o.baseline} s (no queueing; load ${fmt(load1(), 1)}): ${fmt(totals(serial, o.baseline).rps, 1)} req/s.`,
        ...kindLines(serial, o.baseline).map((l) => `  - ${l}`),
      );
    };
    for (const [p, count] of o.servers.entries()) {
      while (servers.length < count) {
        const port = await freePort();
        servers.push(await startBaton(env.url, port));
        ports.push(port);
      }
      await balancer?.close();
      balancer = compare ? await startBalancer(ports.slice(0, count)) : null;
      const base = balancer?.url ?? `http://127.0.0.1:${ports[0]}`;
      const phase = `${count} server${count > 1 ? "s" : ""}`;
      const rssAll = () => servers.slice(0, count).map((c) => rssMiB(c.pid!) ?? 0);
      const atStart = rssAll();
      if (p === 0) {
        // Yardsticks, against the same server before the run: the floor, then the mix unqueued.
        let floor: Partial<Record<Kind, KindStats>> = {};
        await runLoad(loadFile(20, o.concurrency, base, "floor"), (l) => {
          if (l.final) floor = l.kinds as typeof floor;
        });
        const f = floor.floor!;
        lines.push(
          `Baseline, the cheapest authenticated request (GET /auth/me: the key's lookup, no other work), ${o.concurrency} in flight for 20 s from the load process: **${fmt(f.n / 20)} req/s**, p50 ${fmt(f.p50, 1)} ms, p99 ${fmt(f.p99, 1)} ms (load ${fmt(load1(), 1)}).`,
        );
        await unqueued(base, "before the run");
      }
      log(
        `${phase}: ${o.minutes} min, ${o.concurrency} in flight, server RSS ${atStart.map((m) => fmt(m))} MiB`,
      );
      let peak = atStart.map(() => 0);
      const sampler = setInterval(() => {
        peak = rssAll().map((m, i) => Math.max(m, peak[i]!));
      }, 5_000);
      let final: { seconds: number; kinds: Partial<Record<Kind, KindStats>> } | null = null;
      const phaseRows: Row[] = [];
      const meters = () =>
        servers.slice(0, count).map((c) => (postmaster ? meterCpu(postmaster, c.pid!) : null));
      let meter = meters();
      await runLoad(loadFile(o.minutes * 60, o.concurrency, base, "mix"), (l) => {
        if (l.final) {
          final = l as unknown as typeof final;
          return;
        }
        const line = l as unknown as IntervalLine;
        // PostgreSQL's share is the same in every meter: take it once.
        const used = meter.map((m) => m?.stop() ?? null);
        meter = meters();
        const cpu = used[0]
          ? { serverMs: used.reduce((a, u) => a + (u?.serverMs ?? 0), 0), postgresMs: used[0].postgresMs }
          : null;
        const row = rowOf(phase, line, load1(), rssAll(), pg(), cpu);
        peak = row.serverRss.map((m, i) => Math.max(m, peak[i]!));
        phaseRows.push(row);
        console.error(tableRow(row));
        for (const e of line.firstErrors) log(`error: ${e}`);
      });
      clearInterval(sampler);
      rows.push(...phaseRows);
      const f = final as unknown as { seconds: number; kinds: Partial<Record<Kind, KindStats>> };
      const t = totals(f.kinds, f.seconds);
      const afterWarmup = phaseRows[0]?.serverRss ?? [];
      const end = phaseRows.at(-1)?.serverRss ?? [];
      const growth = slope(
        phaseRows.slice(1).map((r) => ({ t: r.t, v: r.serverRss.reduce((a, b) => a + b, 0) })),
      );
      const pgGrowth = slope(
        phaseRows.slice(1).flatMap((r) => (r.postgresPss === null ? [] : [{ t: r.t, v: r.postgresPss }])),
      );
      const mib = (xs: number[]) => xs.map((m) => fmt(m)).join(" + ");
      lines.push(
        `**${phase}**, ${fmt(f.seconds / 60, 1)} min, ${o.concurrency} requests in flight${balancer ? " through a round-robin balancer on loopback" : ", straight to the server"}: ${fmt(t.requests)} requests → **${fmt(t.rps, 1)} req/s**, **${fmt(t.touchpointsPerSecond)} touchpoints/s**; non-2xx ${t.errors}, **5xx ${t.e5xx}**. Load average ${fmt(phaseRows[0]?.load ?? 0, 1)} at the first interval, ${fmt(load1(), 1)} at the end.`,
        ...kindLines(f.kinds, f.seconds).map((l) => `  - ${l}`),
        `Server memory (${phase}, VmRSS MiB): ${mib(atStart)} at start (idle, after the baselines on the first phase), ${mib(afterWarmup)} after the first ${o.interval} s, **peak ${mib(peak)}**, ${mib(end)} at the end; trend after the first interval ${growth === null ? "–" : `${fmt(growth, 1)} MiB/hour`}. PostgreSQL (PSS of all its processes): ${fmt(phaseRows[0]?.postgresPss ?? 0)} → ${fmt(phaseRows.at(-1)?.postgresPss ?? 0)} MiB, trend ${pgGrowth === null ? "–" : `${fmt(pgGrowth, 1)} MiB/hour`}.`,
      );
      if (balancer)
        lines.push(
          `Requests per backend: ${[...balancer.served.values()].map((n) => fmt(n)).join(" / ")} (cumulative).`,
        );
      tables.push(
        `#### ${title} — ${phase}, every ${o.interval} s\n\n${[...TABLE_HEAD, ...phaseRows.map(tableRow)].join("\n")}`,
      );
      if (!compare) await unqueued(base, "after the run");
    }
  } finally {
    await balancer?.close();
    for (const c of servers) await stopBaton(c);
    rmSync(dir, { recursive: true, force: true });
  }
  const results = path.join(import.meta.dirname, "results");
  mkdirSync(results, { recursive: true });
  const csv = path.join(results, `soak-${new Date().toISOString().replace(/[:.]/g, "-")}.csv`);
  writeFileSync(csv, csvOf(rows));
  log(`series written to ${csv}`);
  return { name: title, lines, tables };
}

const SOAK: Options = {
  minutes: 30,
  contacts: 100_000,
  touchpoints: 1_000_000,
  concurrency: 8,
  interval: 30,
  baseline: 30,
  servers: [1],
  backfill: 0.05,
};

export const benchSoak = (env: BenchEnv) => {
  const o = options(SOAK);
  return soak(env, o, o.servers.length > 1 ? `soak, ${o.servers.join(" vs ")} servers` : "soak");
};

export const benchSoakMemory = (env: BenchEnv) =>
  soak(
    env,
    options({ ...SOAK, minutes: 3, contacts: 1_000_000, touchpoints: 3_000_000, baseline: 15 }),
    "soak-memory, 1,000,000 contacts",
  );
