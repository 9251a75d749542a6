// The program scorecard against a deliberately naive implementation: plain loops over the raw
// rows (touchpoints, the stage history, deals, cost lines), on a random workspace built through
// the API — backfilled touches, hand-offs, stage changes by hand, deals won and lost in two
// currencies — and compared for random periods, both groupings and each filter.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { sql } from "drizzle-orm";
import { setupApi, type TestApi } from "../support/api.ts";

const DAY = 86_400_000;
const START = Date.parse("2026-09-01T08:00:00Z");
let clock = START;
let api: TestApi;
let marketerId: string;

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = Number(process.env.SCORECARD_SEED ?? 20261201);
const random = rng(SEED);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const KINDS = [
  "email_sent",
  "email_open",
  "page_view",
  "email_click",
  "form_submit",
  "event_attended",
  "ad_click",
  "referral",
  "call",
  "meeting",
];
const STAGE_MOVES = ["lead", "sales_ready", "in_sales", "customer", "recycled", "disqualified", "prospect"];
const programs: { id: string; channel: string; currency: string; ownerId: string | null }[] = [];

before(async () => {
  api = await setupApi({ now: () => new Date(clock) });
  const rep = await api.userWithKey("sales");
  await api.userWithKey("sales");
  marketerId = (await api.userWithKey("marketing")).userId;
  const asRep = api.callerFor(rep.key);
  for (const [channel, currency] of [
    ["email", "USD"],
    ["email", "USD"],
    ["trade_show", "USD"],
    ["referral", "USD"],
    ["advertising", "EUR"],
  ] as const) {
    const ownerId = random() < 0.5 ? marketerId : null;
    const res = await api.call("POST", "/api/v1/programs", {
      name: `P${programs.length}`,
      channel,
      currency,
      ownerId,
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    programs.push({ id: res.body.id, channel, currency, ownerId });
  }
  for (let i = 0; i < 25; i++) {
    const res = await api.call("POST", `/api/v1/programs/${pick(programs).id}/costs`, {
      incurredOn: day(START + int(0, 90) * DAY),
      amountMinor: int(1, 100_000),
    });
    assert.equal(res.status, 201);
  }
  const emails = Array.from({ length: 30 }, (_, i) => `n${i}-${api.slug}@example.com`);
  const contactIds = new Set<string>();
  const deals: string[] = [];
  for (let step = 0; step < 260; step++) {
    clock += int(0, 8 * 3_600_000);
    const action = random();
    if (action < 0.7 || contactIds.size === 0) {
      const res = await api.call("POST", "/api/v1/touchpoints", {
        email: pick(emails),
        kind: pick(KINDS),
        programId: random() < 0.25 ? null : pick(programs).id,
        occurredAt: new Date(Math.max(START, clock - int(0, 15 * DAY))).toISOString(),
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      contactIds.add(res.body.contactId);
    } else if (action < 0.8) {
      await api.call("PATCH", `/api/v1/contacts/${pick([...contactIds])}`, { stage: pick(STAGE_MOVES) });
    } else if (action < 0.9) {
      const res = await asRep("POST", "/api/v1/deals", {
        name: "Deal",
        contactId: pick([...contactIds]),
        amountMinor: int(1, 1_000_000),
        currency: random() < 0.8 ? "USD" : "EUR",
      });
      if (res.status === 201) deals.push(res.body.id);
    } else if (deals.length > 0) {
      const deal = deals.splice(Math.floor(random() * deals.length), 1)[0]!;
      if (random() < 0.6) {
        for (const stage of ["understand", "present", "propose", "contract", "won"]) {
          await asRep("POST", `/api/v1/deals/${deal}/move`, { stage });
        }
      } else {
        const reasons = (await asRep("GET", "/api/v1/pipelines")).body.lossReasons as { id: string }[];
        await asRep("POST", `/api/v1/deals/${deal}/move`, { stage: "lost", lossReasonId: reasons[0]!.id });
      }
    }
  }
});
after(() => api.close());

interface Counts {
  reach: Set<string>;
  leads: number;
  salesReady: number;
  accepted: number;
  opportunities: number;
  won: number;
  revenueMinor: number;
  costMinor: number;
}

/** The scorecard by definition, from the raw rows, in plain loops. */
async function naive(q: {
  from: string;
  to: string;
  currency: string;
  groupBy: "program" | "channel";
  channel?: string;
  ownerId?: string;
  programId?: string;
}) {
  const rows = async <T>(query: ReturnType<typeof sql>) => (await api.deps.db.execute(query)).rows as T[];
  const ws = api.workspaceId;
  const touchpoints = await rows<{
    id: string;
    contact_id: string;
    program_id: string | null;
    occurred_at: string;
  }>(sql`select id, contact_id, program_id, occurred_at::text from touchpoints where workspace_id = ${ws}`);
  const history = await rows<{
    id: string;
    contact_id: string;
    to_stage: string;
    changed_at: string;
    cause: string;
    cause_id: string | null;
  }>(
    sql`select id, contact_id, to_stage, changed_at::text, cause, cause_id from contact_stage_history where workspace_id = ${ws}`,
  );
  const deals = await rows<{
    contact_id: string;
    amount_minor: string;
    currency: string;
    stage: string;
    pipeline_id: string;
  }>(
    sql`select contact_id, amount_minor, currency, stage, pipeline_id from deals where workspace_id = ${ws}`,
  );
  const pipelines = await rows<{ id: string; stages: { key: string; outcome: string }[] }>(
    sql`select id, stages from pipelines where workspace_id = ${ws}`,
  );
  const costs = await rows<{ program_id: string; incurred_on: string; amount_minor: string }>(
    sql`select program_id, incurred_on::text, amount_minor from program_costs where workspace_id = ${ws}`,
  );
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
    costMinor: 0,
  });
  const total = empty();
  const slot = (k: string | null) => {
    if (!groups.has(k)) groups.set(k, empty());
    return groups.get(k)!;
  };
  const utcDay = (ts: string) => new Date(ts).toISOString().slice(0, 10);

  for (const t of touchpoints) {
    if (t.program_id === null || !inFilter(programOf.get(t.program_id)!)) continue;
    const d = utcDay(t.occurred_at);
    if (d < q.from || d > q.to) continue;
    slot(keyOf(t.program_id)).reach.add(t.contact_id);
    total.reach.add(t.contact_id);
  }

  const byContact = new Map<string, typeof history>();
  for (const h of history) {
    if (!byContact.has(h.contact_id)) byContact.set(h.contact_id, []);
    byContact.get(h.contact_id)!.push(h);
  }
  const wonStage = new Map(pipelines.map((p) => [p.id, p.stages.find((s) => s.outcome === "won")!.key]));
  const FUNNEL = ["lead", "sales_ready", "in_sales", "customer"];
  const periodStart = Date.parse(`${q.from}T00:00:00Z`);
  const periodEnd = Date.parse(`${q.to}T00:00:00Z`) + DAY;
  for (const [contactId, rowsOfContact] of byContact) {
    rowsOfContact.sort(
      (a, b) =>
        Date.parse(a.changed_at) - Date.parse(b.changed_at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
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
    slot(keyOf(p.id)).costMinor += Number(c.amount_minor);
    total.costMinor += Number(c.amount_minor);
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
  near(
    actual.costPerLeadMinor,
    expected.leads ? Math.floor(expected.costMinor / expected.leads + 0.5) : null,
    "cost per lead",
  );
  near(
    actual.costPerCustomerMinor,
    expected.won ? Math.floor(expected.costMinor / expected.won + 0.5) : null,
    "cost per customer",
  );
  near(actual.roi, expected.costMinor ? expected.revenueMinor / expected.costMinor - 1 : null, "roi");
  near(actual.successRate, expected.leads ? expected.won / expected.leads : null, "success rate");
}

test(`the scorecard equals the naive computation over random periods, groupings and filters (seed ${SEED})`, async () => {
  const checked = { rows: 0, leads: 0 };
  for (let i = 0; i < 24; i++) {
    // Periods over the weeks the random history spans (and a little past it).
    const a = START + int(0, 45) * DAY;
    const b = a + int(0, 40) * DAY;
    const q = {
      from: day(a),
      to: day(b),
      currency: random() < 0.75 ? "USD" : "EUR",
      groupBy: random() < 0.5 ? ("program" as const) : ("channel" as const),
      ...pick([{}, {}, { channel: "email" }, { ownerId: marketerId }, { programId: programs[2]!.id }]),
    };
    const params = new URLSearchParams(q as unknown as Record<string, string>);
    const res = await api.call("GET", `/api/v1/reports/program-scorecard?${params}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const expected = await naive(q);
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
        costMinor: 0,
      };
      assertFigures(row, exp, `${label} ${key}`);
      checked.rows += 1;
    }
    for (const [key, counts] of expected.groups) {
      const any = counts.reach.size + counts.leads + counts.costMinor;
      assert.ok(seen.has(key) || any === 0, `${label}: the report has no row for ${key}`);
    }
    checked.leads += expected.total.leads;
  }
  // The random workspace must exercise what is compared (or the test proves little).
  assert.ok(checked.rows > 40 && checked.leads > 15, JSON.stringify(checked));
});

test("the lifecycle facts equal a rebuild from the stage history", async () => {
  const ws = api.workspaceId;
  const diff = await api.deps.db.execute(sql`
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
  const reach = await api.deps.db.execute(sql`
    (select program_id, (occurred_at at time zone 'UTC')::date as day, contact_id from touchpoints
      where workspace_id = ${ws} and program_id is not null
     except select program_id, day, contact_id from program_reach where workspace_id = ${ws})
    union all
    (select program_id, day, contact_id from program_reach where workspace_id = ${ws}
     except select program_id, (occurred_at at time zone 'UTC')::date, contact_id from touchpoints
      where workspace_id = ${ws} and program_id is not null)`);
  assert.deepEqual(reach.rows, []);
});
