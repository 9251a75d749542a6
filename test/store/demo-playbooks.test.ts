// The demo's playbooks: the spec's strategy per tier, made through the use cases, and every
// contact running the playbook of the tier it is in (customers and disqualified contacts none).
import "@hono/zod-openapi";
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { sql } from "drizzle-orm";
import { loadDemo } from "../../src/demo/load-demo.ts";
import type { Deps } from "../../src/services/context.ts";
import type { Database } from "../../src/store/db.ts";
import { openTestDatabase, uniqueSlug } from "../support/database.ts";

const NOW = "2026-11-20T10:00:00.000Z";
let database: Database;
let deps: Deps;
let workspaceId: string;

before(async () => {
  database = openTestDatabase();
  deps = { db: database.db, now: () => new Date(NOW), publicUrl: "https://baton.example.test" };
  workspaceId = (await loadDemo(deps, { contacts: 300, seed: 3, slug: uniqueSlug("demo") })).workspaceId;
});
after(() => database.close());

const rows = async <T>(query: ReturnType<typeof sql>) => (await deps.db.execute(query)).rows as T[];

test("the demo ships a playbook per tier and a sales sequence, with the spec's steps", async () => {
  const steps = await rows<{ name: string; tier: string | null; channels: string[] }>(sql`
    select p.name, p.tier, array_agg(s.channel order by s.position) as channels
    from playbooks p join playbook_steps s on s.workspace_id = p.workspace_id and s.playbook_id = p.id
    where p.workspace_id = ${workspaceId}
    group by p.name, p.tier order by p.name`);
  assert.deepEqual(steps, [
    { name: "Cold nurture", tier: "cold", channels: ["email", "ad_audience_export", "email", "email"] },
    { name: "Executive outreach", tier: null, channels: ["call_task", "meeting_task"] },
    {
      name: "Hot: call, present, propose",
      tier: "hot",
      channels: ["call_task", "presentation_task", "proposal_task"],
    },
    { name: "Warm: invite, prove, call", tier: "warm", channels: ["email", "email", "call_task"] },
  ]);
});

test("every touched contact runs the playbook of its current tier, unless it is a customer or disqualified", async () => {
  const mismatched = await rows<{ n: number }>(sql`
    with tiers as (
      select s.contact_id, c.stage,
        case when s.hot_until >= ${NOW}::timestamptz then 'hot' when s.warm_until >= ${NOW}::timestamptz then 'warm' else 'cold' end as tier
      from contact_scores s join contacts c on c.workspace_id = s.workspace_id and c.id = s.contact_id
      where s.workspace_id = ${workspaceId}
    )
    select count(*)::int as n from tiers t
    where (t.stage in ('customer', 'disqualified')) = exists (
      select 1 from enrolments e join playbooks p on p.workspace_id = e.workspace_id and p.id = e.playbook_id
      where e.workspace_id = ${workspaceId} and e.contact_id = t.contact_id and e.status = 'active' and p.tier = t.tier)`);
  assert.equal(mismatched[0]!.n, 0);
  const [counts] = await rows<{ enrolled: number; due: number }>(sql`
    select count(*)::int as enrolled, count(*) filter (where next_run_at <= ${NOW}::timestamptz)::int as due
    from enrolments where workspace_id = ${workspaceId}`);
  assert.ok(counts!.enrolled > 100, `${counts!.enrolled} enrolled`);
  assert.equal(counts!.due, counts!.enrolled, "each first step is due at once: the worker runs them");
});

test("the demo's newsletter fills the outbox at any hour: queued to those who consented, the rest skipped with why", async () => {
  const byStatus = await rows<{ status: string; reason: string | null; n: number }>(sql`
    select status, reason, count(*)::int as n from outbox
    where workspace_id = ${workspaceId} and broadcast_id is not null group by 1, 2`);
  const queued = byStatus.filter((r) => r.status === "queued").reduce((s, r) => s + r.n, 0);
  const total = byStatus.reduce((s, r) => s + r.n, 0);
  assert.ok(queued > 0 && queued / total > 0.3, `queued ${queued} of ${total}`);
  assert.ok(
    byStatus.filter((r) => r.status === "skipped").every((r) => r.reason),
    "every skipped message says why",
  );
  // Every queued message goes to someone whose latest marketing consent is a yes.
  const [unconsented] = await rows<{ n: number }>(sql`
    select count(*)::int as n from outbox o
    where o.workspace_id = ${workspaceId} and o.broadcast_id is not null and o.status = 'queued'
      and coalesce((select c.granted from consents c
                    where c.workspace_id = o.workspace_id and c.contact_id = o.contact_id and c.purpose = 'marketing'
                    order by c.occurred_at desc, c.id desc limit 1), false) = false`);
  assert.equal(unconsented!.n, 0);
});
