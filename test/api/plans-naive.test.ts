// Plan against actual, against a naive loop over the raw rows of a random workspace (the stage
// history, touchpoints, deals, pipelines and cost lines): random plans for the whole workspace,
// channels and programs, months and quarters (before, during and after the history), read at
// random instants; every line's actual exactly, its gap, and its projection by the rule written
// in the definitions (actual × the period's length ÷ the time gone; a finished period projects
// its actual, one not begun nothing).
import assert from "node:assert/strict";
import { after, test } from "node:test";
import {
  DAY,
  historyByContact,
  type RandomWorkspace,
  randomWorkspace,
  rawRows,
} from "../support/random-workspace.ts";

const SEEDS = process.env.REPORTS_SEED ? [Number(process.env.REPORTS_SEED)] : [20261204, 11, 98765];
const FUNNEL = ["lead", "sales_ready", "in_sales", "customer"];
const PERIODS = [
  ["month", "2026-08-01"],
  ["month", "2026-09-01"],
  ["month", "2026-10-01"],
  ["month", "2026-11-01"],
  ["month", "2026-12-01"],
  ["quarter", "2026-07-01"],
  ["quarter", "2026-10-01"],
  ["quarter", "2027-01-01"],
] as const;
const TARGETS = {
  leads: "leadsTarget",
  salesReady: "salesReadyTarget",
  pipelineMinor: "pipelineTargetMinor",
  revenueMinor: "revenueTargetMinor",
  spendMinor: "plannedSpendMinor",
} as const;

const workspaces: RandomWorkspace[] = [];
after(async () => {
  for (const w of workspaces) await w.api.close();
});

interface Plan {
  id: string;
  period: "month" | "quarter";
  startsOn: string;
  channel: string | null;
  programId: string | null;
  currency: string;
  targets: Record<keyof typeof TARGETS, number | null>;
}

/** Each contact's funnel entry, the program of the touch that made it, and its first sales-ready-or-later instant. */
function contactFacts(raw: Awaited<ReturnType<typeof rawRows>>) {
  const facts = new Map<
    string,
    { leadAt: number | null; programId: string | null; readyAt: number | null }
  >();
  for (const [contactId, rows] of historyByContact(raw.history)) {
    const first = rows.find((h) => FUNNEL.includes(h.to_stage));
    const ready = rows.find((h) => FUNNEL.slice(1).includes(h.to_stage));
    const touch =
      first?.cause === "touchpoint" ? raw.touchpoints.find((t) => t.id === first.cause_id) : undefined;
    facts.set(contactId, {
      leadAt: first ? Date.parse(first.changed_at) : null,
      programId: touch?.program_id ?? null,
      readyAt: ready ? Date.parse(ready.changed_at) : null,
    });
  }
  return facts;
}

function naiveActuals(w: RandomWorkspace, raw: Awaited<ReturnType<typeof rawRows>>, plan: Plan) {
  const programOf = new Map(w.programs.map((p) => [p.id, p]));
  const facts = contactFacts(raw);
  // Scope by the program that made the lead; the whole workspace takes everything.
  const inScope = (programId: string | null) =>
    plan.programId
      ? programId === plan.programId
      : plan.channel
        ? programId !== null && programOf.get(programId)!.channel === plan.channel
        : true;
  const start = Date.parse(`${plan.startsOn}T00:00:00Z`);
  const end = new Date(start);
  end.setUTCMonth(end.getUTCMonth() + (plan.period === "month" ? 1 : 3));
  const inPeriod = (ms: number | null) => ms !== null && ms >= start && ms < end.getTime();
  let leads = 0;
  let salesReady = 0;
  for (const f of facts.values()) {
    if (!inScope(f.programId)) continue;
    if (inPeriod(f.leadAt)) leads++;
    if (inPeriod(f.readyAt)) salesReady++;
  }
  const won = new Map(raw.pipelines.map((p) => [p.id, p.stages.find((s) => s.outcome === "won")!.key]));
  let pipelineMinor = 0;
  let revenueMinor = 0;
  for (const d of raw.deals) {
    if (d.currency.trim() !== plan.currency || !inScope(facts.get(d.contact_id)?.programId ?? null)) continue;
    if (inPeriod(Date.parse(d.created_at))) pipelineMinor += Number(d.amount_minor);
    if (d.closed_at && inPeriod(Date.parse(d.closed_at)) && d.stage === won.get(d.pipeline_id))
      revenueMinor += Number(d.amount_minor);
  }
  let spendMinor = 0;
  let spendAhead = 0;
  const today = new Date(w.api.deps.now()).toISOString().slice(0, 10);
  for (const c of raw.costs) {
    const p = programOf.get(c.program_id)!;
    if (p.currency !== plan.currency || !inScope(p.id)) continue;
    if (inPeriod(Date.parse(`${c.incurred_on}T00:00:00Z`))) {
      spendMinor += Number(c.amount_minor);
      if (c.incurred_on > today) spendAhead += Number(c.amount_minor);
    }
  }
  return {
    spendAhead,
    actuals: { leads, salesReady, pipelineMinor, revenueMinor, spendMinor },
    start,
    end: end.getTime(),
  };
}

const close = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

for (const seed of SEEDS) {
  test(`each plan's actual, gap and projection equal a naive computation (seed ${seed})`, async () => {
    const w = await randomWorkspace(seed, 220, { maxStepHours: 18 });
    workspaces.push(w);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(w.random() * xs.length)]!;
    const target = (scale: number) => (w.random() < 0.2 ? null : Math.floor(w.random() * scale));
    const scopes = [
      { channel: null, programId: null },
      ...["email", "trade_show", "referral", "advertising", "website"].map((channel) => ({
        channel,
        programId: null,
      })),
      ...w.programs.map((p) => ({ channel: null, programId: p.id })),
    ];
    const plans: Plan[] = [];
    const taken = new Set<string>();
    for (let i = 0; i < 24; i++) {
      const [period, startsOn] = pick(PERIODS);
      const scope = pick(scopes);
      const key = `${period}/${startsOn}/${scope.channel}/${scope.programId}`;
      if (taken.has(key)) continue;
      taken.add(key);
      const targets = {
        leads: target(40),
        salesReady: target(20),
        pipelineMinor: target(5_000_000),
        revenueMinor: target(2_000_000),
        spendMinor: target(500_000),
      };
      const currency = w.random() < 0.8 ? "USD" : "EUR";
      const body = { period, startsOn, ...scope, currency };
      for (const [figure, field] of Object.entries(TARGETS))
        Object.assign(body, { [field]: targets[figure as keyof typeof TARGETS] });
      const res = await w.api.call("POST", "/api/v1/plans", body);
      assert.equal(res.status, 201, `seed ${seed}: ${JSON.stringify(res.body)}`);
      plans.push({ id: res.body.id, period, startsOn, ...scope, currency, targets });
    }
    const raw = await rawRows(w.api);
    assert.ok(raw.deals.length > 10 && raw.history.length > 50, `seed ${seed}: too little history`);
    // Read at the history's end and at random instants after it, up to three months on.
    const instants = [w.end, ...Array.from({ length: 3 }, () => w.end + Math.floor(w.random() * 90 * DAY))];
    let lines = 0;
    let projecting = 0;
    const nonZero = new Set<string>();
    for (const now of instants) {
      w.setNow(now);
      const res = await w.api.call("GET", "/api/v1/plans");
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.data.length, plans.length);
      for (const plan of plans) {
        const got = res.body.data.find((p: { id: string }) => p.id === plan.id);
        const { actuals, start, end, spendAhead } = naiveActuals(w, raw, plan);
        for (const line of got.lines as {
          figure: keyof typeof TARGETS;
          target: number | null;
          actual: number;
          gap: number | null;
          projected: number | null;
          projectedGap: number | null;
        }[]) {
          const label = `seed ${seed} at ${new Date(now).toISOString()}: ${plan.period} ${plan.startsOn} ${plan.channel ?? plan.programId ?? "workspace"} ${plan.currency} ${line.figure}`;
          const t = plan.targets[line.figure];
          const actual = actuals[line.figure];
          // Spend booked after today is added as it is; only what came before runs at the pace.
          const ahead = line.figure === "spendMinor" ? spendAhead : 0;
          const projected =
            now >= end
              ? actual
              : now <= start
                ? null
                : (actual - ahead) / ((now - start) / (end - start)) + ahead;
          assert.deepEqual([line.target, line.actual], [t, actual], `${label}: target, actual`);
          assert.equal(line.gap, t === null ? null : t - actual, `${label}: gap`);
          assert.ok(
            close(line.projected, projected),
            `${label}: projected ${line.projected} vs ${projected}`,
          );
          assert.ok(
            close(line.projectedGap, t === null || projected === null ? null : t - projected),
            `${label}: projected gap ${line.projectedGap}`,
          );
          lines++;
          if (actual !== 0) nonZero.add(line.figure);
          if (projected !== null && projected !== actual) projecting++;
        }
      }
    }
    assert.ok(
      lines > 200 && projecting > 5,
      `seed ${seed}: compared ${lines} lines, ${projecting} projecting`,
    );
  });
}
