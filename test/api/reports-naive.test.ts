// The reports against deliberately naive implementations: plain loops over the raw rows
// (touchpoints, the stage history, deals and their history, cost lines) of a random workspace
// built through the API (test/support/random-workspace.ts), compared for random periods,
// groupings and filters. The report facts are also rebuilt from their sources and compared.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { sql } from "drizzle-orm";
import {
  DAY,
  historyByContact,
  quantile,
  type RandomWorkspace,
  randomWorkspace,
  rawRows,
  utcDay,
} from "../support/random-workspace.ts";

const SEED = Number(process.env.REPORTS_SEED ?? 20261201);
let w: RandomWorkspace;
let pick: <T>(xs: readonly T[]) => T;
let int: (lo: number, hi: number) => number;
let random: () => number;

before(async () => {
  w = await randomWorkspace(SEED);
  random = w.random;
  pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
});
after(() => w.api.close());

interface Counts {
  reach: Set<string>;
  leads: number;
  salesReady: number;
  accepted: number;
  opportunities: number;
  won: number;
  revenueMinor: number;
  /** Null without a cost line: no cost entered, not a cost of 0. */
  costMinor: number | null;
}

/** The scorecard by definition, from the raw rows, in plain loops. */
async function naiveScorecard(q: {
  from: string;
  to: string;
  currency: string;
  groupBy: "program" | "channel";
  channel?: string;
  ownerId?: string;
  programId?: string;
}) {
  const { touchpoints, history, deals, pipelines, costs } = await rawRows(w.api);
  const programs = w.programs;
  const inFilter = (p: (typeof programs)[number]) =>
    (!q.channel || p.channel === q.channel) &&
    (!q.ownerId || p.ownerId === q.ownerId) &&
    (!q.programId || p.id === q.programId);
  const programOf = new Map(programs.map((p) => [p.id, p]));
  const keyOf = (programId: string | null) => {
    if (programId === null) return null;
    return q.groupBy === "program" ? programId : programOf.get(programId)!.channel;
  };
  const unfiltered = !q.channel && !q.ownerId && !q.programId;
  const groups = new Map<string | null, Counts>();
  const empty = (): Counts => ({
    reach: new Set(),
    leads: 0,
    salesReady: 0,
    accepted: 0,
    opportunities: 0,
    won: 0,
    revenueMinor: 0,
    costMinor: null,
  });
  const total = empty();
  const slot = (k: string | null) => {
    if (!groups.has(k)) groups.set(k, empty());
    return groups.get(k)!;
  };
  const dayOf = (ts: string) => utcDay(Date.parse(ts));

  for (const t of touchpoints) {
    if (t.program_id === null || !inFilter(programOf.get(t.program_id)!)) continue;
    const d = dayOf(t.occurred_at);
    if (d < q.from || d > q.to) continue;
    slot(keyOf(t.program_id)).reach.add(t.contact_id);
    total.reach.add(t.contact_id);
  }

  const byContact = historyByContact(history);
  const wonStage = new Map(pipelines.map((p) => [p.id, p.stages.find((s) => s.outcome === "won")!.key]));
  const FUNNEL = ["lead", "sales_ready", "in_sales", "customer"];
  const periodStart = Date.parse(`${q.from}T00:00:00Z`);
  const periodEnd = Date.parse(`${q.to}T00:00:00Z`) + DAY;
  for (const [contactId, rowsOfContact] of byContact) {
    const first = rowsOfContact.find((h) => FUNNEL.includes(h.to_stage));
    if (!first) continue;
    const at = Date.parse(first.changed_at);
    if (at < periodStart || at >= periodEnd) continue;
    const touch = first.cause === "touchpoint" ? touchpoints.find((t) => t.id === first.cause_id) : undefined;
    const programId = touch?.program_id ?? null;
    if (programId === null ? !unfiltered : !inFilter(programOf.get(programId)!)) continue;
    const reached = (stages: string[]) => rowsOfContact.some((h) => stages.includes(h.to_stage));
    const own = deals.filter((d) => d.contact_id === contactId);
    const revenue = own
      .filter((d) => d.currency === q.currency && d.stage === wonStage.get(d.pipeline_id))
      .reduce((sum, d) => sum + Number(d.amount_minor), 0);
    for (const s of [slot(keyOf(programId)), total]) {
      s.leads += 1;
      if (reached(["sales_ready", "in_sales", "customer"])) s.salesReady += 1;
      if (reached(["in_sales", "customer"])) s.accepted += 1;
      if (own.length > 0) s.opportunities += 1;
      if (reached(["customer"])) s.won += 1;
      s.revenueMinor += revenue;
    }
  }
  for (const c of costs) {
    const p = programOf.get(c.program_id)!;
    if (!inFilter(p) || p.currency !== q.currency || c.incurred_on < q.from || c.incurred_on > q.to) continue;
    for (const s of [slot(keyOf(p.id)), total]) s.costMinor = (s.costMinor ?? 0) + Number(c.amount_minor);
  }
  return { groups, total };
}

function assertFigures(actual: Record<string, number | null>, expected: Counts, label: string) {
  const reach = expected.reach.size;
  assert.deepEqual(
    [
      actual.reach,
      actual.leads,
      actual.salesReady,
      actual.accepted,
      actual.opportunities,
      actual.won,
      actual.revenueMinor,
      actual.costMinor,
    ],
    [
      reach,
      expected.leads,
      expected.salesReady,
      expected.accepted,
      expected.opportunities,
      expected.won,
      expected.revenueMinor,
      expected.costMinor,
    ],
    label,
  );
  // Ratios from the naive counts: money to the minor unit (half up), fractions to 1e-12.
  const near = (a: number | null, b: number | null, what: string) =>
    assert.ok(
      a === b || (a !== null && b !== null && Math.abs(a - b) < 1e-12),
      `${label} ${what}: ${a} vs ${b}`,
    );
  const cost = expected.costMinor;
  near(
    actual.costPerLeadMinor,
    cost !== null && expected.leads ? Math.floor(cost / expected.leads + 0.5) : null,
    "cost per lead",
  );
  near(
    actual.costPerCustomerMinor,
    cost !== null && expected.won ? Math.floor(cost / expected.won + 0.5) : null,
    "cost per customer",
  );
  near(actual.roi, cost ? expected.revenueMinor / cost - 1 : null, "roi");
  near(actual.successRate, expected.leads ? expected.won / expected.leads : null, "success rate");
}

test(`the scorecard equals the naive computation over random periods, groupings and filters (seed ${SEED})`, async () => {
  const checked = { rows: 0, leads: 0 };
  for (let i = 0; i < 24; i++) {
    // Periods over the weeks the random history spans (and a little past it).
    const a = w.start + int(0, 45) * DAY;
    const b = a + int(0, 40) * DAY;
    const q = {
      from: utcDay(a),
      to: utcDay(b),
      currency: random() < 0.75 ? "USD" : "EUR",
      groupBy: random() < 0.5 ? ("program" as const) : ("channel" as const),
      ...pick([{}, {}, { channel: "email" }, { ownerId: w.marketerId }, { programId: w.programs[2]!.id }]),
    };
    const params = new URLSearchParams(q as unknown as Record<string, string>);
    const res = await w.api.call("GET", `/api/v1/reports/program-scorecard?${params}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const expected = await naiveScorecard(q);
    const label = JSON.stringify(q);
    assertFigures(res.body.totals, expected.total, `${label} total`);
    const seen = new Set<string | null>();
    for (const row of res.body.rows) {
      const key = q.groupBy === "program" ? row.programId : row.channel;
      seen.add(key);
      const exp = expected.groups.get(key) ?? {
        reach: new Set(),
        leads: 0,
        salesReady: 0,
        accepted: 0,
        opportunities: 0,
        won: 0,
        revenueMinor: 0,
        costMinor: null,
      };
      assertFigures(row, exp, `${label} ${key}`);
      checked.rows += 1;
    }
    for (const [key, counts] of expected.groups) {
      const any = counts.reach.size + counts.leads > 0 || counts.costMinor !== null;
      assert.ok(seen.has(key) || !any, `${label}: the report has no row for ${key}`);
    }
    checked.leads += expected.total.leads;
  }
  // The random workspace must exercise what is compared (or the test proves little).
  assert.ok(checked.rows > 40 && checked.leads > 15, JSON.stringify(checked));
});

test("the lifecycle facts equal a rebuild from the stage history", async () => {
  const ws = w.api.workspaceId;
  const diff = await w.api.deps.db.execute(sql`
    with rebuilt as (
      select h.contact_id,
        min(h.changed_at) filter (where h.to_stage in ('lead', 'sales_ready', 'in_sales', 'customer')) as funnel_at,
        min(h.changed_at) filter (where h.to_stage = 'customer') as customer_at
      from contact_stage_history h where h.workspace_id = ${ws}
      group by h.contact_id having bool_or(h.to_stage <> 'prospect')
    )
    select coalesce(r.contact_id, l.contact_id) as contact_id from rebuilt r
    full join (select * from contact_lifecycle where workspace_id = ${ws}) l on l.contact_id = r.contact_id
    where r.funnel_at is distinct from l.funnel_at or r.customer_at is distinct from l.customer_at
      or r.contact_id is null or l.contact_id is null`);
  assert.deepEqual(diff.rows, []);
  const reach = await w.api.deps.db.execute(sql`
    (select program_id, (occurred_at at time zone 'UTC')::date as day, contact_id from touchpoints
      where workspace_id = ${ws} and program_id is not null
     except select program_id, day, contact_id from program_reach where workspace_id = ${ws})
    union all
    (select program_id, day, contact_id from program_reach where workspace_id = ${ws}
     except select program_id, (occurred_at at time zone 'UTC')::date, contact_id from touchpoints
      where workspace_id = ${ws} and program_id is not null)`);
  assert.deepEqual(reach.rows, []);
});

interface FunnelQ {
  from: string;
  to: string;
  programId?: string;
  channel?: string;
  ownerId?: string;
}

/** The funnel by definition, from the raw rows, in plain loops. */
async function naiveFunnel(q: FunnelQ) {
  const { touchpoints, history, deals, dealHistory, pipelines, contacts } = await rawRows(w.api);
  const byContact = historyByContact(history);
  const ownerOf = new Map(contacts.map((c) => [c.id, c.owner_id]));
  const channelOf = new Map(w.programs.map((p) => [p.id, p.channel]));
  const periodStart = Date.parse(`${q.from}T00:00:00Z`);
  const periodEnd = Date.parse(`${q.to}T00:00:00Z`) + DAY;
  const cohorts = new Map<string, { leads: number; salesReady: number; accepted: number; won: number }>();
  const total = { leads: 0, salesReady: 0, accepted: 0, won: 0 };
  const spans: Record<"lead" | "sales_ready" | "in_sales", number[]> = {
    lead: [],
    sales_ready: [],
    in_sales: [],
  };
  const members = new Set<string>();
  for (const [contactId, rows] of byContact) {
    const first = rows.find((h) => ["lead", "sales_ready", "in_sales", "customer"].includes(h.to_stage));
    if (!first) continue;
    const at = Date.parse(first.changed_at);
    if (at < periodStart || at >= periodEnd) continue;
    const touch = first.cause === "touchpoint" ? touchpoints.find((t) => t.id === first.cause_id) : undefined;
    const programId = touch?.program_id ?? null;
    if (q.programId && programId !== q.programId) continue;
    if (q.channel && (programId === null || channelOf.get(programId) !== q.channel)) continue;
    if (q.ownerId && ownerOf.get(contactId) !== q.ownerId) continue;
    members.add(contactId);
    const entered = (stage: string) => {
      const row = rows.find((h) => h.to_stage === stage);
      return row ? Date.parse(row.changed_at) : null;
    };
    const firstOf = (stages: string[]) => {
      const times = stages.map(entered).filter((t): t is number => t !== null);
      return times.length ? Math.min(...times) : null;
    };
    const month = new Date(at).toISOString().slice(0, 7);
    if (!cohorts.has(month)) cohorts.set(month, { leads: 0, salesReady: 0, accepted: 0, won: 0 });
    for (const c of [cohorts.get(month)!, total]) {
      c.leads += 1;
      if (firstOf(["sales_ready", "in_sales", "customer"]) !== null) c.salesReady += 1;
      if (firstOf(["in_sales", "customer"]) !== null) c.accepted += 1;
      if (entered("customer") !== null) c.won += 1;
    }
    const span = (stage: "lead" | "sales_ready" | "in_sales", later: string[]) => {
      const from = entered(stage);
      const to = firstOf(later);
      if (from !== null && to !== null && to >= from) spans[stage].push((to - from) / 1000);
    };
    span("lead", ["sales_ready", "in_sales", "customer"]);
    span("sales_ready", ["in_sales", "customer"]);
    span("in_sales", ["customer"]);
  }
  const pipeline = pipelines.find((p) => p.is_default)!;
  const ordered = pipeline.stages.filter((s) => s.outcome !== "lost").map((s) => s.key);
  const dealCounts = ordered.map(() => 0);
  let dealTotal = 0;
  for (const d of deals) {
    if (d.pipeline_id !== pipeline.id || !members.has(d.contact_id)) continue;
    dealTotal += 1;
    const furthest = Math.max(
      -1,
      ...dealHistory.filter((h) => h.deal_id === d.id).map((h) => ordered.indexOf(h.to_stage)),
    );
    for (let i = 0; i <= furthest; i++) dealCounts[i]! += 1;
  }
  return { cohorts, total, spans, dealTotal, dealCounts, ordered };
}

test(`the funnel equals the naive computation over random periods and filters (seed ${SEED})`, async () => {
  let leads = 0;
  let timed = 0;
  const rate = (n: number, d: number) => (d === 0 ? null : n / d);
  for (let i = 0; i < 16; i++) {
    const a = w.start + int(0, 40) * DAY;
    const b = a + int(0, 50) * DAY;
    const q: FunnelQ = {
      from: utcDay(a),
      to: utcDay(b),
      ...pick([{}, {}, { channel: "email" }, { programId: w.programs[2]!.id }, { ownerId: pick(w.repIds) }]),
    };
    const res = await w.api.call(
      "GET",
      `/api/v1/reports/funnel?${new URLSearchParams(q as unknown as Record<string, string>)}`,
    );
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const exp = await naiveFunnel(q);
    const label = JSON.stringify(q);
    const counts = (c: { leads: number; salesReady: number; accepted: number; won: number }) => [
      c.leads,
      c.salesReady,
      c.accepted,
      c.won,
    ];
    assert.deepEqual(
      res.body.cohorts.map((c: { month: string }) => [c.month, ...counts(c as never)]),
      [...exp.cohorts.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([m, c]) => [m, ...counts(c)]),
      label,
    );
    assert.deepEqual(counts(res.body.total), counts(exp.total), label);
    assert.equal(res.body.total.leadToWon, rate(exp.total.won, exp.total.leads), label);
    assert.equal(res.body.total.salesReadyToAccepted, rate(exp.total.accepted, exp.total.salesReady), label);
    for (const t of res.body.timeInStage as {
      stage: "lead";
      contacts: number;
      medianSeconds: number | null;
      p75Seconds: number | null;
    }[]) {
      const xs = exp.spans[t.stage];
      assert.equal(t.contacts, xs.length, `${label} ${t.stage}`);
      for (const [got, want] of [
        [t.medianSeconds, quantile(xs, 0.5)],
        [t.p75Seconds, quantile(xs, 0.75)],
      ] as const) {
        assert.ok(
          got === want || (got !== null && want !== null && Math.abs(got - want) < 1e-6),
          `${label} ${t.stage}: ${got} vs ${want}`,
        );
      }
      timed += xs.length;
    }
    assert.equal(res.body.dealStages.deals, exp.dealTotal, label);
    assert.deepEqual(
      res.body.dealStages.stages.map((s: { key: string; deals: number }) => [s.key, s.deals]),
      exp.ordered.map((k, i) => [k, exp.dealCounts[i]]),
      label,
    );
    leads += exp.total.leads;
  }
  assert.ok(leads > 30 && timed > 10, JSON.stringify({ leads, timed }));
});

const SALES_KINDS = ["call", "cold_call", "meeting", "presentation", "proposal", "estimate", "contract"];

/** Sales conversion by definition, per rep and for the team, from the raw rows. */
async function naiveSales(q: { from: string; to: string; currency: string; ownerId?: string }) {
  const { touchpoints, deals, pipelines, handoffs, quotas } = await rawRows(w.api);
  const start = Date.parse(`${q.from}T00:00:00Z`);
  const end = Date.parse(`${q.to}T00:00:00Z`) + DAY;
  const inPeriod = (ts: string | null) => ts !== null && Date.parse(ts) >= start && Date.parse(ts) < end;
  const mine = (owner: string) => !q.ownerId || owner === q.ownerId;
  const outcome = (d: (typeof deals)[number]) =>
    pipelines.find((p) => p.id === d.pipeline_id)!.stages.find((s) => s.key === d.stage)!.outcome;
  type Acc = {
    received: number;
    accepted: number;
    firstTouch: number[];
    opened: number;
    won: number;
    lost: number;
    wonInCurrency: number;
    wonMinor: number;
    cycle: number[];
    activities: number;
    quotaTarget: number;
    quotaWon: number;
  };
  const acc = new Map<string | null, Acc>();
  const get = (k: string | null) => {
    if (!acc.has(k)) {
      acc.set(k, {
        received: 0,
        accepted: 0,
        firstTouch: [],
        opened: 0,
        won: 0,
        lost: 0,
        wonInCurrency: 0,
        wonMinor: 0,
        cycle: [],
        activities: 0,
        quotaTarget: 0,
        quotaWon: 0,
      });
    }
    return acc.get(k)!;
  };
  const both = (owner: string, f: (a: Acc) => void) => {
    f(get(owner));
    f(get(null));
  };
  for (const h of handoffs) {
    if (!inPeriod(h.handed_at) || !mine(h.owner_id)) continue;
    const handed = Date.parse(h.handed_at);
    const touches = touchpoints
      .filter(
        (t) =>
          t.contact_id === h.contact_id &&
          t.side === "sales" &&
          t.user_id === h.owner_id &&
          Date.parse(t.occurred_at) >= handed,
      )
      .map((t) => Date.parse(t.occurred_at));
    both(h.owner_id, (a) => {
      a.received += 1;
      if (h.status === "accepted") a.accepted += 1;
      if (touches.length) a.firstTouch.push((Math.min(...touches) - handed) / 1000);
    });
  }
  for (const d of deals) {
    if (!mine(d.owner_id)) continue;
    if (inPeriod(d.created_at)) both(d.owner_id, (a) => (a.opened += 1));
    if (!inPeriod(d.closed_at)) continue;
    const o = outcome(d);
    both(d.owner_id, (a) => {
      if (o === "won") {
        a.won += 1;
        a.cycle.push((Date.parse(d.closed_at!) - Date.parse(d.created_at)) / 1000);
        if (d.currency === q.currency) {
          a.wonInCurrency += 1;
          a.wonMinor += Number(d.amount_minor);
        }
      }
      if (o === "lost") a.lost += 1;
    });
  }
  for (const t of touchpoints) {
    if (
      t.side !== "sales" ||
      t.user_id === null ||
      !SALES_KINDS.includes(t.kind) ||
      !inPeriod(t.occurred_at) ||
      !mine(t.user_id)
    )
      continue;
    both(t.user_id, (a) => (a.activities += 1));
  }
  // Quotas wholly inside the period, in the currency; quarterly ones where a rep has any.
  const endOf = (quota: (typeof quotas)[number]) => {
    const [y, m] = quota.starts_on.split("-").map(Number) as [number, number];
    return Date.UTC(y, m - 1 + (quota.period === "month" ? 1 : 3), 1);
  };
  const inside = quotas.filter(
    (x) =>
      x.currency === q.currency &&
      mine(x.user_id) &&
      Date.parse(`${x.starts_on}T00:00:00Z`) >= start &&
      endOf(x) <= end,
  );
  for (const x of inside) {
    if (x.period === "month" && inside.some((y) => y.user_id === x.user_id && y.period === "quarter"))
      continue;
    const from = Date.parse(`${x.starts_on}T00:00:00Z`);
    const won = deals
      .filter(
        (d) =>
          d.owner_id === x.user_id &&
          d.currency === x.currency &&
          d.closed_at !== null &&
          outcome(d) === "won" &&
          Date.parse(d.closed_at) >= from &&
          Date.parse(d.closed_at) < endOf(x),
      )
      .reduce((sum, d) => sum + Number(d.amount_minor), 0);
    both(x.user_id, (a) => {
      a.quotaTarget += Number(x.target_minor);
      a.quotaWon += won;
    });
  }
  return acc;
}

test(`sales conversion equals the naive computation over random periods and reps (seed ${SEED})`, async () => {
  let seen = 0;
  const rate = (n: number, d: number) => (d === 0 ? null : n / d);
  const near = (a: number | null, b: number | null, what: string) =>
    assert.ok(a === b || (a !== null && b !== null && Math.abs(a - b) < 1e-6), `${what}: ${a} vs ${b}`);
  for (let i = 0; i < 12; i++) {
    const a = w.start + int(0, 40) * DAY;
    const q = {
      from: utcDay(a),
      to: utcDay(a + int(0, 90) * DAY),
      currency: random() < 0.8 ? "USD" : "EUR",
      ...(random() < 0.3 ? { ownerId: pick(w.repIds) } : {}),
    };
    const res = await w.api.call("GET", `/api/v1/reports/sales-conversion?${new URLSearchParams(q)}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const exp = await naiveSales(q);
    for (const row of [...res.body.rows, res.body.team]) {
      const label = `${JSON.stringify(q)} ${row.userId ?? "team"}`;
      // A rep with nothing in the period has no naive entry: every count is 0.
      const x = exp.get(row.userId) ?? {
        received: 0,
        accepted: 0,
        firstTouch: [],
        opened: 0,
        won: 0,
        lost: 0,
        wonInCurrency: 0,
        wonMinor: 0,
        cycle: [],
        activities: 0,
        quotaTarget: 0,
        quotaWon: 0,
      };
      assert.deepEqual(
        [
          row.handoffsReceived,
          row.handoffsAccepted,
          row.dealsOpened,
          row.won,
          row.lost,
          row.wonInCurrency,
          row.wonMinor,
          row.activities,
          row.quotaTargetMinor,
          row.quotaWonMinor,
        ],
        [
          x.received,
          x.accepted,
          x.opened,
          x.won,
          x.lost,
          x.wonInCurrency,
          x.wonMinor,
          x.activities,
          x.quotaTarget,
          x.quotaWon,
        ],
        label,
      );
      near(row.medianFirstTouchSeconds, quantile(x.firstTouch, 0.5), `${label} first touch`);
      near(row.medianCycleSeconds, quantile(x.cycle, 0.5), `${label} cycle`);
      near(row.winRate, rate(x.won, x.won + x.lost), `${label} win rate`);
      near(
        row.averageDealMinor,
        x.wonInCurrency ? Math.floor(x.wonMinor / x.wonInCurrency + 0.5) : null,
        `${label} average`,
      );
      near(row.quotaAttainment, rate(x.quotaWon, x.quotaTarget), `${label} quota`);
      near(row.activitiesPerWon, rate(x.activities, x.won), `${label} activities per won`);
      seen += x.received + x.won + x.activities;
    }
    // Every rep with figures has a row.
    for (const key of exp.keys()) {
      if (key !== null)
        assert.ok(
          res.body.rows.some((r: { userId: string }) => r.userId === key),
          `${JSON.stringify(q)}: no row for ${key}`,
        );
    }
  }
  assert.ok(seen > 50, `the random workspace exercised too little (${seen})`);
});

/** Touches to close by definition: customers won in the period and their touches before the win. */
async function naiveTouches(q: { from: string; to: string }) {
  const { touchpoints, history } = await rawRows(w.api);
  const start = Date.parse(`${q.from}T00:00:00Z`);
  const end = Date.parse(`${q.to}T00:00:00Z`) + DAY;
  const channelOf = new Map(w.programs.map((p) => [p.id, p.channel]));
  const customers: { total: number; marketing: number; sales: number; channel: string | null }[] = [];
  for (const [contactId, rows] of historyByContact(history)) {
    const won = rows.find((h) => h.to_stage === "customer");
    if (!won) continue;
    const at = Date.parse(won.changed_at);
    if (at < start || at >= end) continue;
    const own = touchpoints.filter((t) => t.contact_id === contactId);
    const before = own.filter((t) => Date.parse(t.occurred_at) <= at);
    const first = [...own].sort(
      (x, y) => Date.parse(x.occurred_at) - Date.parse(y.occurred_at) || (x.id < y.id ? -1 : 1),
    )[0];
    const marketing = before.filter((t) => t.side === "marketing").length;
    const sales = before.filter((t) => t.side === "sales").length;
    customers.push({
      total: marketing + sales,
      marketing,
      sales,
      channel: first?.program_id ? channelOf.get(first.program_id)! : null,
    });
  }
  return customers;
}

test(`touches to close equal the naive computation over random periods (seed ${SEED})`, async () => {
  let counted = 0;
  for (let i = 0; i < 10; i++) {
    const a = w.start + int(0, 40) * DAY;
    const q = { from: utcDay(a), to: utcDay(a + int(0, 90) * DAY) };
    const res = await w.api.call("GET", `/api/v1/reports/touches-to-close?${new URLSearchParams(q)}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const exp = await naiveTouches(q);
    const totals = exp.map((c) => c.total);
    const label = JSON.stringify(q);
    assert.equal(res.body.overall.customers, exp.length, label);
    assert.equal(res.body.overall.median, quantile(totals, 0.5), label);
    assert.equal(res.body.overall.p25, quantile(totals, 0.25), label);
    assert.equal(res.body.overall.p75, quantile(totals, 0.75), label);
    assert.equal(
      res.body.overall.medianMarketing,
      quantile(
        exp.map((c) => c.marketing),
        0.5,
      ),
      label,
    );
    assert.equal(
      res.body.overall.medianSales,
      quantile(
        exp.map((c) => c.sales),
        0.5,
      ),
      label,
    );
    assert.equal(
      res.body.overall.withinRuleOfThumb,
      exp.length ? totals.filter((t) => t <= 8).length / exp.length : null,
      label,
    );
    const histogram = new Map<number, number>();
    for (const t of totals) histogram.set(Math.min(30, t), (histogram.get(Math.min(30, t)) ?? 0) + 1);
    for (const bucket of res.body.histogram)
      assert.equal(bucket.customers, histogram.get(bucket.touches) ?? 0, `${label} ${bucket.touches}`);
    assert.equal(
      res.body.histogram.reduce((s: number, b: { customers: number }) => s + b.customers, 0),
      exp.length,
      label,
    );
    for (const g of res.body.byFirstChannel) {
      const group = exp.filter((c) => c.channel === g.channel);
      assert.equal(g.customers, group.length, `${label} ${g.channel}`);
      assert.equal(
        g.median,
        quantile(
          group.map((c) => c.total),
          0.5,
        ),
        `${label} ${g.channel}`,
      );
    }
    counted += exp.length;
  }
  assert.ok(counted > 5, `too few customers (${counted})`);
});
