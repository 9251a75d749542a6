// The hand-off report against a naive loop over the raw rows of a random workspace (hand-offs,
// touchpoints, each contact's hot-until, the lifecycle's lead program) for random periods.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { sql } from "drizzle-orm";
import { DAY, quantile, type RandomWorkspace, randomWorkspace, utcDay } from "../support/random-workspace.ts";

const SEED = Number(process.env.REPORTS_SEED ?? 20261203);
let w: RandomWorkspace;
before(async () => {
  w = await randomWorkspace(SEED);
});
after(() => w.api.close());

const rows = async <T>(q: ReturnType<typeof sql>) => (await w.api.deps.db.execute(q)).rows as T[];

test(`the hand-off report equals a naive count over random periods (seed ${SEED})`, async () => {
  const ws = w.api.workspaceId;
  const handoffs = await rows<{
    contact_id: string;
    owner_id: string;
    status: string;
    handed_at: string;
    sla_due_at: string;
    program_id: string | null;
    hot_until: string | null;
  }>(sql`
    select h.contact_id, h.owner_id, h.status, h.handed_at::text, h.sla_due_at::text, l.lead_program_id as program_id,
      s.hot_until::text
    from handoffs h
    left join contact_lifecycle l on l.workspace_id = h.workspace_id and l.contact_id = h.contact_id
    left join contact_scores s on s.workspace_id = h.workspace_id and s.contact_id = h.contact_id
    where h.workspace_id = ${ws}`);
  const touches = await rows<{
    contact_id: string;
    user_id: string | null;
    side: string;
    occurred_at: string;
  }>(sql`
    select contact_id, user_id, side, occurred_at::text from touchpoints where workspace_id = ${ws}`);
  assert.ok(handoffs.length >= 5, `only ${handoffs.length} hand-offs`);
  const now = w.api.deps.now().getTime();
  let compared = 0;
  for (let i = 0; i < 10; i++) {
    const from = utcDay(w.start + Math.floor(w.random() * 40) * DAY);
    const to = utcDay(Date.parse(from) + Math.floor(w.random() * 60) * DAY);
    const groupBy = w.random() < 0.5 ? "owner" : "program";
    const res = await w.api.call("GET", `/api/v1/reports/handoffs?from=${from}&to=${to}&groupBy=${groupBy}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const groups = new Map<string, number[]>();
    const naive = new Map<
      string,
      { n: number; pending: number; within: number; due: number; cooled: number; firsts: number[] }
    >();
    for (const h of handoffs) {
      const handed = Date.parse(h.handed_at);
      if (handed < Date.parse(`${from}T00:00:00Z`) || handed >= Date.parse(`${to}T00:00:00Z`) + DAY) continue;
      const firsts = touches
        .filter((t) => t.contact_id === h.contact_id && t.side === "sales" && t.user_id === h.owner_id)
        .map((t) => Date.parse(t.occurred_at))
        .filter((at) => at >= handed);
      const first = firsts.length ? Math.min(...firsts) : null;
      const sla = Date.parse(h.sla_due_at);
      const hotUntil = h.hot_until ? Date.parse(h.hot_until) : null;
      for (const key of [groupBy === "owner" ? h.owner_id : String(h.program_id), "total"]) {
        const g = naive.get(key) ?? { n: 0, pending: 0, within: 0, due: 0, cooled: 0, firsts: [] };
        g.n++;
        if (h.status === "pending") g.pending++;
        if (first !== null && first <= sla) g.within++;
        if (first !== null || sla <= now) g.due++;
        if (hotUntil !== null && hotUntil >= handed && hotUntil < (first ?? now)) g.cooled++;
        if (first !== null) g.firsts.push((first - handed) / 1000);
        naive.set(key, g);
      }
      groups.set(h.owner_id, []);
    }
    const check = (got: Record<string, unknown>, key: string) => {
      const g = naive.get(key) ?? { n: 0, pending: 0, within: 0, due: 0, cooled: 0, firsts: [] };
      assert.deepEqual(
        [got.handoffs, got.pending, got.withinSla, got.slaDue, got.cooled],
        [g.n, g.pending, g.within, g.due, g.cooled],
        `${from}–${to} ${groupBy} ${key}`,
      );
      const median = quantile(g.firsts, 0.5);
      assert.ok(
        median === null
          ? got.medianFirstTouchSeconds === null
          : Math.abs((got.medianFirstTouchSeconds as number) - median) < 1e-6,
        `${key} median ${got.medianFirstTouchSeconds} vs ${median}`,
      );
      compared++;
    };
    check(res.body.total, "total");
    for (const row of res.body.rows) check(row, String(row.key));
    assert.equal(res.body.rows.length, naive.size - (naive.has("total") ? 1 : 0));
  }
  assert.ok(compared > 15, `compared ${compared}`);
});
