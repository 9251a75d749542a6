// The price-deviation report's rows: the won deals of the period with their line items and granted
// approvals (priced against the policy in the domain, the one owner of that rule), and the approval
// requests of the period counted per group in SQL.
import { type SQL, sql } from "drizzle-orm";
import type { Role } from "../../../domain/catalogue.ts";
import type { ApprovalCounts, PriceDeviationGroup, PricedWonDeal } from "../../../domain/price-deviation.ts";
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

/**
 * The period's won deals with their line items. Two flat statements (the deals, then all their
 * lines) rather than a sub-select per deal: at 40,000 won deals a year that is the difference
 * between one pass and 80,000 probes. Approvals are read afterwards only for the deals whose lines
 * leave the policy (`approvedFingerprints`).
 */
export async function wonDealsPriced(ex: Executor, f: Filter): Promise<PricedWonDeal[]> {
  const ws = f.workspaceId;
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
  }>(sql`
    with won_stages as (
      select pl.id as pipeline_id, s->>'key' as stage
      from pipelines pl, jsonb_array_elements(pl.stages) s
      where pl.workspace_id = ${ws} and s->>'outcome' = 'won'
    )
    select ${groupKey(f.groupBy)} as key, d.id, d.name, d.owner_id, u.role as owner_role,
      coalesce(pb.channel, 'direct') as channel, d.price_book_id, d.closed_at, d.amount_minor
    from deals d
    join won_stages w on w.pipeline_id = d.pipeline_id and w.stage = d.stage
    join users u on u.workspace_id = d.workspace_id and u.id = d.owner_id
    left join price_books pb on pb.workspace_id = d.workspace_id and pb.id = d.price_book_id
    where d.workspace_id = ${ws} and d.currency = ${f.currency}
      and d.closed_at >= ${dayStart(f.from)}::timestamptz and d.closed_at < ${nextDayStart(f.to)}::timestamptz
    order by d.closed_at, d.id`);
  const ids = result.rows.map((r) => r.id);
  const lines = new Map<string, LineItem[]>();
  if (ids.length > 0) {
    const rows = await ex.execute<{
      deal_id: string;
      product_id: string;
      quantity: number;
      list_price_minor: string;
      unit_price_minor: string;
      giveaway: boolean;
    }>(sql`
      select li.deal_id, li.product_id, li.quantity, li.list_price_minor, li.unit_price_minor, li.giveaway
      from deal_line_items li
      where li.workspace_id = ${ws} and li.deal_id = any(${`{${ids.join(",")}}`}::uuid[])
      order by li.deal_id, li.position`);
    for (const r of rows.rows) {
      const list = lines.get(r.deal_id) ?? [];
      list.push({
        productId: r.product_id,
        quantity: Number(r.quantity),
        listPriceMinor: Number(r.list_price_minor),
        unitPriceMinor: Number(r.unit_price_minor),
        giveaway: r.giveaway,
      });
      lines.set(r.deal_id, list);
    }
  }
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
    lines: lines.get(r.id) ?? [],
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
