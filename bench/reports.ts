// The program scorecard and the funnel over a million contacts and ten million touchpoints
// (bench/reports-fixture.ts): each through its service for several periods and filters, against
// the naive GROUP BY over the raw rows (touchpoints, the stage history, deals, cost lines) in the
// same run, which must give the same figures. Before the timings the reach rollup job runs once
// over the whole history, as it would the first time on a workspace (timed too). `BENCH_RUNS`
// sets the timed runs (default 7, after one warm-up). `BENCH_REUSE_URL` times against a fixture
// already built (a database kept with `BENCH_HOLD=1`) instead of building one.
import type { ScorecardCounts } from "../src/domain/scorecard.ts";
import type { Actor } from "../src/services/context.ts";
import { funnelReport } from "../src/services/reports/funnel.ts";
import { programScorecard } from "../src/services/reports/program-scorecard.ts";
import { rollUpReach } from "../src/services/reports/reach-rollup.ts";
import { FunnelQuerySchema, ScorecardQuerySchema } from "../src/services/reports/report-schemas.ts";
import { openDatabase } from "../src/store/db.ts";
import { explainStatements, reportStatements } from "./reports-explain.ts";
import { buildReportsWorkspace, CONTACTS, fixtureCounts } from "./reports-fixture.ts";
import { type NaiveFunnel, naiveFunnel, naiveScorecard } from "./reports-naive.ts";
import { type BenchEnv, fmt, percentile, timed } from "./support.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const FIGURES = [
  "reach",
  "leads",
  "salesReady",
  "accepted",
  "opportunities",
  "won",
  "revenueMinor",
  "costMinor",
] as const;

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The last complete calendar quarter before now, and the four quarters ending with it. */
export function periods(now: Date) {
  const q = Math.floor(now.getUTCMonth() / 3);
  const end = new Date(Date.UTC(now.getUTCFullYear(), q * 3, 0));
  const start = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 2, 1));
  const yearStart = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 11, 1));
  return { quarter: { from: day(start), to: day(end) }, year: { from: day(yearStart), to: day(end) } };
}

export async function series(work: () => Promise<unknown>) {
  await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await timed(work)).ms);
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), times };
}

/** The fixture: built in `env`, or one built before (BENCH_REUSE_URL) in an environment of its own. */
export async function fixture(env: BenchEnv, log: (m: string) => void) {
  const reuse = process.env.BENCH_REUSE_URL;
  if (!reuse) {
    const gen = await timed(() => buildReportsWorkspace(env, log));
    return { env, counts: gen.result.counts, builtMs: gen.ms as number | null };
  }
  const database = openDatabase(reuse, { max: 8 });
  const ws = await database.pool.query("select workspace_id from workspaces order by created_at limit 1");
  const reused: BenchEnv = {
    ...env,
    url: reuse,
    database,
    deps: { ...env.deps, db: database.db },
    workspaceId: ws.rows[0].workspace_id,
    close: () => database.close(),
  };
  return { env: reused, counts: await fixtureCounts(database.pool), builtMs: null };
}

export async function benchReports(benchEnv: BenchEnv) {
  const log = (m: string) => console.error(`  reports: ${m} (${new Date().toISOString().slice(11, 19)})`);
  const { env, counts, builtMs } = await fixture(benchEnv, log);
  // The rollup job's first run on this workspace: every closed month from the whole history.
  await env.database.pool.query("delete from reach_rollups");
  await env.database.pool.query("delete from reach_months");
  log("reach rollup");
  const rollup = await timed(() => rollUpReach(env.deps));
  const rollupRows = (await env.database.pool.query("select count(*) as n from reach_months")).rows[0].n;
  const actor: Actor = {
    workspaceId: env.workspaceId,
    userId: "00000000-0000-0000-0000-000000000000",
    role: "admin",
  };
  const { quarter, year } = periods(new Date());
  const cases = [
    { name: `last quarter (${quarter.from} – ${quarter.to}) by program`, ...quarter, groupBy: "program" },
    { name: "last quarter by channel", ...quarter, groupBy: "channel" },
    { name: `a year (${year.from} – ${year.to}) by program`, ...year, groupBy: "program" },
    { name: "last quarter, channel email, by program", ...quarter, groupBy: "program", channel: "email" },
  ] as const;

  const lines: string[] = [
    `Fixture: ${fmt(CONTACTS)} contacts, ${fmt(Number(counts.touchpoints))} touchpoints (${counts.tp_size} with indexes) over 2 years, 20 programs on 12 channels, ${fmt(Number(counts.history))} stage-history rows, ${fmt(Number(counts.lifecycle))} lifecycle rows, ${fmt(Number(counts.deals))} deals (${fmt(Number(counts.won))} won), ${fmt(Number(counts.costs))} cost lines; program_reach ${fmt(Number(counts.reach))} rows (${counts.reach_size}); ${builtMs === null ? "built before (reused)" : `built in ${fmt(builtMs / 1000, 0)} s`}.`,
    `The reach rollup job's first run over the whole history: ${fmt(rollup.ms / 1000, 1)} s, ${fmt(Number(rollupRows))} reach_months rows.`,
  ];
  for (const c of cases) {
    const query = ScorecardQuerySchema.parse({ ...c, name: undefined });
    const filter = {
      workspaceId: env.workspaceId,
      from: c.from,
      to: c.to,
      groupBy: c.groupBy,
      currency: "USD",
      ...("channel" in c ? { channel: c.channel } : {}),
    };
    log(c.name);
    const fast = await series(() => programScorecard(env.deps, actor, query));
    const slow = await series(() => naiveScorecard(env.database.pool, filter));
    const check = agree(
      await programScorecard(env.deps, actor, query),
      await naiveScorecard(env.database.pool, filter),
    );
    const parts = await explainStatements(
      env.database,
      await reportStatements(env.deps, (deps) => programScorecard(deps, actor, query)),
    );
    for (const part of parts) console.error(`\n-- ${c.name}: ${part.head}…\n${part.plan}\n`);
    lines.push(
      `Scorecard, ${c.name}: p50 **${fmt(fast.p50, 1)} ms**, p95 ${fmt(fast.p95, 1)} ms (${RUNS} runs); naive GROUP BY over the raw rows p50 ${fmt(slow.p50, 0)} ms, p95 ${fmt(slow.p95, 0)} ms → **${fmt(slow.p50 / fast.p50, 0)}×** at p50. Goals ≤ 100 ms: ${fast.p95 <= 100 ? "met" : fast.p50 <= 100 ? "met at p50 only" : "not met"}; ≥ 100×: ${slow.p50 / fast.p50 >= 100 ? "met" : "not met"}. ${check} Its statements alone, p50 of 5: ${parts.map((p) => `${fmt(p.p50, 1)} ms (${p.head.slice(0, 40)}…)`).join(", ")}.`,
    );
  }
  const funnelCases = [
    { name: `last quarter (${quarter.from} – ${quarter.to})`, ...quarter },
    { name: `a year (${year.from} – ${year.to})`, ...year },
    { name: "last quarter, channel email", ...quarter, channel: "email" },
  ];
  for (const c of funnelCases) {
    const query = FunnelQuerySchema.parse({ ...c, name: undefined });
    const filter = { workspaceId: env.workspaceId, ...c };
    log(`funnel, ${c.name}`);
    const fast = await series(() => funnelReport(env.deps, actor, query));
    const slow = await series(() => naiveFunnel(env.database.pool, filter));
    const check = agreeFunnel(
      await funnelReport(env.deps, actor, query),
      await naiveFunnel(env.database.pool, filter),
    );
    const parts = await explainStatements(
      env.database,
      await reportStatements(env.deps, (deps) => funnelReport(deps, actor, query)),
    );
    for (const part of parts) console.error(`\n-- funnel, ${c.name}: ${part.head}…\n${part.plan}\n`);
    lines.push(
      `Funnel, ${c.name}: p50 **${fmt(fast.p50, 1)} ms**, p95 ${fmt(fast.p95, 1)} ms (${RUNS} runs); naive GROUP BY over the stage history p50 ${fmt(slow.p50, 0)} ms, p95 ${fmt(slow.p95, 0)} ms → **${fmt(slow.p50 / fast.p50, 0)}×** at p50. Goals ≤ 100 ms: ${fast.p95 <= 100 ? "met" : fast.p50 <= 100 ? "met at p50 only" : "not met"}; ≥ 100×: ${slow.p50 / fast.p50 >= 100 ? "met" : "not met"}. ${check} Its statements alone, p50 of 5: ${parts.map((p) => `${fmt(p.p50, 1)} ms (${p.head.slice(0, 40)}…)`).join(", ")}.`,
    );
  }
  if (process.env.BENCH_HOLD) {
    // Keep the database for experiments (psql to env.url) until SIGUSR2.
    console.error(`holding ${env.url}; kill -USR2 ${process.pid} to finish`);
    await new Promise((resolve) => process.once("SIGUSR2", resolve));
  }
  if (env !== benchEnv) await env.close();
  return { name: "reports", lines };
}

/** The funnel's cohorts and times against the naive ones: counts exactly, seconds to 1e-6. */
function agreeFunnel(result: Awaited<ReturnType<typeof funnelReport>>, naive: NaiveFunnel): string {
  const diffs: string[] = [];
  const rows = [...result.cohorts.map((c) => [c.month, c] as const), ["total", result.total] as const];
  for (const [month, c] of rows) {
    const n = naive.cohorts.get(month);
    for (const k of ["leads", "salesReady", "accepted", "won"] as const)
      if ((n?.[k] ?? 0) !== c[k]) diffs.push(`${month} ${k}: ${c[k]} vs ${n?.[k] ?? 0}`);
  }
  if (naive.cohorts.size !== rows.length)
    diffs.push(`${naive.cohorts.size} naive cohort rows, ${rows.length} reported`);
  const close = (a: number | null, b: number | null | undefined) =>
    a === (b ?? null) ||
    (a !== null && b !== null && b !== undefined && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)));
  for (const t of result.timeInStage) {
    const n = naive.times.get(t.stage);
    if ((n?.contacts ?? 0) !== t.contacts)
      diffs.push(`${t.stage} contacts: ${t.contacts} vs ${n?.contacts ?? 0}`);
    if (!close(t.medianSeconds, n?.median))
      diffs.push(`${t.stage} median: ${t.medianSeconds} vs ${n?.median}`);
    if (!close(t.p75Seconds, n?.p75)) diffs.push(`${t.stage} p75: ${t.p75Seconds} vs ${n?.p75}`);
  }
  return diffs.length === 0
    ? `Same figures as the naive query (${rows.length} cohort rows and 3 stage times).`
    : `DIFFERENT from the naive query: ${diffs.slice(0, 5).join("; ")}${diffs.length > 5 ? ` (+${diffs.length - 5})` : ""}.`;
}

type ScorecardResult = Awaited<ReturnType<typeof programScorecard>>;

/** The service's rows against the naive query's groups: every figure of every group. */
function agree(result: ScorecardResult, naive: Map<string | null, ScorecardCounts>): string {
  const diffs: string[] = [];
  const seen = new Set<string | null>();
  for (const row of result.rows) {
    const key = result.groupBy === "program" ? row.programId : row.channel;
    seen.add(key);
    const other = naive.get(key);
    for (const f of FIGURES)
      if ((other?.[f] ?? 0) !== (row[f] ?? 0))
        diffs.push(`${key ?? "no program"} ${f}: ${row[f]} vs ${other?.[f] ?? 0}`);
  }
  for (const f of FIGURES)
    if ((naive.get("total")?.[f] ?? 0) !== (result.totals[f] ?? 0))
      diffs.push(`total ${f}: ${result.totals[f]} vs ${naive.get("total")?.[f] ?? 0}`);
  for (const key of naive.keys())
    if (key !== "total" && !seen.has(key)) diffs.push(`${key}: only in the naive query`);
  return diffs.length === 0
    ? `Same figures as the naive query (${result.rows.length} rows and the totals).`
    : `DIFFERENT from the naive query: ${diffs.slice(0, 5).join("; ")}${diffs.length > 5 ? ` (+${diffs.length - 5})` : ""}.`;
}
