// The demo loads its sales side through the use cases: a small demo must come out with deals in
// every outcome, priced from the books, approvals in each state, a partner that sees only its
// own deals, open next steps and quotas.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { sql } from "drizzle-orm";
import { loadDemo } from "../../src/demo/load-demo.ts";
import type { Actor, Deps } from "../../src/services/context.ts";
import { listDeals } from "../../src/services/deals/list-deals.ts";
import { quotaLeaderboard } from "../../src/services/quotas/quotas.ts";
import type { Database } from "../../src/store/db.ts";
import { openTestDatabase, uniqueSlug } from "../support/database.ts";

let database: Database;
let deps: Deps;
let workspaceId: string;

before(async () => {
  database = openTestDatabase();
  deps = {
    db: database.db,
    now: () => new Date("2026-11-20T10:00:00Z"),
    publicUrl: "https://baton.example.test",
  };
  workspaceId = (await loadDemo(deps, { contacts: 600, seed: 7, slug: uniqueSlug("demo") })).workspaceId;
});
after(() => database.close());

const rows = async <T>(query: ReturnType<typeof sql>) => (await deps.db.execute(query)).rows as T[];

test("the demo's deals span won, lost and open stages, each priced from a book", async () => {
  const byOutcome = await rows<{ stage: string; n: number }>(sql`
    select stage, count(*)::int as n from deals where workspace_id = ${workspaceId} group by stage`);
  const stages = new Map(byOutcome.map((r) => [r.stage, r.n]));
  assert.ok((stages.get("won") ?? 0) > 0, "some won");
  assert.ok((stages.get("lost") ?? 0) > 0, "some lost");
  assert.ok([...stages.keys()].filter((s) => s !== "won" && s !== "lost").length >= 3, "open across stages");
  const [unpriced] = await rows<{ n: number }>(sql`
    select count(*)::int as n from deals d where d.workspace_id = ${workspaceId}
      and not exists (select 1 from deal_line_items l where l.workspace_id = d.workspace_id and l.deal_id = d.id)`);
  assert.equal(unpriced!.n, 0);
  // Every won deal whose lines deviate from the policy has an approval of exactly those lines.
  const [unapprovedWins] = await rows<{ n: number }>(sql`
    select count(*)::int as n from deals d
    where d.workspace_id = ${workspaceId} and d.stage = 'won'
      and exists (select 1 from deal_line_items l where l.workspace_id = d.workspace_id and l.deal_id = d.id
                  and (l.giveaway or l.unit_price_minor < l.list_price_minor * 0.85))
      and not exists (select 1 from approvals a where a.workspace_id = d.workspace_id and a.deal_id = d.id
                      and a.status = 'approved')`);
  assert.equal(unapprovedWins!.n, 0);
});

test("the demo has pending and decided approvals, open next steps, objections, competitors and quotas", async () => {
  const statuses = await rows<{ status: string }>(sql`
    select distinct status from approvals where workspace_id = ${workspaceId}`);
  const set = new Set(statuses.map((s) => s.status));
  assert.ok(set.has("pending") && set.has("approved"), [...set].join(","));
  const [counts] = await rows<{ tasks: number; objections: number; competitors: number }>(sql`
    select (select count(*)::int from tasks where workspace_id = ${workspaceId} and completed_at is null) as tasks,
           (select count(*)::int from deal_objections where workspace_id = ${workspaceId}) as objections,
           (select count(*)::int from deal_competitors where workspace_id = ${workspaceId}) as competitors`);
  assert.ok(counts!.tasks > 0 && counts!.objections > 0 && counts!.competitors > 0, JSON.stringify(counts));
  const [admin] = await rows<{ id: string }>(sql`
    select id from users where workspace_id = ${workspaceId} and role = 'admin'`);
  const actor: Actor = { workspaceId, userId: admin!.id, role: "admin" };
  const board = await quotaLeaderboard(deps, actor, { period: "month", startsOn: "2026-11-01" });
  assert.equal(board.data.length, 4);
});

test("the demo partner sees exactly the deals Brightpath registered", async () => {
  const [partner] = await rows<{ id: string; partner_id: string }>(sql`
    select id, partner_id from users where workspace_id = ${workspaceId} and role = 'partner'`);
  const actor: Actor = { workspaceId, userId: partner!.id, role: "partner", partnerId: partner!.partner_id };
  const seen = await listDeals(deps, actor, { limit: 200 });
  const [registered] = await rows<{ n: number }>(sql`
    select count(*)::int as n from deals where workspace_id = ${workspaceId} and partner_id = ${partner!.partner_id}`);
  assert.equal(seen.data.length, registered!.n);
  assert.ok(registered!.n >= 6);
  assert.ok(seen.data.every((d) => d.partnerId === partner!.partner_id));
});

test("most web responders gave marketing consent at their first web response; quarterly quotas are three months", async () => {
  const responders = await rows<{
    id: string;
    email: string;
    first_at: string;
    consent_at: string | null;
  }>(sql`
    select c.id, c.email, min(t.occurred_at)::text as first_at,
      (select min(k.occurred_at)::text from consents k
        where k.workspace_id = c.workspace_id and k.contact_id = c.id and k.granted) as consent_at
    from contacts c join touchpoints t on t.workspace_id = c.workspace_id and t.contact_id = c.id
    where c.workspace_id = ${workspaceId}
      and t.kind in ('form_submit', 'content_download', 'webinar', 'event_attended')
    group by c.workspace_id, c.id, c.email`);
  const consenting = responders.filter((r) => r.consent_at !== null);
  const share = consenting.length / responders.length;
  assert.ok(responders.length > 50, `${responders.length} web responders`);
  assert.ok(share > 0.55 && share < 0.85, `a realistic share consented: ${share}`);
  for (const r of consenting)
    assert.equal(r.consent_at, r.first_at, `${r.email} consented when first answering`);
  const [others] = await rows<{ n: number }>(sql`
    select count(*)::int as n from consents k where k.workspace_id = ${workspaceId}
      and not exists (select 1 from touchpoints t where t.workspace_id = k.workspace_id and t.contact_id = k.contact_id
        and t.kind in ('form_submit', 'content_download', 'webinar', 'event_attended'))`);
  assert.equal(others!.n, 0, "only those who answered on the web");

  const quotas = await rows<{ user_id: string; period: string; target_minor: string }>(sql`
    select user_id, period, target_minor::text from quotas where workspace_id = ${workspaceId}`);
  const byRep = Map.groupBy(quotas, (q) => q.user_id);
  assert.ok(byRep.size >= 3);
  for (const [rep, qs] of byRep) {
    const month = Number(qs.find((q) => q.period === "month")!.target_minor);
    const quarter = Number(qs.find((q) => q.period === "quarter")!.target_minor);
    assert.equal(quarter, 3 * month, `rep ${rep}`);
  }
});

test("the demo's proposals: drafts waiting for approval, offers sent and opened, and contracts reached by acceptance", async () => {
  const byStatus = new Map(
    (
      await rows<{ status: string; n: number }>(sql`
        select status, count(*)::int as n from proposals where workspace_id = ${workspaceId} group by status`)
    ).map((r) => [r.status, r.n]),
  );
  for (const status of ["draft", "sent", "accepted"])
    assert.ok((byStatus.get(status) ?? 0) > 0, `some ${status}`);
  // Every sent or accepted offer was within policy or covered by an approval when it went out, and
  // every acceptance came after the sending and left a contract touchpoint and a deal in contract or closed.
  const [wrong] = await rows<{ unsent: number; untouched: number; early: number; notMoved: number }>(sql`
    select
      count(*) filter (where p.status in ('sent', 'accepted') and p.sent_at is null)::int as unsent,
      count(*) filter (where p.status = 'accepted' and not exists (
        select 1 from touchpoints t where t.workspace_id = p.workspace_id and t.contact_id = p.contact_id
          and t.kind = 'contract' and t.properties->>'proposalId' = p.id::text))::int as untouched,
      count(*) filter (where p.accepted_at <= p.sent_at)::int as early,
      count(*) filter (where p.status = 'accepted' and d.stage not in ('contract', 'won', 'lost'))::int as "notMoved"
    from proposals p join deals d on d.workspace_id = p.workspace_id and d.id = p.deal_id
    where p.workspace_id = ${workspaceId}`);
  assert.deepEqual(wrong, { unsent: 0, untouched: 0, early: 0, notMoved: 0 });
});
