// The price-deviation report (issue 10, item 8): what the deals won in a period gave away against
// their price books — discounts and give-aways — per rep, sales channel or partner, the approvals
// asked for and how fast they were decided, and any deal won outside the policy (there should be
// none: winning one is refused unless an approval covers its exact lines).
import type { Role } from "./catalogue.ts";
import {
  approvalFingerprint,
  type Deviation,
  type DiscountPolicy,
  type LineItem,
  type PriceChannel,
  policyDeviations,
} from "./pricing.ts";

export const PRICE_DEVIATION_GROUPS = ["owner", "channel", "partner"] as const;
export type PriceDeviationGroup = (typeof PRICE_DEVIATION_GROUPS)[number];

export const PRICE_CHANNEL_LABELS: Record<PriceChannel, string> = {
  direct: "Direct",
  reseller: "Reseller",
  affiliate: "Affiliate",
};

export const PRICE_DEVIATION_DEFINITIONS: readonly { term: string; meaning: string }[] = [
  {
    term: "Won deals",
    meaning:
      "Deals in the report's currency that reached a won stage in the period (UTC days), per owner, per sales channel (the channel of the deal's price book; Direct without one) or per the partner that registered the deal.",
  },
  {
    term: "Discounted, give-aways",
    meaning:
      "Won deals with at least one line priced below its list price, and with at least one line given away free.",
  },
  {
    term: "Given away",
    meaning:
      "The list value the won deals did not charge: for each discounted line (list − unit price) × quantity, plus each give-away line's whole list value. List prices are those copied onto the lines when they were set.",
  },
  {
    term: "Share of revenue",
    meaning: "Given away ÷ the revenue of the same won deals (their amounts).",
  },
  {
    term: "Approvals",
    meaning:
      "Requests to win outside the policy made in the period for the group's deals: approved, rejected, still pending or superseded (the lines changed before a decision). Time to decide: from the request to the decision, median and 75th percentile, over the approved and rejected ones.",
  },
  {
    term: "Outside policy",
    meaning:
      "Won deals whose lines leave the discount policy as it stands now (for the owner's role and the deal's sales channel) and that no approval covers for exactly those lines. Winning such a deal is refused, so this should be none; a deal can appear here when the policy was tightened after it was won.",
  },
];

/** A won deal with what the report needs to price it against the policy. */
export interface PricedWonDeal {
  key: string | null;
  dealId: string;
  name: string;
  ownerId: string;
  ownerRole: Role;
  channel: PriceChannel;
  priceBookId: string | null;
  closedAt: string;
  amountMinor: number;
  lines: LineItem[];
  /** Fingerprints of the approvals granted for this deal. */
  approvedFingerprints: string[];
}

export interface DeviationMoney {
  wonDeals: number;
  discountedDeals: number;
  giveawayDeals: number;
  listMinor: number;
  discountMinor: number;
  giveawayMinor: number;
  revenueMinor: number;
  outsidePolicy: number;
}

export interface ApprovalCounts {
  requested: number;
  approved: number;
  rejected: number;
  pending: number;
  superseded: number;
  medianDecideSeconds: number | null;
  p75DecideSeconds: number | null;
}

export const emptyMoney = (): DeviationMoney => ({
  wonDeals: 0,
  discountedDeals: 0,
  giveawayDeals: 0,
  listMinor: 0,
  discountMinor: 0,
  giveawayMinor: 0,
  revenueMinor: 0,
  outsidePolicy: 0,
});

export const emptyApprovals = (): ApprovalCounts => ({
  requested: 0,
  approved: 0,
  rejected: 0,
  pending: 0,
  superseded: 0,
  medianDecideSeconds: null,
  p75DecideSeconds: null,
});

/** How the deal's lines leave today's policy for its owner and channel (none: they keep to it). */
export const deviationsOf = (deal: PricedWonDeal, policy: DiscountPolicy): Deviation[] =>
  policyDeviations(deal.lines, { role: deal.ownerRole, channel: deal.channel }, policy);

/** How the deal leaves today's policy, or null when it keeps to it or an approval covers its lines. */
export function outsidePolicy(deal: PricedWonDeal, policy: DiscountPolicy): Deviation[] | null {
  const deviations = deviationsOf(deal, policy);
  if (deviations.length === 0) return null;
  const fingerprint = approvalFingerprint(deal.priceBookId, deal.lines);
  return deal.approvedFingerprints.includes(fingerprint) ? null : deviations;
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

export function priceDeviationFigures(money: DeviationMoney, approvals: ApprovalCounts) {
  const givenAwayMinor = money.discountMinor + money.giveawayMinor;
  return {
    ...money,
    givenAwayMinor,
    shareOfRevenue: ratio(givenAwayMinor, money.revenueMinor),
    ...approvals,
    approvalRate: ratio(approvals.approved, approvals.approved + approvals.rejected),
  };
}
export type PriceDeviationFigures = ReturnType<typeof priceDeviationFigures>;
