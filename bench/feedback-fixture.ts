// What the issue-10 reports read beyond the reports fixture (bench/reports-fixture.ts), added to it
// set-based inside PostgreSQL, once (a fixture kept with BENCH_HOLD and reused is extended the
// first time only): a hand-off for every sales-ready lead, answered as its contact's later stages
// say (accepted when it went into sales, recycled with a reason when it stayed two weeks, else
// still pending), the owners' sales touches after it (the hand-off report's first touch), the
// contacts' hot-until instants (cooled while waiting), objections on the deals and reasons on the
// lost ones (what sales heard), every rep's monthly and quarterly quotas (the reverse funnel) and
// a few marketing plans (plans with actuals).
import type { Pool } from "pg";
import { RECYCLE_REASONS } from "../src/domain/handoff.ts";
import { addMonths, monthOf } from "../src/domain/months.ts";

const OBJECTIONS = [
  "Too expensive",
  "No time now",
  "Happy with what we have",
  "Needs sign-off",
  "Missing a feature",
];
const LOSS_REASONS = ["Price", "Went with a competitor", "No decision", "Timing", "No budget"];

/** The first day of the quarter `month` ("YYYY-MM-01") is in. */
export const quarterOf = (month: string) => addMonths(month, -((Number(month.slice(5, 7)) - 1) % 3));

export async function extendFeedbackFixture(
  pool: Pool,
  workspaceId: string,
  now: Date,
  log: (m: string) => void,
) {
  const done = await pool.query("select count(*) as n from handoffs where workspace_id = $1", [workspaceId]);
  if (Number(done.rows[0].n) > 0) return { built: false };
  const ws = workspaceId;
  const client = await pool.connect();
  try {
    const q = (text: string, values: unknown[] = []) => client.query(text, values);
    await q("begin");
    const reps = (
      await q("select id from users where workspace_id = $1 and role = 'sales' order by email", [ws])
    ).rows.map((r) => r.id as string);
    await q(
      `insert into objection_types (workspace_id, id, label, created_at)
       select $1, uuidv7(), l, now() from unnest($2::text[]) l
       on conflict do nothing`,
      [ws, OBJECTIONS],
    );
    await q(
      `insert into loss_reasons (workspace_id, id, label, created_at)
       select $1, uuidv7(), l, now() from unnest($2::text[]) l
       on conflict do nothing`,
      [ws, LOSS_REASONS],
    );
    // One hand-off per sales-ready lead, to its deal's owner (any rep when there is no deal).
    await q(
      `create temp table bench_handoffs on commit drop as
       select uuidv7() as id, l.contact_id, coalesce(d.owner_id, ($2::uuid[])[1 + floor(random() * 5)::int]) as owner_id,
         l.sales_ready_at as handed_at, l.in_sales_at, random() as u, random() as v
       from contact_lifecycle l
       left join lateral (select owner_id from deals d where d.workspace_id = $1 and d.contact_id = l.contact_id limit 1) d on true
       where l.workspace_id = $1 and l.sales_ready_at is not null`,
      [ws, reps],
    );
    await q(
      `insert into handoffs (workspace_id, id, contact_id, owner_id, handed_at, sla_due_at, assigned_by, status,
         decided_at, decided_by, recycle_reason)
       select $1, h.id, h.contact_id, h.owner_id, h.handed_at, h.handed_at + interval '4 hours', 'round_robin',
         case when h.in_sales_at is not null then 'accepted' when h.handed_at < $3::timestamptz - interval '14 days' then 'recycled'
           else 'pending' end,
         case when h.in_sales_at is not null then h.in_sales_at
           when h.handed_at < $3::timestamptz - interval '14 days' then h.handed_at + h.v * interval '14 days' end,
         case when h.in_sales_at is not null or h.handed_at < $3::timestamptz - interval '14 days' then h.owner_id end,
         case when h.in_sales_at is null and h.handed_at < $3::timestamptz - interval '14 days' and h.u < 0.9
           then ($2::text[])[1 + floor(h.v * 5)::int] end
       from bench_handoffs h`,
      [ws, [...RECYCLE_REASONS], now.toISOString()],
    );
    log("hand-offs");
    // 85 % of hand-offs get one or two calls by their owner: the first within hours (skewed, so
    // some miss the 4-hour SLA), the second days later; none after now.
    await q(
      `insert into touchpoints (workspace_id, id, contact_id, kind, side, user_id, occurred_at)
       select $1, uuidv7(), h.contact_id, 'call', 'sales', h.owner_id, t.at
       from bench_handoffs h
       cross join lateral (values
         (h.handed_at + power(h.u, 3) * interval '48 hours'),
         (case when h.v < 0.5 then h.handed_at + (1 + 10 * h.v) * interval '1 day' end)) t(at)
       where h.u < 0.85 and t.at is not null and t.at <= $2::timestamptz`,
      [ws, now.toISOString()],
    );
    log("owners' calls");
    // Each handed contact's hot-until: hours to three days after the hand-off.
    await q(
      `insert into contact_scores (workspace_id, contact_id, e0, t0, warm_until, hot_until, touch_count, first_touch_at)
       select $1, h.contact_id, 10, h.handed_at, h.handed_at + (3 + 3 * h.v) * interval '1 day',
         h.handed_at + 3 * h.v * interval '1 day', 1, h.handed_at
       from bench_handoffs h
       on conflict do nothing`,
      [ws],
    );
    // Objections on 40 % of deals (one or two; one in ten free text only), overcome more often on
    // the won ones; a loss reason on 85 % of the lost deals.
    await q(
      `insert into deal_objections (workspace_id, id, deal_id, objection_type_id, text, overcome, raised_at, raised_by, updated_at)
       select $1, uuidv7(), d.id,
         case when random() >= 0.1 then (select array_agg(id order by label) from objection_types where workspace_id = $1)[1 + floor(random() * 5)::int] end,
         'said on a call', random() < case when d.stage = 'won' then 0.7 else 0.3 end,
         d.created_at + random() * interval '10 days', d.owner_id, now()
       from deals d cross join lateral generate_series(1, 1 + (random() < 0.3)::int) g
       where d.workspace_id = $1 and (hashtext(d.id::text) & 1023) < 410`,
      [ws],
    );
    await q(
      `update deals d set loss_reason_id = (select array_agg(id order by label) from loss_reasons where workspace_id = $1)[1 + floor(random() * (select count(*) from loss_reasons where workspace_id = $1))::int]
       where d.workspace_id = $1 and d.stage = 'lost' and random() < 0.85`,
      [ws],
    );
    log("objections and loss reasons");
    // Quotas: every rep, every month and quarter of the fixture's two years and the current ones.
    const thisMonth = monthOf(now);
    const months = Array.from({ length: 26 }, (_, i) => addMonths(thisMonth, i - 24));
    const quarters = [...new Set(months.map(quarterOf))];
    await q(
      `insert into quotas (workspace_id, id, user_id, period, starts_on, target_minor, currency, created_at, updated_at)
       select $1, uuidv7(), r, p.period, p.starts_on::date,
         (case when p.period = 'month' then 1 else 3 end) * (5000000 + floor(random() * 10000000)::bigint), 'USD', now(), now()
       from unnest($2::uuid[]) r
       cross join (select 'month' as period, m as starts_on from unnest($3::text[]) m
                   union all select 'quarter', x from unnest($4::text[]) x) p`,
      [ws, reps, months, quarters],
    );
    // Plans: last quarter's for the workspace, two channels and one program; this quarter's and
    // this month's for the workspace.
    const last = addMonths(quarterOf(thisMonth), -3);
    await q(
      `insert into marketing_plans (workspace_id, id, period, starts_on, channel, program_id, leads_target,
         sales_ready_target, pipeline_target_minor, revenue_target_minor, planned_spend_minor, currency, created_at, updated_at)
       select $1, uuidv7(), v.period, v.starts_on::date, v.channel,
         (select id from programs where workspace_id = $1 and name = v.program), v.leads, v.leads / 3,
         v.leads::bigint * 300000, v.leads::bigint * 40000, v.leads::bigint * 2000, 'USD', now(), now()
       from (values ('quarter', $2, null, null, 80000), ('quarter', $2, 'advertising', null, 20000),
         ('quarter', $2, 'email', null, 15000), ('quarter', $2, null, 'Search ads', 12000),
         ('quarter', $3, null, null, 85000), ('month', $4, null, null, 28000)) v(period, starts_on, channel, program, leads)`,
      [ws, last, quarterOf(thisMonth), thisMonth],
    );
    log("quotas and plans");
    await q("commit");
    for (const table of ["handoffs", "touchpoints", "contact_scores", "deal_objections", "deals", "quotas"])
      await q(`vacuum analyze ${table}`);
    return { built: true };
  } catch (err) {
    await client.query("rollback").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

/** The sizes of what the extension added, for the benchmark's first line. */
export async function feedbackCounts(pool: Pool, workspaceId: string) {
  const r = await pool.query(
    `select (select count(*) from handoffs where workspace_id = $1) as handoffs,
       (select count(*) from handoffs where workspace_id = $1 and status = 'accepted') as accepted,
       (select count(*) from handoffs where workspace_id = $1 and status = 'recycled') as recycled,
       (select count(*) from handoffs where workspace_id = $1 and status = 'pending') as pending,
       (select count(*) from touchpoints where workspace_id = $1 and kind = 'call' and user_id is not null) as calls,
       (select count(*) from deal_objections where workspace_id = $1) as objections,
       (select count(*) from deals where workspace_id = $1 and loss_reason_id is not null) as lost_with_reason,
       (select count(*) from quotas where workspace_id = $1) as quotas,
       (select count(*) from marketing_plans where workspace_id = $1) as plans`,
    [workspaceId],
  );
  return Object.fromEntries(Object.entries(r.rows[0]).map(([k, v]) => [k, Number(v)]));
}
