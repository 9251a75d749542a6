// The price-deviation benchmark's fixture (bench/price-deviation.ts), set-based inside PostgreSQL:
// a million contacts (deals need them; the report does not read them), five sales reps, two
// reseller partners with a user each, 20 products in a direct and a reseller price book, the
// discount policy, and deals over the two years before `now` in the default pipeline — about 40 %
// won, 30 % lost, the rest open (made in the last 120 days) — each with 1–4 line items priced from
// its book (random quantity, half at list, the others 0–30 % off skewed to small discounts, 1 % above
// list, 5 % give-aways) and the net total as its amount. Approvals: nearly every deal whose lines
// leave the policy asked once (won deals' requests approved for their exact lines, the
// fingerprint computed here as domain/pricing.ts approvalFingerprint does; 1 % of them for other
// lines, and 3 % never asked — those won deals are outside the policy); a few deals inside it asked
// for deeper discounts first; a fifth of the requests were superseded by a request before them.
// Decisions come 1–48 h after the request. `BENCH_CONTACTS` and `BENCH_DEALS` shrink it.
import type { Pool } from "pg";

export const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 1_000_000);
export const DEALS = Number(process.env.BENCH_DEALS ?? 200_000);

/** The policy the deals are priced against: sales on direct 20 %, anyone on reseller 15 %. */
export const POLICY = {
  defaultMaxDiscountBp: 1000,
  maxDiscountBpByRole: { sales: 2000, partner: 2500 },
  maxDiscountBpByChannel: { direct: 2000, reseller: 1500 },
  giveawaysAllowed: true,
};

export async function buildPriceDeviationFixture(
  pool: Pool,
  ws: string,
  now: Date,
  log: (m: string) => void,
): Promise<void> {
  const client = await pool.connect();
  try {
    const q = (text: string, values: unknown[] = []) => client.query(text, values);
    const ids = async (text: string, values: unknown[]) =>
      (await q(text, values)).rows.map((r) => r.id as string);
    const admin = (await q("select id from users where workspace_id = $1 and role = 'admin' limit 1", [ws]))
      .rows[0].id as string;
    // createWorkspace made the default pipeline; its won and lost stages are named by outcome.
    const pipeline = (
      await q("select id, stages from pipelines where workspace_id = $1 and is_default", [ws])
    ).rows[0] as { id: string; stages: { key: string; outcome: string }[] };
    const stageOf = (outcome: string) =>
      pipeline.stages.filter((s) => s.outcome === outcome).map((s) => s.key);

    // Contacts in the ordinary mode, so the workspace's contact count trigger sees them.
    await q(
      `insert into contacts (workspace_id, id, email, created_at, updated_at)
       select $1, ('00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0'))::uuid, 'c' || n || '@price.example',
         $2::timestamptz - interval '800 days', $2::timestamptz
       from generate_series(1, $3::int) n`,
      [ws, now, CONTACTS],
    );
    log("contacts");
    await q("set session_replication_role = replica");
    const partners = await ids(
      `insert into partners (workspace_id, id, name, kind)
       select $1, uuidv7(), 'Reseller ' || g, 'reseller' from generate_series(1, 2) g returning id`,
      [ws],
    );
    const reps = await ids(
      `insert into users (workspace_id, id, email, name, role)
       select $1, uuidv7(), 'rep' || g || '@price.example', 'Rep ' || g, 'sales'
       from generate_series(1, 5) g returning id`,
      [ws],
    );
    const partnerUsers = await ids(
      `insert into users (workspace_id, id, email, name, role, partner_id)
       select $1, uuidv7(), 'seller' || i || '@reseller.example', 'Reseller seller ' || i, 'partner', p
       from unnest($2::uuid[]) with ordinality t(p, i) order by i returning id`,
      [ws, partners],
    );
    const [direct, reseller] = await ids(
      `insert into price_books (workspace_id, id, name, channel, currency)
       values ($1, uuidv7(), 'Direct USD', 'direct', 'USD'), ($1, uuidv7(), 'Reseller USD', 'reseller', 'USD')
       returning id`,
      [ws],
    );
    await q(
      `create temp table bench_pd_prices as
       select g as idx, uuidv7() as product_id, p as direct, round(p * 0.8)::bigint as reseller
       from (select g, ((20 + floor(random() * 4980)) * 100 + floor(random() * 100))::bigint as p
             from generate_series(1, 20) g) x`,
    );
    await q(
      `insert into products (workspace_id, id, sku, name)
       select $1, product_id, 'SKU-' || idx, 'Product ' || idx from bench_pd_prices`,
      [ws],
    );
    await q(
      `insert into price_book_entries (workspace_id, price_book_id, product_id, unit_price_minor)
       select $1::uuid, $2::uuid, product_id, direct from bench_pd_prices
       union all select $1::uuid, $3::uuid, product_id, reseller from bench_pd_prices`,
      [ws, direct, reseller],
    );
    await q(
      `insert into discount_policies (workspace_id, default_max_discount_bp, max_discount_bp_by_role,
         max_discount_bp_by_channel, giveaways_allowed, updated_by)
       values ($1, $2, $3, $4, $5, $6)`,
      [
        ws,
        POLICY.defaultMaxDiscountBp,
        JSON.stringify(POLICY.maxDiscountBpByRole),
        JSON.stringify(POLICY.maxDiscountBpByChannel),
        POLICY.giveawaysAllowed,
        admin,
      ],
    );

    // The deals: 70 % direct by a rep; 30 % registered by one of the two resellers, owned by its
    // seller (or, one in five, by a rep), priced from the reseller book.
    await q(
      `create temp table bench_pd_deals as
       select n, uuidv7() as id, x.state, x.partner_idx, x.lines,
         case when x.partner_idx is null or x.r_rep < 0.2 then ($2::uuid[])[1 + floor(x.r_who * 5)::int]
           else ($3::uuid[])[x.partner_idx] end as owner_id,
         case when x.partner_idx is null or x.r_rep < 0.2 then 'sales' else 'partner' end as role,
         case when x.partner_idx is null then 'direct' else 'reseller' end as channel,
         case when x.state = 'open' then null else $1::timestamptz - x.r_t1 * interval '730 days' end as closed_at,
         case when x.state = 'open' then $1::timestamptz - (5 + x.r_t1 * 115) * interval '1 day'
           else $1::timestamptz - x.r_t1 * interval '730 days' - (11 + x.r_t2 * 50) * interval '1 day' end as created_at,
         case x.state when 'won' then $5 when 'lost' then $6 else ($7::text[])[1 + floor(x.r_t2 * $8)::int] end as stage
       from (select n, random() as r_who, random() as r_rep, random() as r_t1, random() as r_t2,
               case when random() < 0.7 then null when random() < 0.5 then 1 else 2 end as partner_idx,
               case when s < 0.4 then 'won' when s < 0.7 then 'lost' else 'open' end as state,
               1 + floor(random() * 4)::int as lines
             from (select n, random() as s from generate_series(1, $4::int) n) g) x`,
      [
        now,
        reps,
        partnerUsers,
        DEALS,
        stageOf("won")[0],
        stageOf("lost")[0],
        stageOf("open"),
        stageOf("open").length,
      ],
    );
    await q(
      `create temp table bench_pd_lines as
       select l.deal_id, l.pos, p.product_id, l.qty, l.giveaway, lp.list,
         case when l.giveaway then lp.list
           when l.r_kind < 0.01 then lp.list + greatest(1, lp.list / 20)
           when l.r_kind < 0.5 then lp.list
           else round(lp.list * (1 - 0.30 * l.r_off ^ 3))::bigint end as unit
       from (select d.id as deal_id, d.channel, s.pos, 1 + floor(random() * 20)::int as pidx,
               1 + floor(random() * 20)::int as qty, random() < 0.05 as giveaway, random() as r_kind, random() as r_off
             from bench_pd_deals d, generate_series(0, d.lines - 1) s(pos)) l
       join bench_pd_prices p on p.idx = l.pidx,
       lateral (select case when l.channel = 'direct' then p.direct else p.reseller end as list) lp`,
    );
    log("lines");
    // Per deal: the net total, the fingerprint of its lines (approvalFingerprint: the book, then
    // product:quantity:list:unit:giveaway per line in order), a stale one (the first line 1 USD
    // cheaper than approved), and whether the lines leave the policy (limit by role and channel).
    await q(
      `create temp table bench_pd_agg as
       select d.id as deal_id,
         sum(case when l.giveaway then 0 else l.unit * l.qty end) as net,
         (case d.channel when 'direct' then $1 else $2 end)::text || '|' || string_agg(
           l.product_id::text || ':' || l.qty || ':' || l.list || ':' || l.unit || ':' || case when l.giveaway then 1 else 0 end,
           '|' order by l.pos) as fp,
         (case d.channel when 'direct' then $1 else $2 end)::text || '|' || string_agg(
           l.product_id::text || ':' || l.qty || ':' || l.list || ':' || (l.unit - case when l.pos = 0 then 100 else 0 end)
             || ':' || case when l.giveaway then 1 else 0 end,
           '|' order by l.pos) as stale_fp,
         bool_or(case when l.giveaway then not $3::boolean
           else l.unit > l.list or (l.list - l.unit) * 10000 > least(
             coalesce(($4::jsonb ->> d.role)::int, $6::int), coalesce(($5::jsonb ->> d.channel)::int, $6::int)) * l.list
           end) as deviates
       from bench_pd_deals d join bench_pd_lines l on l.deal_id = d.id
       group by d.id, d.channel`,
      [
        direct,
        reseller,
        POLICY.giveawaysAllowed,
        JSON.stringify(POLICY.maxDiscountBpByRole),
        JSON.stringify(POLICY.maxDiscountBpByChannel),
        POLICY.defaultMaxDiscountBp,
      ],
    );
    await q(
      `insert into deals (workspace_id, id, name, contact_id, owner_id, pipeline_id, stage, amount_minor, currency,
         closed_at, price_book_id, partner_id, created_at, updated_at)
       select $1, d.id, 'Deal ' || d.n,
         ('00000000-0000-4000-8000-' || lpad(to_hex(1 + (d.n * 5) % $5::int), 12, '0'))::uuid,
         d.owner_id, $2, d.stage, a.net, 'USD', d.closed_at,
         case d.channel when 'direct' then $3 else $4 end::uuid, ($6::uuid[])[d.partner_idx],
         d.created_at, coalesce(d.closed_at, d.created_at)
       from bench_pd_deals d join bench_pd_agg a on a.deal_id = d.id`,
      [ws, pipeline.id, direct, reseller, CONTACTS, partners],
    );
    await q(
      `insert into deal_line_items (workspace_id, deal_id, position, product_id, quantity, list_price_minor,
         unit_price_minor, giveaway)
       select $1, deal_id, pos, product_id, qty, list, unit, giveaway from bench_pd_lines`,
      [ws],
    );
    log("deals");
    // Who asked: 97 % of the deals outside the policy, 3 % of those inside it (for a deeper
    // discount, refused or superseded, before pricing within it).
    await q(
      `create temp table bench_pd_asks as
       select x.*,
         case when x.state = 'open' then x.created_at + x.w * (($1::timestamptz - x.created_at) - interval '49 hours')
           else x.closed_at - (49 + x.w * 72) * interval '1 hour' end as requested_at,
         case
           when not x.deviates then case when x.state = 'open' then 'superseded' else 'rejected' end
           when x.state = 'won' then 'approved'
           when x.state = 'lost' then case when x.v < 0.4 then 'approved' else 'rejected' end
           else case when x.v < 0.4 then 'pending' when x.v < 0.7 then 'approved' else 'rejected' end
         end as status,
         case when not x.deviates or (x.state = 'won' and x.v < 0.01) then x.stale_fp else x.fp end as fingerprint
       from (select d.id as deal_id, d.owner_id, d.state, d.created_at, d.closed_at, a.deviates, a.fp, a.stale_fp,
               random() as u, random() as v, random() as w, random() as s, random() as t1, random() as t2
             from bench_pd_deals d join bench_pd_agg a on a.deal_id = d.id) x
       where (x.deviates and x.u < 0.97) or (not x.deviates and x.u < 0.03)`,
      [now],
    );
    await q(
      `insert into approvals (workspace_id, id, deal_id, fingerprint, deviations, status, requested_by, requested_at,
         decided_by, decided_at)
       select $1::uuid, uuidv7(), deal_id, fingerprint, '[]'::jsonb, status, owner_id, requested_at,
         case when status in ('approved', 'rejected') then $2::uuid end,
         case when status <> 'pending' then requested_at + (1 + t1 * 47) * interval '1 hour' end
       from bench_pd_asks
       union all
       select $1::uuid, uuidv7(), deal_id, stale_fp || ':before', '[]'::jsonb, 'superseded', owner_id,
         requested_at - (49 + t2 * 72) * interval '1 hour', null,
         requested_at - (49 + t2 * 72) * interval '1 hour' + (1 + t1 * 47) * interval '1 hour'
       from bench_pd_asks where s < 0.2`,
      [ws, admin],
    );
    log("approvals");
    await q("set session_replication_role = origin");
    for (const t of [
      "contacts",
      "users",
      "partners",
      "products",
      "price_books",
      "price_book_entries",
      "discount_policies",
      "deals",
      "deal_line_items",
      "approvals",
    ])
      await q(`vacuum analyze ${t}`);
    log("analyzed");
  } finally {
    await client.query("set session_replication_role = origin").catch(() => {});
    client.release();
  }
}

/** What the fixture holds, for the entry. */
export async function priceDeviationCounts(pool: Pool, ws: string) {
  const one = async (text: string) => (await pool.query(text, [ws])).rows[0] as Record<string, string>;
  return {
    ...(await one("select count(*) as contacts from contacts where workspace_id = $1")),
    ...(await one(
      `select count(*) as deals, count(*) filter (where stage = 'won') as won,
         count(*) filter (where stage = 'lost') as lost, count(*) filter (where partner_id is not null) as partner_deals
       from deals where workspace_id = $1`,
    )),
    ...(await one(
      `select count(*) as lines, count(*) filter (where giveaway) as giveaways,
         count(*) filter (where not giveaway and unit_price_minor < list_price_minor) as discounted_lines,
         count(*) filter (where not giveaway and unit_price_minor > list_price_minor) as above_list
       from deal_line_items where workspace_id = $1`,
    )),
    ...(await one(
      `select count(*) as approvals, count(distinct deal_id) as deals_asking,
         count(*) filter (where status = 'approved') as approved, count(*) filter (where status = 'rejected') as rejected,
         count(*) filter (where status = 'pending') as pending, count(*) filter (where status = 'superseded') as superseded
       from approvals where workspace_id = $1`,
    )),
  };
}
