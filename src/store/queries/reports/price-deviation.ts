// The price-deviation report's rows: what the period's won deals gave away, added up per group; the
// won deals that may leave the policy, with their lines and granted approvals (priced against the
// policy in the domain, the one owner of that rule); and the approval requests counted per group.
import { type SQL, sql } from "drizzle-orm";
import type { Role } from "../../../domain/catalogue.ts";
import type {
  ApprovalCounts,
  DeviationMoney,
  PriceDeviationGroup,
  PricedWonDeal,
} from "../../../domain/price-deviation.ts";
import type { LineItem, PriceChannel } from "../../../domain/pricing.ts";
import type { Executor } from "../../db.ts";
import { dayStart, nextDayStart } from "./period-sql.ts";

interface Filter {
  workspaceId: string;
  from: string;
  to: string;
  currency: string;
  groupBy: PriceDeviationGroup;
}

/** The group a deal belongs to, over `deals d left join price_books pb`. */
function groupKey(groupBy: PriceDeviationGroup): SQL {
  if (groupBy === "owner") return sql`d.owner_id::text`;
  if (groupBy === "partner") return sql`d.partner_id::text`;
  return sql`coalesce(pb.channel, 'direct')`;
}

const wonDealsCte = (f: Filter) => sql`
  won_stages as (
    select pl.id as pipeline_id, s->>'key' as stage
    from pipelines pl, jsonb_array_elements(pl.stages) s
    where pl.workspace_id = ${f.workspaceId} and s->>'outcome' = 'won'
  ), won as (
    select ${groupKey(f.groupBy)} as key, d.id, d.name, d.owner_id, d.price_book_id, d.closed_at, d.amount_minor,
      coalesce(pb.channel, 'direct') as channel
    from deals d
    join won_stages w on w.pipeline_id = d.pipeline_id and w.stage = d.stage
    left join price_books pb on pb.workspace_id = d.workspace_id and pb.id = d.price_book_id
    where d.workspace_id = ${f.workspaceId} and d.currency = ${f.currency}
      and d.closed_at >= ${dayStart(f.from)}::timestamptz and d.closed_at < ${nextDayStart(f.to)}::timestamptz
  )`;

/**
 * What the period's won deals gave away, added up per group (and in total) in one pass over their
 * lines — the definitions' arithmetic, as the naive baseline does it — so only a few rows leave the
 * database. Whether a deal left the policy is the domain's to say (`policyCandidates`).
 */
export async function givenAwayByGroup(ex: Executor, f: Filter): Promise<Map<string | null, DeviationMoney>> {
  const result = await ex.execute<Record<string, string | number | null>>(sql`
    with ${wonDealsCte(f)}, per_deal as (
      select w.key, w.id, w.amount_minor,
        coalesce(sum(li.list_price_minor * li.quantity), 0) as list,
        coalesce(sum((li.list_price_minor - li.unit_price_minor) * li.quantity)
          filter (where not li.giveaway and li.unit_price_minor < li.list_price_minor), 0) as discount,
        coalesce(sum(li.list_price_minor * li.quantity) filter (where li.giveaway), 0) as giveaway,
        coalesce(bool_or(not li.giveaway and li.unit_price_minor < li.list_price_minor), false) as discounted,
        coalesce(bool_or(li.giveaway), false) as gave
      from won w
      left join deal_line_items li on li.workspace_id = ${f.workspaceId} and li.deal_id = w.id
      group by w.key, w.id, w.amount_minor
    )
    select grouping(key) as t, key, count(*) as won, count(*) filter (where discounted) as discounted,
      count(*) filter (where gave) as gave, sum(list) as list, sum(discount) as discount,
      sum(giveaway) as giveaway, sum(amount_minor) as revenue
    from per_deal group by grouping sets ((key), ())`);
  const out = new Map<string | null, DeviationMoney>();
  for (const r of result.rows) {
    out.set(Number(r.t) === 1 ? "total" : (r.key as string | null), {
      wonDeals: Number(r.won),
      discountedDeals: Number(r.discounted),
      giveawayDeals: Number(r.gave),
      listMinor: Number(r.list),
      discountMinor: Number(r.discount),
      giveawayMinor: Number(r.giveaway),
      revenueMinor: Number(r.revenue),
      outsidePolicy: 0,
    });
  }
  return out;
}

/**
 * The won deals that may leave the policy, with their lines: any give-away, any price above list,
 * or a discount beyond `minLimitBp` — the smallest limit the policy grants anyone — so no deal
 * the domain would flag is missed, and the many that keep well inside stay in the database.
 */
export async function policyCandidates(
  ex: Executor,
  f: Filter,
  minLimitBp: number,
): Promise<PricedWonDeal[]> {
  const result = await ex.execute<{
    key: string | null;
    id: string;
    name: string;
    owner_id: string;
    owner_role: Role;
    channel: PriceChannel;
    price_book_id: string | null;
    closed_at: Date | string;
    amount_minor: string;
    lines: LineItem[];
  }>(sql`
    with ${wonDealsCte(f)}, candidates as (
      select w.* from won w
      where exists (select 1 from deal_line_items li
        where li.workspace_id = ${f.workspaceId} and li.deal_id = w.id
          and (li.giveaway or li.unit_price_minor > li.list_price_minor
            or (li.list_price_minor - li.unit_price_minor) * 10000 > ${minLimitBp}::bigint * li.list_price_minor))
    )
    select c.key, c.id, c.name, c.owner_id, u.role as owner_role, c.channel, c.price_book_id, c.closed_at,
      c.amount_minor,
      (select json_agg(json_build_object('productId', li.product_id, 'quantity', li.quantity,
          'listPriceMinor', li.list_price_minor, 'unitPriceMinor', li.unit_price_minor, 'giveaway', li.giveaway)
          order by li.position)
        from deal_line_items li where li.workspace_id = ${f.workspaceId} and li.deal_id = c.id) as lines
    from candidates c
    join users u on u.workspace_id = ${f.workspaceId} and u.id = c.owner_id
    order by c.closed_at, c.id`);
  return result.rows.map((r) => ({
    key: r.key,
    dealId: r.id,
    name: r.name,
    ownerId: r.owner_id,
    ownerRole: r.owner_role,
    channel: r.channel,
    priceBookId: r.price_book_id,
    closedAt: new Date(r.closed_at).toISOString(),
    amountMinor: Number(r.amount_minor),
    lines: r.lines.map((l) => ({
      ...l,
      listPriceMinor: Number(l.listPriceMinor),
      unitPriceMinor: Number(l.unitPriceMinor),
    })),
    approvedFingerprints: [],
  }));
}

/** The fingerprints of the approvals granted for these deals, by deal. */
export async function approvedFingerprints(
  ex: Executor,
  workspaceId: string,
  dealIds: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (dealIds.length === 0) return out;
  const rows = await ex.execute<{ deal_id: string; fingerprint: string }>(sql`
    select deal_id, fingerprint from approvals
    where workspace_id = ${workspaceId} and status = 'approved'
      and deal_id = any(${`{${dealIds.join(",")}}`}::uuid[])`);
  for (const r of rows.rows) out.set(r.deal_id, [...(out.get(r.deal_id) ?? []), r.fingerprint]);
  return out;
}

export async function approvalCounts(ex: Executor, f: Filter): Promise<Map<string | null, ApprovalCounts>> {
  const key = groupKey(f.groupBy);
  const result = await ex.execute<Record<string, unknown>>(sql`
    select grouping(${key}) as t, ${key} as key, count(*) as requested,
      count(*) filter (where a.status = 'approved') as approved,
      count(*) filter (where a.status = 'rejected') as rejected,
      count(*) filter (where a.status = 'pending') as pending,
      count(*) filter (where a.status = 'superseded') as superseded,
      percentile_cont(array[0.5, 0.75]) within group (order by extract(epoch from a.decided_at - a.requested_at))
        filter (where a.status in ('approved', 'rejected')) as decide_q
    from approvals a
    join deals d on d.workspace_id = a.workspace_id and d.id = a.deal_id
    left join price_books pb on pb.workspace_id = d.workspace_id and pb.id = d.price_book_id
    where a.workspace_id = ${f.workspaceId} and d.currency = ${f.currency}
      and a.requested_at >= ${dayStart(f.from)}::timestamptz and a.requested_at < ${nextDayStart(f.to)}::timestamptz
    group by grouping sets ((${key}), ())`);
  const out = new Map<string | null, ApprovalCounts>();
  for (const r of result.rows) {
    const q = Array.isArray(r.decide_q) ? (r.decide_q as unknown[]).map(Number) : [];
    out.set(Number(r.t) === 1 ? "total" : (r.key as string | null), {
      requested: Number(r.requested),
      approved: Number(r.approved),
      rejected: Number(r.rejected),
      pending: Number(r.pending),
      superseded: Number(r.superseded),
      medianDecideSeconds: q[0] ?? null,
      p75DecideSeconds: q[1] ?? null,
    });
  }
  return out;
}

export async function partnerNames(ex: Executor, workspaceId: string): Promise<Map<string, string>> {
  const result = await ex.execute<{ id: string; name: string }>(sql`
    select id, name from partners where workspace_id = ${workspaceId}`);
  return new Map(result.rows.map((r) => [r.id, r.name]));
}
