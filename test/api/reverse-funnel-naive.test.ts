// The reverse funnel against a naive computation over the raw rows of a random workspace (the
// stage history, touchpoints, deals, pipelines, quotas and plans), for random periods, currencies
// and reading instants: the year's observed counts, each rate and its interval, the needed count
// of each tier (points in exact integer arithmetic, so the report's floating point is checked too)
// and its range, the plan's cover — for the whole workspace and for each program on its own.
import assert from "node:assert/strict";
import { after, test } from "node:test";
import { type Interval, meanInterval, wilson } from "../../src/domain/intervals.ts";
import {
  DAY,
  historyByContact,
  type RandomWorkspace,
  type RawRows,
  randomWorkspace,
  rawRows,
} from "../support/random-workspace.ts";

const SEEDS = process.env.REPORTS_SEED ? [Number(process.env.REPORTS_SEED)] : [20261205, 3, 55555];
const FUNNEL = ["lead", "sales_ready", "in_sales", "customer"];
const PERIODS = [
  ["month", "2026-11-01"],
  ["month", "2026-12-01"],
  ["month", "2027-01-01"],
  ["quarter", "2026-10-01"],
  ["quarter", "2027-01-01"],
] as const;
const CHANNELS = ["email", "trade_show", "referral", "advertising"];

const workspaces: RandomWorkspace[] = [];
after(async () => {
  for (const w of workspaces) await w.api.close();
});

interface Counts {
  leads: number;
  salesReady: number;
  opportunities: number;
  won: number;
  lost: number;
  wonAmounts: number[];
}

/** ⌈a·b ÷ c⌉ in integers; null when c is 0 (a rate of 0, or none observed). */
const ceilTimes = (a: bigint | null, b: number, c: number) =>
  a === null || c === 0 ? null : (a * BigInt(b) + BigInt(c) - 1n) / BigInt(c);

function naiveTiers(quota: number, o: Counts) {
  const n = o.wonAmounts.length;
  const sum = o.wonAmounts.reduce((s, v) => s + v, 0);
  const closed = o.won + o.lost;
  // Won deals: quota ÷ (sum ÷ n); then each tier up divides by its rate, a fraction of counts.
  const won = n ? ceilTimes(BigInt(quota), n, sum) : null;
  const opportunities = ceilTimes(won, closed, o.won);
  const salesReady = ceilTimes(opportunities, o.salesReady, o.opportunities);
  const leads = ceilTimes(salesReady, o.leads, o.salesReady);
  const size = meanInterval(
    [...o.wonAmounts].sort((a, b) => a - b),
    n,
  );
  const rates: [number | null, Interval | null][] = [
    [closed ? o.won / closed : null, wilson(o.won, closed)],
    [o.salesReady ? o.opportunities / o.salesReady : null, wilson(o.opportunities, o.salesReady)],
    [o.leads ? o.salesReady / o.leads : null, wilson(o.salesReady, o.leads)],
    [null, null],
  ];
  // The range: the best ends of every interval for its low end, the worst for its high end.
  let range: Interval | null = size
    ? { low: Math.ceil(quota / size.high), high: Math.ceil(quota / size.low) }
    : null;
  const ranges = [range];
  for (let k = 0; k < 3; k++) {
    const i = rates[k]![1];
    range =
      range && i && i.low > 0
        ? { low: Math.ceil(range.low / i.high), high: Math.ceil(range.high / i.low) }
        : null;
    ranges.push(range);
  }
  return (["won", "opportunities", "salesReady", "leads"] as const).map((tier, k) => {
    const needed = [won, opportunities, salesReady, leads][k]!;
    return {
      tier,
      needed: needed === null ? null : Number(needed),
      range: needed === null ? null : ranges[k]!,
      rate: rates[k]![0],
      rateInterval: rates[k]![1],
    };
  });
}

function naiveCoverage(planned: number | null, leads: ReturnType<typeof naiveTiers>[number]) {
  if (planned === null || leads.needed === null) return null;
  if (planned >= leads.needed || (leads.range && planned >= leads.range.high)) return "covered";
  if (leads.range && planned >= leads.range.low) return "maybe";
  return "short";
}

const summary = (o: Counts) => ({
  leads: o.leads,
  salesReady: o.salesReady,
  opportunities: o.opportunities,
  won: o.won,
  lost: o.lost,
  averageDealMinor: o.wonAmounts.length
    ? o.wonAmounts.reduce((s, v) => s + v, 0) / o.wonAmounts.length
    : null,
});

type Plan = {
  period: string;
  startsOn: string;
  channel: string | null;
  programId: string | null;
  leadsTarget: number | null;
};

function naiveReport(
  w: RandomWorkspace,
  raw: RawRows,
  plans: Plan[],
  q: { period: string; startsOn: string; currency?: string; now: number },
) {
  const month = new Date(q.now);
  const end = Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), 1);
  const start = Date.UTC(month.getUTCFullYear() - 1, month.getUTCMonth(), 1);
  const inYear = (ms: number) => ms >= start && ms < end;
  const quotas = raw.quotas.filter((x) => x.period === q.period && x.starts_on === q.startsOn);
  const byCurrency = new Map<string, number>();
  for (const x of quotas) byCurrency.set(x.currency.trim(), (byCurrency.get(x.currency.trim()) ?? 0) + 1);
  const currency =
    q.currency ?? [...byCurrency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "USD";
  const mine = quotas.filter((x) => x.currency.trim() === currency);
  const quota = mine.reduce((s, x) => s + Number(x.target_minor), 0);
  // Each contact: when it entered the funnel, which program's touch did it, whether it ever got to sales-ready or later.
  const facts = new Map<string, { leadAt: number | null; programId: string | null; ready: boolean }>();
  for (const [contactId, rows] of historyByContact(raw.history)) {
    const first = rows.find((h) => FUNNEL.includes(h.to_stage));
    const touch =
      first?.cause === "touchpoint" ? raw.touchpoints.find((t) => t.id === first.cause_id) : undefined;
    facts.set(contactId, {
      leadAt: first ? Date.parse(first.changed_at) : null,
      programId: touch?.program_id ?? null,
      ready: rows.some((h) => FUNNEL.slice(1).includes(h.to_stage)),
    });
  }
  const wonStage = new Map(raw.pipelines.map((p) => [p.id, p.stages.find((s) => s.outcome === "won")!.key]));
  const count = (program: string | undefined): Counts => {
    const c: Counts = { leads: 0, salesReady: 0, opportunities: 0, won: 0, lost: 0, wonAmounts: [] };
    for (const [contactId, f] of facts) {
      if (f.leadAt === null || !inYear(f.leadAt) || (program && f.programId !== program)) continue;
      c.leads++;
      if (!f.ready) continue;
      c.salesReady++;
      if (raw.deals.some((d) => d.contact_id === contactId)) c.opportunities++;
    }
    for (const d of raw.deals) {
      if (!d.closed_at || !inYear(Date.parse(d.closed_at))) continue;
      if (program && facts.get(d.contact_id)?.programId !== program) continue;
      if (d.stage !== wonStage.get(d.pipeline_id)) c.lost++;
      else {
        c.won++;
        if (d.currency.trim() === currency) c.wonAmounts.push(Number(d.amount_minor));
      }
    }
    return c;
  };
  const period = plans.filter((p) => p.period === q.period && p.startsOn === q.startsOn);
  const sum = (ps: Plan[]) => {
    const set = ps.filter((p) => p.leadsTarget !== null);
    return set.length ? set.reduce((s, p) => s + p.leadsTarget!, 0) : null;
  };
  const planned =
    period.find((p) => !p.channel && !p.programId)?.leadsTarget ??
    sum(period.filter((p) => p.channel)) ??
    sum(period.filter((p) => p.programId));
  const whole = count(undefined);
  const tiers = naiveTiers(quota, whole);
  const programs = w.programs
    // The random workspace names its programs P0, P1, … in order.
    .map((p, i) => ({ p, name: `P${i}`, o: count(p.id) }))
    .filter(({ o }) => o.leads > 0)
    .map(({ p, name, o }) => {
      const own = period.find((x) => x.programId === p.id)?.leadsTarget ?? null;
      const channel = period.find((x) => x.channel === p.channel)?.leadsTarget ?? null;
      const t = naiveTiers(quota, o);
      const target = own ?? channel;
      return {
        programId: p.id,
        name,
        channel: p.channel,
        observed: summary(o),
        tiers: t,
        plannedLeads: target,
        plannedFrom: own !== null ? "program" : channel !== null ? "channel" : null,
        coverage: naiveCoverage(target, t[3]!),
      };
    })
    .sort((a, b) => b.observed.leads - a.observed.leads || a.name.localeCompare(b.name));
  return {
    currency,
    quotaMinor: quota,
    reps: mine.length,
    observed: summary(whole),
    tiers,
    plannedLeads: planned,
    coverage: naiveCoverage(planned, tiers[3]!),
    programs,
  };
}

for (const seed of SEEDS) {
  test(`the reverse funnel, whole and per program, equals a naive computation (seed ${seed})`, async () => {
    const w = await randomWorkspace(seed, 220, { maxStepHours: 18 });
    workspaces.push(w);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(w.random() * xs.length)]!;
    // More quotas and random plans (lead targets, some missing) for the periods read.
    for (const [period, startsOn] of PERIODS) {
      for (const userId of w.repIds) {
        if (w.random() < 0.3) continue;
        const body = {
          userId,
          period,
          startsOn,
          targetMinor: 1 + Math.floor(w.random() * 3_000_000),
          currency: pick(["USD", "USD", "EUR"]),
        };
        assert.equal((await w.api.call("PUT", "/api/v1/quotas", body)).status, 200, `seed ${seed}`);
      }
    }
    const plans: Plan[] = [];
    const scopes = [
      { channel: null, programId: null },
      ...CHANNELS.map((channel) => ({ channel, programId: null })),
      ...w.programs.map((p) => ({ channel: null, programId: p.id })),
    ];
    for (const [period, startsOn] of PERIODS) {
      for (const scope of scopes) {
        if (w.random() < 0.55) continue;
        const leadsTarget = w.random() < 0.2 ? null : Math.floor(w.random() * 80);
        const res = await w.api.call("POST", "/api/v1/plans", {
          period,
          startsOn,
          ...scope,
          currency: "USD",
          leadsTarget,
        });
        assert.equal(res.status, 201, `seed ${seed}: ${JSON.stringify(res.body)}`);
        plans.push({ period, startsOn, ...scope, leadsTarget });
      }
    }
    const raw = await rawRows(w.api);
    let programRows = 0;
    let needed = 0;
    for (let i = 0; i < 8; i++) {
      // Half the reads in the history's last month (whose leads the year leaves out), half later.
      const monthEnd = Date.UTC(new Date(w.end).getUTCFullYear(), new Date(w.end).getUTCMonth() + 1, 1);
      const now = w.end + Math.floor(w.random() * (i % 2 ? monthEnd - w.end : 100 * DAY));
      const [period, startsOn] = pick(PERIODS);
      const currency = w.random() < 0.3 ? pick(["USD", "EUR"]) : undefined;
      w.setNow(now);
      const params = new URLSearchParams({ period, startsOn, ...(currency ? { currency } : {}) });
      const res = await w.api.call("GET", `/api/v1/reports/reverse-funnel?${params}`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      const label = `seed ${seed} at ${new Date(now).toISOString()} ${params}`;
      const naive = naiveReport(w, raw, plans, { period, startsOn, currency, now });
      const { report, title, period: _p, startsOn: _s, lookback: _l, definitions: _d, ...got } = res.body;
      for (const key of Object.keys(naive) as (keyof typeof naive)[])
        if (key !== "programs") assert.deepEqual(got[key], naive[key], `${label}: ${key}`);
      assert.deepEqual(got.programs, naive.programs, `${label}: programs`);
      programRows += naive.programs.length;
      needed += naive.programs.filter((p) => p.tiers[3]!.needed !== null).length;
    }
    assert.ok(
      programRows > 8 && needed > 3,
      `seed ${seed}: ${programRows} program rows, ${needed} with leads needed`,
    );
  });
}
