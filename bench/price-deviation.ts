// The price-deviation report at scale (`npm run bench -- price`): a million contacts and 200,000
// deals over two years with their line items and approvals (bench/price-deviation-fixture.ts).
// Each case calls priceDeviationReport with an admin actor and times it against a naive baseline
// in the same run: one SQL statement over the raw rows (deals, the pipelines' won stages, line
// items, approvals, users, price books) with plain joins and GROUP BYs, which must give the same
// figures per group and in total — "outside policy" included, from a re-statement of the policy
// rule and the approval fingerprint in SQL. Every statement of the report, and the baseline, is
// explained on stderr. `BENCH_RUNS` sets the timed runs (default 5, after a warm-up).
import os from "node:os";
import type { Pool } from "pg";
import type { PriceDeviationGroup } from "../src/domain/price-deviation.ts";
import type { Actor, Deps } from "../src/services/context.ts";
import { priceDeviationReport } from "../src/services/reports/price-deviation.ts";
import { PriceDeviationQuerySchema } from "../src/services/reports/report-schemas.ts";
import { differ, label } from "./feedback-case.ts";
import { buildPriceDeviationFixture, priceDeviationCounts } from "./price-deviation-fixture.ts";
import { periods } from "./reports.ts";
import { explainStatements, reportStatements } from "./reports-explain.ts";
import { type BenchEnv, fmt, percentile, timed } from "./support.ts";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** The 1, 5 and 15-minute load averages. */
const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

async function series(work: () => Promise<unknown>) {
  await work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await timed(work)).ms);
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

interface NaiveRow {
  wonDeals: number;
  discountedDeals: number;
  giveawayDeals: number;
  listMinor: number;
  discountMinor: number;
  giveawayMinor: number;
  revenueMinor: number;
  outsidePolicy: number;
  requested: number;
  approved: number;
  rejected: number;
  pending: number;
  superseded: number;
  medianDecideSeconds: number | null;
  p75DecideSeconds: number | null;
}

/** The group's column over `deals d left join price_books pb`, written out here again. */
const KEYS: Record<PriceDeviationGroup, string> = {
  owner: "d.owner_id::text",
  channel: "case when pb.id is null then 'direct' else pb.channel end",
  partner: "d.partner_id::text",
};

/** The naive statement: money per won deal and group, then approvals per group, each with a total. */
function naiveText(groupBy: PriceDeviationGroup) {
  const key = KEYS[groupBy];
  return `
    with won as (
      select ${key} as key, d.id, d.amount_minor, d.price_book_id, u.role,
        case when pb.id is null then 'direct' else pb.channel end as channel
      from deals d
      join pipelines p on p.workspace_id = d.workspace_id and p.id = d.pipeline_id
      cross join lateral jsonb_array_elements(p.stages) st
      join users u on u.workspace_id = d.workspace_id and u.id = d.owner_id
      left join price_books pb on pb.workspace_id = d.workspace_id and pb.id = d.price_book_id
      where d.workspace_id = $1 and d.currency = $2 and st->>'key' = d.stage and st->>'outcome' = 'won'
        and d.closed_at >= $3::date::timestamp at time zone 'UTC'
        and d.closed_at < ($4::date + 1)::timestamp at time zone 'UTC'
    ),
    policy as (
      select coalesce(dp.default_max_discount_bp, 1000) as dflt, dp.max_discount_bp_by_role as by_role,
        dp.max_discount_bp_by_channel as by_channel, coalesce(dp.giveaways_allowed, false) as giveaways
      from (select 1) one left join discount_policies dp on dp.workspace_id = $1
    ),
    per_deal as (
      select w.id,
        sum(li.list_price_minor * li.quantity) as list_minor,
        sum(case when li.giveaway then li.list_price_minor * li.quantity else 0 end) as giveaway_minor,
        sum(case when not li.giveaway and li.unit_price_minor < li.list_price_minor
          then (li.list_price_minor - li.unit_price_minor) * li.quantity else 0 end) as discount_minor,
        bool_or(not li.giveaway and li.unit_price_minor < li.list_price_minor) as discounted,
        bool_or(li.giveaway) as gave,
        bool_or(case when li.giveaway then not pol.giveaways
          else li.unit_price_minor > li.list_price_minor
            or (li.list_price_minor - li.unit_price_minor) * 10000 > li.list_price_minor * least(
              coalesce((pol.by_role ->> w.role)::int, pol.dflt), coalesce((pol.by_channel ->> w.channel)::int, pol.dflt))
          end) as deviates,
        coalesce(w.price_book_id::text, '-') || '|' || string_agg(
          li.product_id::text || ':' || li.quantity || ':' || li.list_price_minor || ':' || li.unit_price_minor || ':'
            || case when li.giveaway then '1' else '0' end, '|' order by li.position) as fingerprint
      from won w
      join deal_line_items li on li.workspace_id = $1 and li.deal_id = w.id
      cross join policy pol
      group by w.id, w.price_book_id
    ),
    granted as (
      select distinct deal_id, fingerprint from approvals where workspace_id = $1 and status = 'approved'
    ),
    deal_rows as (
      select w.key, w.amount_minor, coalesce(pd.list_minor, 0) as list_minor,
        coalesce(pd.discount_minor, 0) as discount_minor, coalesce(pd.giveaway_minor, 0) as giveaway_minor,
        coalesce(pd.discounted, false) as discounted, coalesce(pd.gave, false) as gave,
        coalesce(pd.deviates, false) and g.deal_id is null as outside
      from won w
      left join per_deal pd on pd.id = w.id
      left join granted g on g.deal_id = w.id and g.fingerprint = pd.fingerprint
    ),
    asks as (
      select ${key} as key, a.status, extract(epoch from a.decided_at - a.requested_at) as secs
      from approvals a
      join deals d on d.workspace_id = a.workspace_id and d.id = a.deal_id
      left join price_books pb on pb.workspace_id = d.workspace_id and pb.id = d.price_book_id
      where a.workspace_id = $1 and d.currency = $2
        and a.requested_at >= $3::date::timestamp at time zone 'UTC'
        and a.requested_at < ($4::date + 1)::timestamp at time zone 'UTC'
    ),
    money as (
      select false as total, key, count(*) as won, count(*) filter (where discounted) as discounted,
        count(*) filter (where gave) as gave, sum(list_minor) as list, sum(discount_minor) as discount,
        sum(giveaway_minor) as giveaway, sum(amount_minor) as revenue, count(*) filter (where outside) as outside
      from deal_rows group by key
      union all
      select true, null, count(*), count(*) filter (where discounted), count(*) filter (where gave), sum(list_minor),
        sum(discount_minor), sum(giveaway_minor), sum(amount_minor), count(*) filter (where outside)
      from deal_rows
    ),
    decided as (
      select false as total, key, count(*) as requested, count(*) filter (where status = 'approved') as approved,
        count(*) filter (where status = 'rejected') as rejected, count(*) filter (where status = 'pending') as pending,
        count(*) filter (where status = 'superseded') as superseded,
        percentile_cont(0.5) within group (order by secs) filter (where status in ('approved', 'rejected')) as median,
        percentile_cont(0.75) within group (order by secs) filter (where status in ('approved', 'rejected')) as p75
      from asks group by key
      union all
      select true, null, count(*), count(*) filter (where status = 'approved'),
        count(*) filter (where status = 'rejected'), count(*) filter (where status = 'pending'),
        count(*) filter (where status = 'superseded'),
        percentile_cont(0.5) within group (order by secs) filter (where status in ('approved', 'rejected')),
        percentile_cont(0.75) within group (order by secs) filter (where status in ('approved', 'rejected'))
      from asks
    )
    select 'money' as what, total, key, won, discounted, gave, list, discount, giveaway, revenue, outside,
      null::bigint as requested, null::bigint as approved, null::bigint as rejected, null::bigint as pending,
      null::bigint as superseded, null::float8 as median, null::float8 as p75
    from money where won > 0
    union all
    select 'asks', total, key, null, null, null, null, null, null, null, null,
      requested, approved, rejected, pending, superseded, median, p75
    from decided where requested > 0`;
}

const blank = (): NaiveRow => ({
  wonDeals: 0,
  discountedDeals: 0,
  giveawayDeals: 0,
  listMinor: 0,
  discountMinor: 0,
  giveawayMinor: 0,
  revenueMinor: 0,
  outsidePolicy: 0,
  requested: 0,
  approved: 0,
  rejected: 0,
  pending: 0,
  superseded: 0,
  medianDecideSeconds: null,
  p75DecideSeconds: null,
});

/** Per group key (null: none) and "total", the naive figures. */
async function naivePriceDeviation(
  pool: Pool,
  f: { workspaceId: string; from: string; to: string; groupBy: PriceDeviationGroup },
) {
  const result = await pool.query(naiveText(f.groupBy), [f.workspaceId, "USD", f.from, f.to]);
  const out = new Map<string | null, NaiveRow>();
  const n = (v: unknown) => (v == null ? null : Number(v));
  for (const r of result.rows) {
    const k = r.total ? "total" : (r.key as string | null);
    const row = out.get(k) ?? blank();
    out.set(k, row);
    if (r.what === "money")
      Object.assign(row, {
        wonDeals: n(r.won),
        discountedDeals: n(r.discounted),
        giveawayDeals: n(r.gave),
        listMinor: n(r.list),
        discountMinor: n(r.discount),
        giveawayMinor: n(r.giveaway),
        revenueMinor: n(r.revenue),
        outsidePolicy: n(r.outside),
      });
    else
      Object.assign(row, {
        requested: n(r.requested),
        approved: n(r.approved),
        rejected: n(r.rejected),
        pending: n(r.pending),
        superseded: n(r.superseded),
        medianDecideSeconds: n(r.median),
        p75DecideSeconds: n(r.p75),
      });
  }
  return out;
}

type Report = Awaited<ReturnType<typeof priceDeviationReport>>;
const COUNTED = [
  "wonDeals",
  "discountedDeals",
  "giveawayDeals",
  "listMinor",
  "discountMinor",
  "giveawayMinor",
  "revenueMinor",
  "outsidePolicy",
  "requested",
  "approved",
  "rejected",
  "pending",
  "superseded",
] as const;

/** Every figure exactly, the decision-time quantiles to 1e-6 s, and the same groups on both sides. */
function compare(s: Report, n: Map<string | null, NaiveRow>): string[] {
  const ours = new Map<string | null, Report["total"]>(s.rows.map((r) => [r.key, r]));
  ours.set("total", s.total);
  const diffs: string[] = [];
  for (const k of new Set([...ours.keys(), ...n.keys()])) {
    const a = ours.get(k);
    const b = n.get(k);
    if (!a || !b) {
      diffs.push(`${k ?? "none"}: only in the ${a ? "report" : "naive query"}`);
      continue;
    }
    for (const f of COUNTED) if (a[f] !== b[f]) diffs.push(`${k ?? "none"} ${f}: ${a[f]} vs ${b[f]}`);
    for (const f of ["medianDecideSeconds", "p75DecideSeconds"] as const) {
      const x = a[f];
      const y = b[f];
      if (!((x === null && y === null) || (x !== null && y !== null && Math.abs(x - y) <= 1e-6)))
        diffs.push(`${k ?? "none"} ${f}: ${x} vs ${y}`);
    }
  }
  // givenAwayMinor is the sum of the two; checked so that a change to it cannot slip by.
  diffs.push(
    ...differ("total", {
      givenAway: [s.total.givenAwayMinor, s.total.discountMinor + s.total.giveawayMinor],
    }),
  );
  return diffs;
}

export async function benchPriceDeviation(env: BenchEnv) {
  const log = (m: string) => console.error(`  price: ${m} (${new Date().toISOString().slice(11, 19)})`);
  const pool = env.database.pool;
  const ws = env.workspaceId;
  const now = new Date();
  const deps: Deps = { ...env.deps, now: () => now };
  const admin = (await pool.query("select id from users where workspace_id = $1 and role = 'admin'", [ws]))
    .rows[0].id as string;
  const actor: Actor = { workspaceId: ws, userId: admin, role: "admin" };

  const build = await timed(() => buildPriceDeviationFixture(pool, ws, now, log));
  const c = await priceDeviationCounts(pool, ws);
  const outside = await naivePriceDeviation(pool, {
    workspaceId: ws,
    from: "2000-01-01",
    to: "2100-12-31",
    groupBy: "owner",
  });
  const lines = [
    `Fixture (built in ${fmt(build.ms / 1000, 0)} s): ${fmt(Number(c.contacts))} contacts; ${fmt(Number(c.deals))} deals over two years (${fmt(Number(c.won))} won, ${fmt(Number(c.lost))} lost, the rest open; ${fmt(Number(c.partner_deals))} registered by the 2 resellers), ${fmt(Number(c.lines))} line items (${fmt(Number(c.discounted_lines))} below list, ${fmt(Number(c.above_list))} above, ${fmt(Number(c.giveaways))} give-aways); ${fmt(Number(c.approvals))} approvals on ${fmt(Number(c.deals_asking))} deals (${fmt(Number(c.approved))} approved, ${fmt(Number(c.rejected))} rejected, ${fmt(Number(c.pending))} pending, ${fmt(Number(c.superseded))} superseded); won deals outside today's policy, all time: ${fmt(outside.get("total")?.outsidePolicy ?? 0)}.`,
  ];

  const { quarter, year } = periods(now);
  const cases = [
    { name: label("last quarter", quarter), p: quarter, groupBy: "owner" as const },
    { name: label("last quarter", quarter), p: quarter, groupBy: "channel" as const },
    { name: label("a year", year), p: year, groupBy: "owner" as const },
    { name: label("a year", year), p: year, groupBy: "channel" as const },
    { name: label("a year", year), p: year, groupBy: "partner" as const },
  ];
  const loadStart = loadavg();
  for (const k of cases) {
    const name = `${k.name}, by ${k.groupBy}`;
    log(name);
    const query = PriceDeviationQuerySchema.parse({ ...k.p, groupBy: k.groupBy });
    const service = (d: Deps) => priceDeviationReport(d, actor, query);
    const filter = { workspaceId: ws, ...k.p, groupBy: k.groupBy };
    const fast = await series(() => service(deps));
    const slow = await series(() => naivePriceDeviation(pool, filter));
    const report = await service(deps);
    const diffs = compare(report, await naivePriceDeviation(pool, filter));
    const check =
      diffs.length === 0
        ? "same figures as the naive query"
        : `DIFFERENT from the naive query: ${diffs.slice(0, 8).join("; ")}${diffs.length > 8 ? ` (+${diffs.length - 8})` : ""}`;
    // Where the time goes: each of the report's statements alone, and the naive one, explained.
    const statements = await explainStatements(env.database, await reportStatements(deps, service), 5, false);
    for (const s of statements) console.error(`\n-- ${name}: ${s.head}…\n${s.plan}\n`);
    const naivePlan = await pool.query(`explain (analyze, buffers) ${naiveText(k.groupBy)}`, [
      ws,
      "USD",
      k.p.from,
      k.p.to,
    ]);
    console.error(`\n-- ${name}: naive…\n${naivePlan.rows.map((r) => r["QUERY PLAN"]).join("\n")}\n`);
    const slowest = [...statements].sort((a, b) => b.p50 - a.p50).slice(0, 2);
    const line = `${name}: p50 **${fmt(fast.p50, 0)} ms**, p95 ${fmt(fast.p95, 0)} ms (${RUNS} runs); naive p50 ${fmt(slow.p50, 0)} ms, p95 ${fmt(slow.p95, 0)} ms → ${fmt(slow.p50 / fast.p50, 1)}× at p50; ${report.total.wonDeals} won deals, ${report.total.requested} approvals, ${report.total.outsidePolicy} outside policy, ${report.rows.length} rows; ${check}. Slowest statements alone (p50 of 5): ${slowest.map((s) => `${fmt(s.p50, 0)} ms (${s.head.slice(0, 60)}…)`).join(", ")}.`;
    console.error(`  ${line}`);
    lines.push(line);
  }
  lines.push(`Load average (1/5/15 min) ${loadStart} at the start of the timings, ${loadavg()} at the end.`);
  return { name: "price-deviation report", lines };
}
