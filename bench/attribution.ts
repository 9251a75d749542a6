// Attribution recompute over 100,000 won deals (issue 10): a settings change recomputes every won
// deal's credits under the eight models (services/attribution/attribution-settings.ts). Fixture,
// generated inside PostgreSQL: one contact per deal, 1–19 touchpoints each (mean 10) over the 90
// days before its win, 7 in 10 from one of 20 programs, the second touch the one that made the
// lead. Baselines in the same run: the same number of credit rows written by one INSERT … SELECT
// that computes only the linear model in SQL (the floor for writing them), and the recompute
// itself is timed twice (cold, then warm). `BENCH_DEALS` shrinks it.
import { updateAttributionSettings } from "../src/services/attribution/attribution-settings.ts";
import type { Actor } from "../src/services/context.ts";
import { ensureSalesDefaults } from "../src/services/deals/pipelines.ts";
import { type BenchEnv, fmt, timed } from "./support.ts";

const DEALS = Number(process.env.BENCH_DEALS ?? 100_000);

export async function benchAttribution(env: BenchEnv) {
  const log = (m: string) => console.error(`  attribution: ${m} (${new Date().toISOString().slice(11, 19)})`);
  const ws = env.workspaceId;
  const pipeline = await ensureSalesDefaults(env.database.db, ws);
  const owner = (await env.database.pool.query("select id from users where workspace_id = $1 limit 1", [ws]))
    .rows[0].id;
  const client = await env.database.pool.connect();
  // Released whatever happens: the pool cannot close while it holds a client.
  const build = await timed(async () => {
    const q = (text: string, values: unknown[] = []) => client.query(text, values);
    await q("set session_replication_role = replica");
    const programs = (
      await q(
        `insert into programs (workspace_id, id, name, channel, currency, created_at, updated_at)
         select $1, uuidv7(), 'Program ' || g, (array['email','advertising','trade_show','referral','webinar'])[1 + g % 5],
           'USD', now(), now()
         from generate_series(1, 20) g returning id`,
        [ws],
      )
    ).rows.map((r) => r.id as string);
    await q(
      `create temp table bench_deals as
       select n, uuidv7() as contact_id, uuidv7() as deal_id, now() - random() * interval '300 days' as won_at,
         1 + floor(random() * 19)::int as touches
       from generate_series(1, $1::int) n`,
      [DEALS],
    );
    await q(
      `insert into contacts (workspace_id, id, email, stage, created_at, updated_at)
       select $1, contact_id, 'a' || n || '@attribution.example', 'customer', won_at - interval '120 days', now()
       from bench_deals`,
      [ws],
    );
    log("contacts");
    await q(
      `create temp table bench_touches as
       select d.contact_id, d.deal_id, s.i, uuidv7() as id,
         d.won_at - (90 - 90.0 * s.i / (d.touches + 1)) * interval '1 day' as occurred_at,
         case when random() < 0.7 then ($1::uuid[])[1 + floor(random() * 20)::int] end as program_id
       from bench_deals d, generate_series(1, d.touches) s(i)`,
      [programs],
    );
    await q(
      `insert into touchpoints (workspace_id, id, contact_id, kind, side, program_id, occurred_at)
       select $1, id, contact_id, case when i = 2 then 'form_submit' when i % 3 = 0 then 'meeting' else 'email_click' end,
         case when i % 3 = 0 then 'sales' else 'marketing' end, program_id, occurred_at
       from bench_touches`,
      [ws],
    );
    log("touchpoints");
    await q(
      `insert into contact_lifecycle (workspace_id, contact_id, funnel_at, lead_touchpoint_id, lead_program_id, lead_at, customer_at)
       select $1, d.contact_id, t.occurred_at, t.id, t.program_id, t.occurred_at, d.won_at
       from bench_deals d left join bench_touches t on t.deal_id = d.deal_id and t.i = 2`,
      [ws],
    );
    await q(
      `insert into deals (workspace_id, id, name, contact_id, owner_id, pipeline_id, stage, amount_minor, currency,
         closed_at, created_at, updated_at)
       select $1, deal_id, 'Deal ' || n, contact_id, $2, $3, 'won', 10000 + floor(random() * 5000000)::bigint, 'USD',
         won_at, won_at - interval '30 days', now()
       from bench_deals`,
      [ws, owner, pipeline.id],
    );
    await q("set session_replication_role = origin");
    for (const t of ["contacts", "touchpoints", "contact_lifecycle", "deals"]) await q(`vacuum analyze ${t}`);
    log("deals");
  }).catch((err) => {
    client.release();
    throw err;
  });
  const touches = Number((await client.query("select count(*) as n from bench_touches")).rows[0].n);
  client.release();

  const actor: Actor = { workspaceId: ws, userId: owner, role: "admin" };
  const recompute = () => updateAttributionSettings(env.deps, actor, { halfLifeDays: 7, buyingGroup: false });
  log("recompute (cold)");
  const cold = await timed(recompute);
  log("recompute (warm)");
  const warm = await timed(recompute);
  const rows = Number(
    (
      await env.database.pool.query("select count(*) as n from attribution_credits where workspace_id = $1", [
        ws,
      ])
    ).rows[0].n,
  );
  const sums = await env.database.pool.query(
    `select count(*) filter (where s.linear <> d.amount_minor) as off from deals d
     join (select deal_id, sum(linear) as linear from attribution_credits where workspace_id = $1 group by deal_id) s
       on s.deal_id = d.id where d.workspace_id = $1`,
    [ws],
  );

  // The floor: the same rows from one set-based statement computing the linear model only.
  log("baseline");
  await env.database.pool.query("create table bench_credits (like attribution_credits including defaults)");
  const floor = await timed(() =>
    env.database.pool.query(
      `insert into bench_credits (workspace_id, deal_id, touchpoint_id, program_id, roles, currency, won_at,
         first_touch, lead_creation, last_touch, linear, u_shaped, w_shaped, full_path, time_decay)
       select d.workspace_id, d.id, t.id, t.program_id, '{}', d.currency, d.closed_at, 0, 0, 0,
         d.amount_minor / count(*) over (partition by d.id), 0, 0, 0, 0
       from deals d join touchpoints t on t.workspace_id = d.workspace_id and t.contact_id = d.contact_id
         and t.occurred_at <= d.closed_at
       where d.workspace_id = $1`,
      [ws],
    ),
  );
  return {
    name: "attribution",
    lines: [
      `Fixture: ${fmt(DEALS)} won deals, one contact each, ${fmt(touches)} touchpoints (mean ${fmt(touches / DEALS, 1)} per journey); built in ${fmt(build.ms / 1000, 0)} s.`,
      `Recompute of every won deal under the eight models (settings change, one transaction): cold **${fmt(cold.ms / 1000, 1)} s**, warm **${fmt(warm.ms / 1000, 1)} s** (${fmt(DEALS / (warm.ms / 1000), 0)} deals/s); ${fmt(rows)} credit rows; deals whose linear credits do not add up to their amount: ${sums.rows[0].off}.`,
      `Baseline, same run: one INSERT … SELECT writing the same ${fmt(Number(floor.result.rowCount))} rows with only the linear share computed in SQL: ${fmt(floor.ms / 1000, 1)} s.`,
    ],
  };
}
