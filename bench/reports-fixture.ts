// The reports benchmark's workspace: a million contacts and ten million touchpoints over two
// years, 20 programs on 12 channels with a realistic skew, leads and what became of them, deals
// and monthly cost lines — generated set-based inside PostgreSQL (no rows cross the wire). The
// report facts are then built by the backfill of migration 0014, which defines them.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PoolClient } from "pg";
import { ensureSalesDefaults } from "../src/services/deals/pipelines.ts";
import { createUser } from "../src/services/users/create-user.ts";
import type { BenchEnv } from "./support.ts";

export const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 1_000_000);
export const TOUCHPOINTS = Number(process.env.BENCH_TOUCHPOINTS ?? 10_000_000);
const DAYS = 730;
const CHUNK = 1_000_000;
/** Touchpoints that carry a program (the rest: website visits no program claims). */
const PROGRAM_SHARE = 0.7;
/** Contacts that become leads through a touchpoint; 1 % more are taken straight by sales. */
const LEAD_SHARE = 0.3;
const TAKEN_SHARE = 0.01;
/** Leads whose first response no program claims. */
const DIRECT_LEADS = 0.1;

interface ProgramSpec {
  name: string;
  channel: string;
  /** Weight among the touchpoints that carry a program, and among the leads. */
  touches: number;
  leads: number;
  /** The kind of its everyday touches, and of the response that makes a lead. */
  kind: string;
  leadKind: string;
  /** Active window, in days before now; cost per month (USD cents) or once, for an event. */
  startAgo: number;
  span: number;
  monthlyCost?: number;
  eventCost?: number;
}

const always = { startAgo: DAYS, span: DAYS };
export const PROGRAMS: ProgramSpec[] = [
  {
    name: "Monthly newsletter",
    channel: "email",
    touches: 300,
    leads: 60,
    kind: "email_open",
    leadKind: "email_click",
    ...always,
    monthlyCost: 40_000,
  },
  {
    name: "Nurture sequence",
    channel: "email",
    touches: 100,
    leads: 90,
    kind: "email_open",
    leadKind: "email_click",
    ...always,
    monthlyCost: 20_000,
  },
  {
    name: "Product updates",
    channel: "email",
    touches: 80,
    leads: 20,
    kind: "email_sent",
    leadKind: "email_reply",
    ...always,
    monthlyCost: 10_000,
  },
  {
    name: "Search ads",
    channel: "advertising",
    touches: 80,
    leads: 120,
    kind: "page_view",
    leadKind: "ad_click",
    ...always,
    monthlyCost: 800_000,
  },
  {
    name: "LinkedIn ads",
    channel: "advertising",
    touches: 40,
    leads: 60,
    kind: "page_view",
    leadKind: "ad_click",
    startAgo: 300,
    span: 300,
    monthlyCost: 500_000,
  },
  {
    name: "Blog",
    channel: "content",
    touches: 100,
    leads: 50,
    kind: "page_view",
    leadKind: "content_download",
    ...always,
    monthlyCost: 150_000,
  },
  {
    name: "Buyer's guide",
    channel: "content",
    touches: 30,
    leads: 80,
    kind: "page_view",
    leadKind: "content_download",
    startAgo: 400,
    span: 400,
    monthlyCost: 60_000,
  },
  {
    name: "Webinar series",
    channel: "content",
    touches: 25,
    leads: 70,
    kind: "email_sent",
    leadKind: "webinar",
    ...always,
    monthlyCost: 120_000,
  },
  {
    name: "Website",
    channel: "website",
    touches: 80,
    leads: 100,
    kind: "page_view",
    leadKind: "form_submit",
    ...always,
    monthlyCost: 50_000,
  },
  {
    name: "Pricing page",
    channel: "website",
    touches: 30,
    leads: 60,
    kind: "page_view",
    leadKind: "form_submit",
    ...always,
  },
  {
    name: "X / Twitter",
    channel: "social_media",
    touches: 30,
    leads: 15,
    kind: "page_view",
    leadKind: "social_engagement",
    ...always,
    monthlyCost: 30_000,
  },
  {
    name: "LinkedIn page",
    channel: "social_media",
    touches: 20,
    leads: 20,
    kind: "page_view",
    leadKind: "social_engagement",
    ...always,
    monthlyCost: 30_000,
  },
  {
    name: "Spring expo",
    channel: "trade_show",
    touches: 3,
    leads: 40,
    kind: "direct_mail",
    leadKind: "event_attended",
    startAgo: 420,
    span: 3,
    eventCost: 4_500_000,
  },
  {
    name: "Autumn summit",
    channel: "trade_show",
    touches: 3,
    leads: 40,
    kind: "direct_mail",
    leadKind: "event_attended",
    startAgo: 75,
    span: 3,
    eventCost: 6_000_000,
  },
  {
    name: "Partner co-marketing",
    channel: "partner",
    touches: 10,
    leads: 40,
    kind: "email_sent",
    leadKind: "form_submit",
    ...always,
    monthlyCost: 100_000,
  },
  {
    name: "Customer referrals",
    channel: "referral",
    touches: 5,
    leads: 40,
    kind: "email_sent",
    leadKind: "referral",
    ...always,
    monthlyCost: 50_000,
  },
  {
    name: "Launch press",
    channel: "public_relations",
    touches: 15,
    leads: 10,
    kind: "page_view",
    leadKind: "form_submit",
    startAgo: 200,
    span: 30,
    eventCost: 1_500_000,
  },
  {
    name: "Postcards",
    channel: "direct_mail",
    touches: 10,
    leads: 10,
    kind: "direct_mail",
    leadKind: "form_submit",
    startAgo: 500,
    span: 120,
    monthlyCost: 300_000,
  },
  {
    name: "Community forum",
    channel: "community",
    touches: 25,
    leads: 30,
    kind: "page_view",
    leadKind: "social_engagement",
    ...always,
    monthlyCost: 20_000,
  },
  {
    name: "Outbound calls",
    channel: "cold_calling",
    touches: 15,
    leads: 45,
    kind: "cold_call",
    leadKind: "meeting",
    ...always,
    monthlyCost: 600_000,
  },
];

/** 1,000 slots of program numbers (1-based, 0 for none) in proportion to the weights. */
function slots(weights: number[], noneShare: number): number[] {
  const none = Math.round(1000 * noneShare);
  const total = weights.reduce((a, b) => a + b, 0);
  const out: number[] = Array(none).fill(0);
  weights.forEach((w, i) => {
    for (let k = 0; k < Math.round(((1000 - none) * w) / total); k++) out.push(i + 1);
  });
  while (out.length < 1000) out.push(1);
  return out.slice(0, 1000);
}

const MIGRATION = path.join(
  import.meta.dirname,
  "../src/store/migrations/0014_program_costs_and_report_facts.sql",
);

/** The two backfill statements at the end of migration 0014: the report facts' definition. */
function backfillStatements(): string[] {
  const statements = readFileSync(MIGRATION, "utf8").split("--> statement-breakpoint");
  const backfill = statements.filter((s) => /INSERT INTO "(program_reach|contact_lifecycle)"/.test(s));
  if (backfill.length !== 2) throw new Error("migration 0014: expected two backfill statements");
  return backfill;
}

export async function buildReportsWorkspace(
  env: BenchEnv,
  log: (m: string) => void,
  // The soak builds the same workspace at other sizes.
  sizes: { contacts: number; touchpoints: number } = { contacts: CONTACTS, touchpoints: TOUCHPOINTS },
) {
  const ws = env.workspaceId;
  const reps: string[] = [];
  for (let i = 0; i < 5; i++) {
    const { id } = await createUser(env.deps, {
      workspaceId: ws,
      email: `rep${i}@reports.example`,
      name: `Rep ${i}`,
      role: "sales",
    });
    reps.push(id);
  }
  const pipeline = await ensureSalesDefaults(env.database.db, ws);
  const openStages = pipeline.stages.filter((s) => s.outcome === "open").map((s) => s.key);
  const client = await env.database.pool.connect();
  try {
    const q = (text: string, values: unknown[] = []) => client.query(text, values);
    const programIds = (
      await q(
        `insert into programs (workspace_id, id, name, channel, currency, starts_on, ends_on, created_at, updated_at)
         select $1, uuidv7(), p.name, p.channel, 'USD', (now() - p.start_ago * interval '1 day')::date,
           case when p.span < ${DAYS} then (now() - (p.start_ago - p.span) * interval '1 day')::date end, now(), now()
         from unnest($2::text[], $3::text[], $4::int[], $5::int[]) with ordinality as p(name, channel, start_ago, span, ord)
         order by p.ord returning id`,
        [
          ws,
          PROGRAMS.map((p) => p.name),
          PROGRAMS.map((p) => p.channel),
          PROGRAMS.map((p) => p.startAgo),
          PROGRAMS.map((p) => p.span),
        ],
      )
    ).rows.map((r) => r.id as string);
    await peopleTable(client, sizes.contacts);
    log("people planned");
    await q(
      `insert into contacts (workspace_id, id, email, stage, created_at, updated_at)
       select $1, id, 'c' || n || '@reports.example',
         case when cu_at is not null then 'customer' when is_at is not null then 'in_sales'
           when sr_at is not null then 'sales_ready' when rec_at is not null then 'recycled'
           when dq_at is not null then 'disqualified' when lead_at is not null then 'lead' else 'prospect' end,
         created_at, now()
       from bench_people order by n`,
      [ws],
    );
    log("contacts");
    // The derived tables' and the raw rows' foreign keys are known to hold: skip their triggers.
    await q("set session_replication_role = replica");
    const programArgs = [
      programIds,
      PROGRAMS.map((p) => p.kind),
      PROGRAMS.map((p) => p.startAgo),
      PROGRAMS.map((p) => p.span),
    ];
    const touchSlots = slots(
      PROGRAMS.map((p) => p.touches),
      1 - PROGRAM_SHARE,
    );
    // Built once after the load rather than kept row by row through it (the primary key stays).
    const indexes = (
      await q(
        "select indexname, indexdef from pg_indexes i where tablename = 'touchpoints' and not exists (select from pg_constraint c where c.conindid = i.indexname::regclass)",
      )
    ).rows as { indexname: string; indexdef: string }[];
    for (const ix of indexes) await q(`drop index ${ix.indexname}`);
    const leads = Number(
      (await q("select count(*) as n from bench_people where lead_at is not null")).rows[0].n,
    );
    const everyday = sizes.touchpoints - leads;
    for (let from = 1; from <= everyday; from += CHUNK) {
      // Contacts by a skewed draw (a few very active, most touched a handful of times); each
      // touch in its program's window, a website visit with no program for the rest.
      await q(
        `insert into touchpoints (workspace_id, id, contact_id, kind, side, program_id, occurred_at)
         select $1, uuidv7(), c.id, coalesce(($3::text[])[s.i], 'page_view'),
           case when ($3::text[])[s.i] = 'cold_call' then 'sales' else 'marketing' end, ($2::uuid[])[s.i],
           now() - coalesce(($4::int[])[s.i], ${DAYS}) * interval '1 day'
             + s.r * coalesce(($5::int[])[s.i], ${DAYS}) * interval '1 day'
         from (select g, ($6::int[])[1 + floor(random() * 1000)::int] as i,
                 1 + floor(power(random(), 1.5) * $7)::int as cn, random() as r
               from generate_series($8::int, $9::int) g) s
         join bench_people c on c.n = s.cn`,
        [ws, ...programArgs, touchSlots, sizes.contacts, from, Math.min(everyday, from + CHUNK - 1)],
      );
      log(`touchpoints ${Math.min(everyday, from + CHUNK - 1)}`);
    }
    // Each lead's first response, by the programs' lead weights (10 % claimed by none).
    const leadSlots = slots(
      PROGRAMS.map((p) => p.leads),
      DIRECT_LEADS,
    );
    await q(
      `insert into touchpoints (workspace_id, id, contact_id, kind, side, program_id, occurred_at)
       select $1, c.lead_tp, c.id, coalesce(($3::text[])[s.i], 'form_submit'),
         case when ($3::text[])[s.i] = 'meeting' then 'sales' else 'marketing' end, ($2::uuid[])[s.i], c.lead_at
       from (select n, ($4::int[])[1 + floor(random() * 1000)::int] as i from bench_people where lead_at is not null) s
       join bench_people c on c.n = s.n`,
      [ws, programIds, PROGRAMS.map((p) => p.leadKind), leadSlots],
    );
    log("lead touchpoints");
    for (const ix of indexes) await q(ix.indexdef);
    log("touchpoints' indexes");
    await q(
      `insert into contact_stage_history (workspace_id, id, contact_id, from_stage, to_stage, changed_at, cause, cause_id)
       select $1, uuidv7(), c.id, v.from_stage, v.to_stage, v.at, v.cause, v.cause_id
       from bench_people c cross join lateral (values
         (null, 'prospect', c.created_at, 'user', null::uuid),
         ('prospect', 'lead', c.lead_at, 'touchpoint', c.lead_tp),
         ('prospect', 'in_sales', c.taken_at, 'user', null),
         ('lead', 'sales_ready', c.sr_at, 'handoff', null),
         ('sales_ready', 'in_sales', case when c.taken_at is null then c.is_at end, 'user', null),
         ('in_sales', 'customer', c.cu_at, 'deal', null),
         ('lead', 'recycled', c.rec_at, 'user', null),
         ('lead', 'disqualified', c.dq_at, 'user', null)
       ) v(from_stage, to_stage, at, cause, cause_id)
       where v.at is not null
       order by c.n, v.at`,
      [ws],
    );
    log("stage history");
    // A deal for every contact sales accepted: won for the customers, lost or still open else.
    await q(
      `insert into deals (workspace_id, id, name, contact_id, owner_id, pipeline_id, stage, amount_minor, currency,
         closed_at, created_at, updated_at)
       select $1, uuidv7(), 'Deal ' || c.n, c.id, ($2::uuid[])[1 + c.n % 5], $3,
         case when c.cu_at is not null then 'won' when c.u2 < 0.4 then 'lost'
           else ($4::text[])[1 + floor(c.u2 * 100)::int % $5] end,
         100000 + floor(c.u2 * 4900000)::bigint, 'USD',
         case when c.cu_at is not null then c.cu_at when c.u2 < 0.4 then c.is_at end, c.is_at, now()
       from (select *, random() as u2 from bench_people where is_at is not null) c`,
      [ws, reps, pipeline.id, openStages, openStages.length],
    );
    log("deals");
    // Cost lines: monthly for running programs, one line for an event or a launch.
    await q(
      `insert into program_costs (workspace_id, id, program_id, incurred_on, amount_minor, note, created_at)
       select $1::uuid, uuidv7(), p.id, m::date, round(p.monthly * (0.8 + 0.4 * random()))::bigint, 'monthly', now()
       from unnest($2::uuid[], $3::int[], $4::int[], $5::bigint[]) p(id, start_ago, span, monthly)
       cross join generate_series(date_trunc('month', now() - p.start_ago * interval '1 day'),
         now() - (p.start_ago - p.span) * interval '1 day', interval '1 month') m
       where p.monthly > 0 and m >= now() - p.start_ago * interval '1 day'
       union all
       select $1::uuid, uuidv7(), p.id, (now() - p.start_ago * interval '1 day')::date, p.once, 'event', now()
       from unnest($2::uuid[], $3::int[], $6::bigint[]) p(id, start_ago, once) where p.once > 0`,
      [
        ws,
        programIds,
        PROGRAMS.map((p) => p.startAgo),
        PROGRAMS.map((p) => p.span),
        PROGRAMS.map((p) => p.monthlyCost ?? 0),
        PROGRAMS.map((p) => p.eventCost ?? 0),
      ],
    );
    log("cost lines");
    for (const statement of backfillStatements()) await q(statement);
    log("report facts (migration 0014's backfill)");
    await q("set session_replication_role = origin");
    for (const table of [
      "contacts",
      "touchpoints",
      "contact_stage_history",
      "deals",
      "program_costs",
      "program_reach",
      "contact_lifecycle",
      "programs",
    ])
      await q(`vacuum analyze ${table}`);
    log("vacuum analyze");
    const counts = await fixtureCounts(client);
    return { counts, programIds };
  } finally {
    await client.query("set session_replication_role = origin").catch(() => {});
    client.release();
  }
}

/** The fixture's sizes, for the benchmark's first line. */
export async function fixtureCounts(client: Pick<PoolClient, "query">) {
  const result = await client.query(
    `select (select count(*) from touchpoints) as touchpoints, (select count(*) from program_reach) as reach,
       (select count(*) from contact_lifecycle) as lifecycle, (select count(*) from deals) as deals,
       (select count(*) from deals where stage = 'won') as won, (select count(*) from program_costs) as costs,
       (select count(*) from contact_stage_history) as history,
       (select pg_size_pretty(pg_total_relation_size('touchpoints'))) as tp_size,
       (select pg_size_pretty(pg_total_relation_size('program_reach'))) as reach_size`,
  );
  return result.rows[0];
}

/**
 * Every contact's life, drawn once: created over two years; 30 % become leads by a response
 * some time after, 1 % are taken straight into sales; of the leads a third are handed to sales,
 * 60 % of those accepted, half of those won; some others recycled or disqualified. A step whose
 * instant would fall after now has not happened yet.
 */
async function peopleTable(client: PoolClient, contacts: number) {
  await client.query(
    `create temp table bench_people as
     with b as (
       select n, uuidv7() as id, now() - random() * interval '${DAYS} days' as created_at,
         random() as u, random() as v, random() as w, random() as x,
         random() as r1, random() as r2, random() as r3, random() as r4
       from generate_series(1, ${contacts}) n
     ), l as (
       select b.*, case when u < ${LEAD_SHARE} then created_at + r1 * (now() - created_at) end as lead_at,
         case when u >= ${LEAD_SHARE} and u < ${LEAD_SHARE + TAKEN_SHARE} then created_at + r1 * (now() - created_at) end as taken_at
       from b
     ), s as (
       select l.*, case when v < 0.33 and lead_at + r2 * interval '30 days' <= now() then lead_at + r2 * interval '30 days' end as sr_at,
         case when v >= 0.33 and v < 0.43 and lead_at + r2 * interval '60 days' <= now() then lead_at + r2 * interval '60 days' end as rec_at,
         case when v >= 0.43 and v < 0.48 and lead_at + r2 * interval '30 days' <= now() then lead_at + r2 * interval '30 days' end as dq_at
       from l
     ), i as (
       select s.*, coalesce(taken_at, case when w < 0.6 and sr_at + r3 * interval '20 days' <= now() then sr_at + r3 * interval '20 days' end) as is_at
       from s
     )
     select n, id, created_at, lead_at, case when lead_at is not null then uuidv7() end as lead_tp, taken_at,
       sr_at, rec_at, dq_at, is_at,
       case when x < 0.5 and is_at + r4 * interval '90 days' <= now() then is_at + r4 * interval '90 days' end as cu_at
     from i`,
  );
  await client.query("create unique index on bench_people (n)");
  await client.query("analyze bench_people");
}
