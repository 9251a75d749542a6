// Source effectiveness against a naive loop over the raw rows of a random workspace (the stage
// history, touchpoints, deals, cost lines): counts and money exactly, rates as exact fractions,
// medians to the second, and the intervals those counts give (the interval methods themselves are
// checked against published values in src/domain/intervals.test.ts). Plus a small case by hand.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { revenuePerLeadInterval, wilson } from "../../src/domain/intervals.ts";
import {
  DAY,
  historyByContact,
  type RandomWorkspace,
  randomWorkspace,
  rawRows,
  utcDay,
} from "../support/random-workspace.ts";

const SEED = Number(process.env.REPORTS_SEED ?? 20261202);
let w: RandomWorkspace;
before(async () => {
  w = await randomWorkspace(SEED);
});
after(() => w.api.close());

interface Naive {
  leads: number;
  customers: number;
  revenues: number[];
  closeSeconds: number[];
  cost: number | null;
}

async function naive(q: {
  from: string;
  to: string;
  currency: string;
  groupBy: "program" | "channel";
  channel?: string;
}) {
  const { touchpoints, history, deals, pipelines, costs } = await rawRows(w.api);
  const programOf = new Map(w.programs.map((p) => [p.id, p]));
  const keyOf = (id: string | null) =>
    id === null ? null : q.groupBy === "program" ? id : programOf.get(id)!.channel;
  const inFilter = (id: string | null) =>
    !q.channel || (id !== null && programOf.get(id)!.channel === q.channel);
  const wonStage = new Map(pipelines.map((p) => [p.id, p.stages.find((s) => s.outcome === "won")!.key]));
  const groups = new Map<string | null, Naive>();
  const total: Naive = { leads: 0, customers: 0, revenues: [], closeSeconds: [], cost: null };
  const slot = (k: string | null) => {
    if (!groups.has(k)) groups.set(k, { leads: 0, customers: 0, revenues: [], closeSeconds: [], cost: null });
    return groups.get(k)!;
  };
  const start = Date.parse(`${q.from}T00:00:00Z`);
  const end = Date.parse(`${q.to}T00:00:00Z`) + DAY;
  for (const [contactId, rows] of historyByContact(history)) {
    const first = rows.find((h) => ["lead", "sales_ready", "in_sales", "customer"].includes(h.to_stage));
    if (!first) continue;
    const at = Date.parse(first.changed_at);
    if (at < start || at >= end) continue;
    const touch = first.cause === "touchpoint" ? touchpoints.find((t) => t.id === first.cause_id) : undefined;
    const programId = touch?.program_id ?? null;
    if (!inFilter(programId)) continue;
    const won = rows.find((h) => h.to_stage === "customer");
    const revenue = deals
      .filter(
        (d) =>
          d.contact_id === contactId && d.currency === q.currency && d.stage === wonStage.get(d.pipeline_id),
      )
      .reduce((s, d) => s + Number(d.amount_minor), 0);
    for (const s of [slot(keyOf(programId)), total]) {
      s.leads++;
      if (won) {
        s.customers++;
        s.closeSeconds.push((Date.parse(won.changed_at) - at) / 1000);
      }
      if (revenue > 0) s.revenues.push(revenue);
    }
  }
  for (const c of costs) {
    const p = programOf.get(c.program_id)!;
    if (!inFilter(p.id) || p.currency !== q.currency || c.incurred_on < q.from || c.incurred_on > q.to)
      continue;
    for (const s of [slot(keyOf(p.id)), total]) s.cost = (s.cost ?? 0) + Number(c.amount_minor);
  }
  return { groups, total };
}

const median = (xs: number[]) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = (s.length - 1) / 2;
  return s[Math.floor(mid)]! + (s[Math.ceil(mid)]! - s[Math.floor(mid)]!) * (mid - Math.floor(mid));
};

function check(row: Record<string, unknown>, n: Naive, label: string, fallbackMean: number | null) {
  const revenue = n.revenues.reduce((s, v) => s + v, 0);
  assert.deepEqual(
    [row.leads, row.customers, row.revenueMinor, row.costMinor],
    [n.leads, n.customers, revenue, n.cost],
    label,
  );
  assert.equal(row.conversion, n.leads ? n.customers / n.leads : null, `${label} conversion`);
  assert.deepEqual(row.conversionInterval, wilson(n.customers, n.leads), `${label} conversion interval`);
  assert.equal(row.revenuePerLeadMinor, n.leads ? revenue / n.leads : null, `${label} revenue per lead`);
  assert.deepEqual(
    row.revenuePerLeadInterval,
    revenuePerLeadInterval(n.revenues, n.leads, fallbackMean),
    `${label} revenue per lead interval`,
  );
  assert.equal(row.revenuePerCost, n.cost ? revenue / n.cost : null, `${label} revenue per cost`);
  const days = median(n.closeSeconds);
  const got = row.medianDaysToClose as number | null;
  assert.ok(
    days === null ? got === null : got !== null && Math.abs(got - days / 86_400) < 1e-9,
    `${label} median days: ${got} vs ${days === null ? null : days / 86_400}`,
  );
}

test(`source effectiveness equals the naive computation over random periods and groupings (seed ${SEED})`, async () => {
  let checked = 0;
  let customers = 0;
  for (let i = 0; i < 16; i++) {
    const a = w.start + Math.floor(w.random() * 45) * DAY;
    const q = {
      from: utcDay(a),
      to: utcDay(a + Math.floor(w.random() * 60) * DAY),
      currency: w.random() < 0.8 ? "USD" : "EUR",
      groupBy: w.random() < 0.5 ? ("program" as const) : ("channel" as const),
      ...(w.random() < 0.25 ? { channel: "email" } : {}),
    };
    const res = await w.api.call("GET", `/api/v1/reports/source-effectiveness?${new URLSearchParams(q)}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const expected = await naive(q);
    const label = JSON.stringify(q);
    const paying = expected.total.revenues;
    const fallbackMean = paying.length ? paying.reduce((s, v) => s + v, 0) / paying.length : null;
    check(res.body.totals, expected.total, `${label} total`, fallbackMean);
    assert.equal(res.body.rows.length, expected.groups.size, `${label} rows`);
    for (const row of res.body.rows) {
      const key = q.groupBy === "program" ? row.programId : row.channel;
      check(row, expected.groups.get(key)!, `${label} ${key}`, fallbackMean);
      checked++;
    }
    customers += expected.total.customers;
  }
  assert.ok(checked > 20 && customers > 5, JSON.stringify({ checked, customers }));
});

test("by hand: 3 customers of 10 leads is 30 %, 95 % between 10.8 % and 60.3 %", async () => {
  const { api } = w;
  const clock = { now: Date.parse("2027-03-01T10:00:00Z") };
  const { setupApi } = await import("../support/api.ts");
  const hand = await setupApi({ now: () => new Date(clock.now) });
  const rep = await hand.userWithKey("sales");
  const program = (
    await hand.call("POST", "/api/v1/programs", { name: "Referrals", channel: "referral", currency: "USD" })
  ).body.id;
  const amounts = [1_000, 3_000, 500];
  for (let i = 0; i < 10; i++) {
    clock.now += 60_000;
    const res = await hand.call("POST", "/api/v1/touchpoints", {
      email: `h${i}-${hand.slug}@example.com`,
      kind: "referral",
      programId: program,
      occurredAt: new Date(clock.now).toISOString(),
    });
    if (i < 3) {
      clock.now += (i + 1) * DAY;
      const deal = await hand.callerFor(rep.key)("POST", "/api/v1/deals", {
        name: `D${i}`,
        contactId: res.body.contactId,
        amountMinor: amounts[i],
        currency: "USD",
      });
      await hand.callerFor(rep.key)("POST", `/api/v1/deals/${deal.body.id}/move`, { stage: "won" });
    }
  }
  const report = (
    await hand.call("GET", "/api/v1/reports/source-effectiveness?from=2027-03-01&to=2027-03-31")
  ).body;
  const row = report.rows.find((r: { programId: string }) => r.programId === program);
  assert.deepEqual([row.leads, row.customers, row.revenueMinor], [10, 3, 4_500]);
  assert.equal(row.conversion, 0.3);
  assert.deepEqual(
    [row.conversionInterval.low.toFixed(4), row.conversionInterval.high.toFixed(4)],
    ["0.1078", "0.6032"],
  );
  assert.equal(row.revenuePerLeadMinor, 450);
  // Each became a customer (i + 1) days and a minute or so after its lead instant: 1, 2 and 3 days;
  // the median is 2 days and the time between the touches.
  assert.ok(Math.abs(row.medianDaysToClose - 2) < 0.01, String(row.medianDaysToClose));
  assert.equal(row.costMinor, null);
  assert.equal(row.revenuePerCost, null);
  await hand.close();
  assert.ok(api);
});

test("budget advice never judges a source under the minimum of leads, and says why; a half-given move is refused", async () => {
  const from = utcDay(w.start);
  const to = utcDay(w.start + 90 * DAY);
  const res = await w.api.call("GET", `/api/v1/reports/budget-advice?from=${from}&to=${to}&groupBy=channel`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  // The random workspace's channels have a few dozen leads at most, and some no cost.
  const expected = await naive({ from, to, currency: res.body.currency, groupBy: "channel" });
  for (const e of res.body.excluded as { key: string; reason: string }[]) {
    const n = expected.groups.get(e.key)!;
    assert.ok(n.leads < res.body.minLeads || !n.cost, `${e.key} excluded: ${e.reason}`);
  }
  for (const j of res.body.judged as { key: string; leads: number; customers: number }[]) {
    const n = expected.groups.get(j.key)!;
    assert.deepEqual([j.leads, j.customers], [n.leads, n.customers]);
    assert.ok(n.leads >= res.body.minLeads && n.cost);
  }
  assert.ok(res.body.reasoning.length >= 2);
  const half = await w.api.call("GET", `/api/v1/reports/budget-advice?moveFrom=email`);
  assert.equal(half.status, 400);
});
