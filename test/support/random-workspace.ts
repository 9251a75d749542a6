// A random workspace for the reports' naive checks, built through the API as users would:
// programs in two currencies with owners and cost lines, touches (backfilled ones too) that make
// leads and hand-offs, stage changes by hand, deals opened, won and lost — with the clock moving
// forward. Then the raw rows, read plainly, for a deliberately naive recomputation.
import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import type { PipelineStage } from "../../src/domain/pipeline.ts";
import { setupApi, type TestApi } from "./api.ts";

export const DAY = 86_400_000;

export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

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

export interface RandomWorkspace {
  api: TestApi;
  start: number;
  random: () => number;
  marketerId: string;
  repIds: string[];
  programs: { id: string; channel: string; currency: string; ownerId: string | null }[];
  /** The clock after the last step (epoch ms). */
  end: number;
  /** Moves the API's clock (for reads at later instants than the history's last). */
  setNow(ms: number): void;
}

export async function randomWorkspace(
  seed: number,
  steps = 400,
  options: { maxStepHours?: number } = {},
): Promise<RandomWorkspace> {
  const maxStep = (options.maxStepHours ?? 8) * 3_600_000;
  const start = Date.parse("2026-09-01T08:00:00Z");
  let clock = start;
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const api = await setupApi({ now: () => new Date(clock) });
  const reps = [await api.userWithKey("sales"), await api.userWithKey("sales")];
  const marketerId = (await api.userWithKey("marketing")).userId;
  const programs: RandomWorkspace["programs"] = [];
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
      incurredOn: utcDay(start + int(0, 90) * DAY),
      amountMinor: int(1, 100_000),
    });
    assert.equal(res.status, 201);
  }
  // Quotas: monthly for each rep over the months the history spans, quarterly for one of them.
  for (const rep of reps) {
    for (const month of ["2026-09-01", "2026-10-01", "2026-11-01"]) {
      const res = await api.call("PUT", "/api/v1/quotas", {
        userId: rep.userId,
        period: "month",
        startsOn: month,
        targetMinor: int(100_000, 2_000_000),
        currency: random() < 0.85 ? "USD" : "EUR",
      });
      assert.equal(res.status, 200, JSON.stringify(res.body));
    }
  }
  assert.equal(
    (
      await api.call("PUT", "/api/v1/quotas", {
        userId: reps[0]!.userId,
        period: "quarter",
        startsOn: "2026-07-01",
        targetMinor: 3_000_000,
        currency: "USD",
      })
    ).status,
    200,
  );
  const emails = Array.from({ length: 60 }, (_, i) => `n${i}-${api.slug}@example.com`);
  const contactIds = new Set<string>();
  const deals: { id: string; rep: string }[] = [];
  for (let step = 0; step < steps; step++) {
    clock += int(0, maxStep);
    const action = random();
    if (action < 0.7 || contactIds.size === 0) {
      const kind = pick(KINDS);
      const res = await api.call("POST", "/api/v1/touchpoints", {
        email: pick(emails),
        kind,
        // A rep logs most sales touches; some arrive without one (an import, a partner's note).
        userId: (kind === "call" || kind === "meeting") && random() < 0.8 ? pick(reps).userId : null,
        programId: random() < 0.25 ? null : pick(programs).id,
        occurredAt: new Date(Math.max(start, clock - int(0, 15 * DAY))).toISOString(),
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
      contactIds.add(res.body.contactId);
    } else if (action < 0.8) {
      await api.call("PATCH", `/api/v1/contacts/${pick([...contactIds])}`, { stage: pick(STAGE_MOVES) });
    } else if (action < 0.9) {
      const rep = pick(reps);
      const res = await api.callerFor(rep.key)("POST", "/api/v1/deals", {
        name: "Deal",
        contactId: pick([...contactIds]),
        amountMinor: int(1, 1_000_000),
        currency: random() < 0.8 ? "USD" : "EUR",
      });
      if (res.status === 201) deals.push({ id: res.body.id, rep: rep.key });
    } else if (deals.length > 0) {
      const deal = deals.splice(Math.floor(random() * deals.length), 1)[0]!;
      const asRep = api.callerFor(deal.rep);
      if (random() < 0.6) {
        const path = ["understand", "present", "propose", "contract", "won"].filter(
          (_, i) => i === 4 || random() < 0.7,
        );
        for (const stage of path) await asRep("POST", `/api/v1/deals/${deal.id}/move`, { stage });
      } else {
        const reasons = (await asRep("GET", "/api/v1/pipelines")).body.lossReasons as { id: string }[];
        await asRep("POST", `/api/v1/deals/${deal.id}/move`, { stage: "lost", lossReasonId: reasons[0]!.id });
      }
    }
  }
  return {
    api,
    start,
    random,
    marketerId,
    repIds: reps.map((r) => r.userId),
    programs,
    end: clock,
    setNow: (ms) => {
      clock = ms;
    },
  };
}

export interface RawRows {
  contacts: { id: string; owner_id: string | null }[];
  touchpoints: {
    id: string;
    contact_id: string;
    program_id: string | null;
    occurred_at: string;
    side: string;
    kind: string;
    user_id: string | null;
  }[];
  history: {
    id: string;
    contact_id: string;
    to_stage: string;
    changed_at: string;
    cause: string;
    cause_id: string | null;
  }[];
  deals: {
    id: string;
    contact_id: string;
    owner_id: string;
    amount_minor: string;
    currency: string;
    stage: string;
    pipeline_id: string;
    created_at: string;
    closed_at: string | null;
  }[];
  dealHistory: { deal_id: string; to_stage: string; changed_at: string }[];
  pipelines: { id: string; is_default: boolean; stages: PipelineStage[] }[];
  costs: { program_id: string; incurred_on: string; amount_minor: string }[];
  handoffs: { owner_id: string; contact_id: string; status: string; handed_at: string }[];
  quotas: {
    user_id: string;
    period: "month" | "quarter";
    starts_on: string;
    target_minor: string;
    currency: string;
  }[];
}

/** Every row the reports are made from, as stored — no joins, no aggregates. */
export async function rawRows(api: TestApi): Promise<RawRows> {
  const ws = api.workspaceId;
  const rows = async <T>(query: ReturnType<typeof sql>) => (await api.deps.db.execute(query)).rows as T[];
  return {
    contacts: await rows(sql`select id, owner_id from contacts where workspace_id = ${ws}`),
    touchpoints: await rows(
      sql`select id, contact_id, program_id, occurred_at::text, side, kind, user_id from touchpoints where workspace_id = ${ws}`,
    ),
    history: await rows(
      sql`select id, contact_id, to_stage, changed_at::text, cause, cause_id from contact_stage_history where workspace_id = ${ws}`,
    ),
    deals: await rows(
      sql`select id, contact_id, owner_id, amount_minor, currency, stage, pipeline_id, created_at::text, closed_at::text from deals where workspace_id = ${ws}`,
    ),
    dealHistory: await rows(
      sql`select deal_id, to_stage, changed_at::text from deal_stage_history where workspace_id = ${ws}`,
    ),
    pipelines: await rows(sql`select id, is_default, stages from pipelines where workspace_id = ${ws}`),
    costs: await rows(
      sql`select program_id, incurred_on::text, amount_minor from program_costs where workspace_id = ${ws}`,
    ),
    handoffs: await rows(
      sql`select owner_id, contact_id, status, handed_at::text from handoffs where workspace_id = ${ws}`,
    ),
    quotas: await rows(
      sql`select user_id, period, starts_on::text, target_minor, currency from quotas where workspace_id = ${ws}`,
    ),
  };
}

/** A contact's stage history in the order it was lived (ties in the order written). */
export function historyByContact(history: RawRows["history"]) {
  const byContact = new Map<string, RawRows["history"]>();
  for (const h of history) {
    if (!byContact.has(h.contact_id)) byContact.set(h.contact_id, []);
    byContact.get(h.contact_id)!.push(h);
  }
  for (const list of byContact.values()) {
    list.sort(
      (a, b) =>
        Date.parse(a.changed_at) - Date.parse(b.changed_at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }
  return byContact;
}

/** The p-quantile with linear interpolation between the closest ranks (PostgreSQL's percentile_cont). */
export function quantile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const xs = [...values].sort((a, b) => a - b);
  const pos = p * (xs.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return xs[lo]! + (pos - lo) * (xs[hi]! - xs[lo]!);
}
