// The price-deviation report (issue 10, item 8): per rep, sales channel or partner, what the won
// deals gave away against their price books, the approvals asked for, and any deal won outside
// the policy. The policy check is the domain's, the same rule that guards winning a deal.
import {
  deviationsOf,
  emptyApprovals,
  emptyMoney,
  outsidePolicy,
  PRICE_CHANNEL_LABELS,
  PRICE_DEVIATION_DEFINITIONS,
  priceDeviationFigures,
} from "../../domain/price-deviation.ts";
import { type Deviation, type PriceChannel, smallestLimitBp } from "../../domain/pricing.ts";
import {
  approvalCounts,
  approvedFingerprints,
  givenAwayByGroup,
  partnerNames,
  policyCandidates,
} from "../../store/queries/reports/price-deviation.ts";
import { mainDealCurrency, repNames } from "../../store/queries/reports/sales.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { loadDiscountPolicy } from "../pricing/discount-policy.ts";
import { resolvePeriod } from "./period.ts";
import type { PriceDeviationQuery } from "./report-schemas.ts";

/** The flagged deals listed by name; the count in the figures is always whole. */
const FLAGGED_LISTED = 200;

export async function priceDeviationReport(deps: Deps, actor: Actor, query: PriceDeviationQuery) {
  authorize(actor, STAFF, "read reports");
  const period = resolvePeriod(deps, query);
  const ws = actor.workspaceId;
  // One snapshot for every statement: a deal won or an approval granted meanwhile is in all or none.
  const { currency, money, candidates, approvals, policy, users, partners } = await deps.db.transaction(
    async (tx) => {
      const currency = query.currency ?? (await mainDealCurrency(tx, ws)) ?? "USD";
      const filter = { workspaceId: ws, ...period, currency, groupBy: query.groupBy };
      const policy = await loadDiscountPolicy(tx, ws);
      const candidates = await policyCandidates(tx, filter, smallestLimitBp(policy));
      // Only the deals whose lines leave the policy can be covered by an approval: read just theirs.
      const deviating = candidates.filter((d) => deviationsOf(d, policy).length > 0);
      const approved = await approvedFingerprints(
        tx,
        ws,
        deviating.map((d) => d.dealId),
      );
      for (const deal of deviating) deal.approvedFingerprints = approved.get(deal.dealId) ?? [];
      return {
        currency,
        money: await givenAwayByGroup(tx, filter),
        candidates: deviating,
        policy,
        approvals: await approvalCounts(tx, filter),
        users: await repNames(tx, ws),
        partners: query.groupBy === "partner" ? await partnerNames(tx, ws) : new Map<string, string>(),
      };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  const userNames = new Map(users.map((u) => [u.id, u.name]));
  const nameOf = (key: string | null): string | null => {
    if (key === null) return null;
    if (query.groupBy === "owner") return userNames.get(key) ?? null;
    if (query.groupBy === "partner") return partners.get(key) ?? null;
    return PRICE_CHANNEL_LABELS[key as PriceChannel] ?? key;
  };

  const total = money.get("total") ?? emptyMoney();
  money.delete("total");
  const flagged: {
    dealId: string;
    name: string;
    ownerId: string;
    ownerName: string | null;
    closedAt: string;
    amountMinor: number;
    deviations: Deviation[];
  }[] = [];
  for (const deal of candidates) {
    const deviations = outsidePolicy(deal, policy);
    if (!deviations) continue;
    const group = money.get(deal.key);
    if (group) group.outsidePolicy += 1;
    total.outsidePolicy += 1;
    if (flagged.length < FLAGGED_LISTED) {
      const { dealId, name, ownerId, closedAt, amountMinor } = deal;
      flagged.push({
        dealId,
        name,
        ownerId,
        ownerName: userNames.get(ownerId) ?? null,
        closedAt,
        amountMinor,
        deviations,
      });
    }
  }
  const keys = new Set<string | null>([
    ...money.keys(),
    ...[...approvals.keys()].filter((k) => k !== "total"),
  ]);
  const rows = [...keys]
    .map((key) => ({
      key,
      name: nameOf(key),
      ...priceDeviationFigures(money.get(key) ?? emptyMoney(), approvals.get(key) ?? emptyApprovals()),
    }))
    .sort(
      (a, b) =>
        b.givenAwayMinor - a.givenAwayMinor ||
        b.wonDeals - a.wonDeals ||
        (a.name ?? "").localeCompare(b.name ?? ""),
    );
  return {
    report: "price-deviation" as const,
    title: "Price deviations",
    ...period,
    currency,
    groupBy: query.groupBy,
    policy,
    definitions: [...PRICE_DEVIATION_DEFINITIONS],
    rows,
    total: priceDeviationFigures(total, approvals.get("total") ?? emptyApprovals()),
    outsidePolicyDeals: flagged,
  };
}
export type PriceDeviationReport = Awaited<ReturnType<typeof priceDeviationReport>>;
