// Shapes of the deal page's API responses.
import type { Deal } from "../pipeline/pipeline-types.ts";

export type PriceChannel = "direct" | "reseller" | "affiliate";

export type Deviation =
  | { kind: "discount_over_limit"; line: number; discountBp: number; limitBp: number }
  | { kind: "giveaway_not_allowed"; line: number }
  | { kind: "price_above_list"; line: number };

export interface Approval {
  id: string;
  dealId: string;
  dealName: string;
  contactId: string;
  contactName: string;
  amountMinor: number;
  currency: string;
  status: "pending" | "approved" | "rejected" | "superseded";
  deviations: Deviation[];
  requestedBy: { id: string; name: string };
  requestedAt: string;
  requestComment: string | null;
  decidedBy: { id: string; name: string } | null;
  decidedAt: string | null;
  decisionComment: string | null;
}

export interface LineItemView {
  productId: string;
  sku: string;
  productName: string;
  quantity: number;
  listPriceMinor: number;
  unitPriceMinor: number;
  giveaway: boolean;
  listMinor: number;
  netMinor: number;
  discountMinor: number;
  discountBp: number;
}

export interface DealDetail extends Deal {
  partnerId: string | null;
  priceBook: { id: string; name: string; channel: PriceChannel; currency: string } | null;
  lineItems: LineItemView[];
  totals: { listMinor: number; netMinor: number; discountMinor: number };
  policy: {
    channel: PriceChannel;
    sellerRole: string;
    limitBp: number;
    giveawaysAllowed: boolean;
    deviations: Deviation[];
    approvedBy: string | null;
    satisfied: boolean;
  };
  approvals: Approval[];
}

export interface PriceBook {
  id: string;
  name: string;
  channel: PriceChannel;
  currency: string;
  partnerId: string | null;
  entries?: { productId: string; sku: string; name: string; active: boolean; unitPriceMinor: number }[];
}

export interface LineItemInput {
  productId: string;
  quantity: number;
  unitPriceMinor?: number;
  giveaway?: boolean;
}
