// The issue-10 reports at a million contacts (`npm run bench -- feedback`): attribution, source
// effectiveness, budget advice, what sales heard, plans with actuals, the reverse funnel and the
// hand-off report, each through its service against a naive baseline over the raw rows in the same
// run, which must give the same figures (bench/feedback-cases.ts). The fixture is the reports
// benchmark's (built here, or reused with BENCH_REUSE_URL), extended once with what these reports
// read (bench/feedback-fixture.ts); the attribution recompute of every won deal runs first, timed.
// `BENCH_RUNS` sets the timed runs (default 7, after one warm-up); `BENCH_HOLD=1` keeps the database.
import os from "node:os";
import { updateAttributionSettings } from "../src/services/attribution/attribution-settings.ts";
import type { Actor } from "../src/services/context.ts";
import type { CaseContext, ReportCase } from "./feedback-case.ts";
import { extendFeedbackFixture, feedbackCounts } from "./feedback-fixture.ts";
import { attributionCases, budgetCases, effectivenessCases } from "./marketing-cases.ts";
import { fixture, periods, series } from "./reports.ts";
import { explainStatements, reportStatements } from "./reports-explain.ts";
import { handoffCases, planCases, reverseFunnelCases, salesFeedbackCases } from "./sales-cases.ts";
import { type BenchEnv, fmt, timed } from "./support.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** The reports benchmarked, in order, each a function from the context to its cases: another
 * report on this fixture is one more such function in this list (the price-deviation report
 * needs line items and approvals, and has its own: bench/price-deviation.ts). */
const REPORTS: ((context: CaseContext) => ReportCase[])[] = [
  attributionCases,
  effectivenessCases,
  budgetCases,
  salesFeedbackCases,
  planCases,
  reverseFunnelCases,
  handoffCases,
];
/** A case slower than this at p50 has its statements timed alone and explained. */
const EXPLAIN_OVER_MS = 100;

export async function benchFeedbackReports(benchEnv: BenchEnv) {
  const log = (m: string) => console.error(`  feedback: ${m} (${new Date().toISOString().slice(11, 19)})`);
  const { env, counts, builtMs } = await fixture(benchEnv, log);
  const pool = env.database.pool;
  // One instant for the whole run: the service and its baseline must see the same "now".
  const now = new Date();
  const deps = { ...env.deps, now: () => now };
  const actor: Actor = {
    workspaceId: env.workspaceId,
    userId: "00000000-0000-0000-0000-000000000000",
    role: "admin",
  };

  const extended = await timed(() => extendFeedbackFixture(pool, env.workspaceId, now, log));
  const added = await feedbackCounts(pool, env.workspaceId);
  const lines = [
    `Fixture: the reports benchmark's (${fmt(Number(counts.touchpoints))} touchpoints, ${fmt(Number(counts.lifecycle))} lifecycle rows, ${fmt(Number(counts.deals))} deals of which ${fmt(Number(counts.won))} won; ${builtMs === null ? "built before" : `built in ${fmt(builtMs / 1000, 0)} s`}), ${extended.result.built ? `extended in ${fmt(extended.ms / 1000, 1)} s` : "extended before"} with ${fmt(added.handoffs)} hand-offs (${fmt(added.accepted)} accepted, ${fmt(added.recycled)} recycled, ${fmt(added.pending)} pending), ${fmt(added.calls)} owners' calls after them, ${fmt(added.objections)} deal objections, ${fmt(added.lost_with_reason)} lost deals with a reason, ${fmt(added.quotas)} quotas and ${fmt(added.plans)} plans.`,
  ];

  // Attribution reads stored credits: the settings change recomputes every won deal's.
  const before = Number((await pool.query("select count(*) as n from attribution_credits")).rows[0].n);
  log(`attribution recompute (${before === 0 ? "cold" : "warm"})`);
  const recompute = await timed(() =>
    updateAttributionSettings(deps, actor, { halfLifeDays: 7, buyingGroup: false }),
  );
  const credits = Number((await pool.query("select count(*) as n from attribution_credits")).rows[0].n);
  lines.push(
    `Attribution recompute of every won deal (${fmt(recompute.result.recomputedDeals)} deals, ${fmt(credits)} credit rows), ${before === 0 ? "cold" : "over existing credits"}: **${fmt(recompute.ms / 1000, 1)} s**.`,
  );
  await pool.query("vacuum analyze attribution_credits");

  const { quarter, year } = periods(now);
  const context: CaseContext = { deps, actor, pool, now, quarter, year };
  const loadStart = os.loadavg()[0]!;
  for (const c of REPORTS.flatMap((report) => report(context))) {
    log(`${c.report}, ${c.name}`);
    const fast = await series(() => c.service(deps));
    const slow = await series(c.naive);
    const diffs = await c.compare(await c.service(deps), await c.naive());
    const check =
      diffs.length === 0
        ? `Same figures as the naive query (${c.compared}).`
        : `DIFFERENT from the naive query (${c.compared}): ${diffs.slice(0, 6).join("; ")}${diffs.length > 6 ? ` (+${diffs.length - 6})` : ""}.`;
    let parts = "";
    if (fast.p50 > EXPLAIN_OVER_MS) {
      const statements = await explainStatements(
        env.database,
        await reportStatements(deps, (d) => c.service(d)),
        5,
        false,
      );
      for (const s of statements) console.error(`\n-- ${c.report}, ${c.name}: ${s.head}…\n${s.plan}\n`);
      parts = ` Its statements alone, p50 of 5: ${statements.map((s) => `${fmt(s.p50, 1)} ms (${s.head.slice(0, 50)}…)`).join(", ")}.`;
    }
    const line = `${c.report}, ${c.name}: p50 **${fmt(fast.p50, 1)} ms**, p95 ${fmt(fast.p95, 1)} ms (${RUNS} runs); naive p50 ${fmt(slow.p50, 0)} ms, p95 ${fmt(slow.p95, 0)} ms → **${fmt(slow.p50 / fast.p50, 1)}×** at p50. ${check}${parts}`;
    console.error(`  ${line}`);
    lines.push(line);
  }
  lines.push(
    `Load average (1 min) ${fmt(loadStart, 1)} at the start of the timings, ${fmt(os.loadavg()[0]!, 1)} at the end.`,
  );
  if (process.env.BENCH_HOLD) {
    console.error(`holding ${env.url}; kill -USR2 ${process.pid} to finish`);
    await new Promise((resolve) => process.once("SIGUSR2", resolve));
  }
  if (env !== benchEnv) await env.close();
  return { name: "feedback", lines };
}
