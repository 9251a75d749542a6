// Shapes of the products, price books and discount policy endpoints, as the settings screens use them.

import type { Role } from "../../../../src/domain/catalogue.ts";
import type { PriceChannel } from "../../../../src/domain/pricing.ts";

export type { PriceChannel, Role };

export interface Product {
  id: string;
  sku: string;
  name: string;
  description: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ProductInput {
  sku: string;
  name: string;
  description: string | null;
  active?: boolean;
}

export interface PriceBookEntry {
  productId: string;
  sku: string;
  name: string;
  active: boolean;
  unitPriceMinor: number;
}

export interface PriceBookSummary {
  id: string;
  name: string;
  channel: PriceChannel;
  currency: string;
  partnerId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PriceBookDetail extends PriceBookSummary {
  entries: PriceBookEntry[];
}

export interface PriceEntryInput {
  productId: string;
  unitPriceMinor: number;
}

export interface NewPriceBook {
  name: string;
  channel: PriceChannel;
  currency: string;
  partnerId: string | null;
  entries?: PriceEntryInput[];
}

export interface DiscountPolicy {
  defaultMaxDiscountBp: number;
  maxDiscountBpByRole: Partial<Record<Role, number>>;
  maxDiscountBpByChannel: Partial<Record<PriceChannel, number>>;
  giveawaysAllowed: boolean;
  updatedAt: string | null;
  updatedBy: string | null;
}

export type DiscountPolicyInput = Omit<DiscountPolicy, "updatedAt" | "updatedBy">;
