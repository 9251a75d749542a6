import { z } from "zod";
import { ROLES } from "../../domain/catalogue.ts";
import { PRICE_CHANNELS } from "../../domain/pricing.ts";

const minorUnits = z
  .number()
  .int("must be an integer amount in minor units (e.g. cents)")
  .min(0, "must not be negative")
  .max(1_000_000_000_000_000, "must be at most 10^15 minor units");
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as USD or EUR");
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const ProductFieldsSchema = z.strictObject({
  sku: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  description: optionalText(2000),
  active: z.boolean().optional(),
});
export const UpdateProductSchema = ProductFieldsSchema.partial();
export type ProductInput = z.infer<typeof ProductFieldsSchema>;
export type UpdateProductInput = z.infer<typeof UpdateProductSchema>;

const EntrySchema = z.strictObject({ productId: z.uuid(), unitPriceMinor: minorUnits });

export const PriceBookFieldsSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  channel: z.enum(PRICE_CHANNELS),
  currency: CurrencySchema,
  /** A partner's own book; only on the reseller or affiliate channel. */
  partnerId: z.uuid().nullable().optional(),
  entries: z.array(EntrySchema).max(5000).optional(),
});
export const UpdatePriceBookSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  /** Replaces every price in the book. */
  entries: z.array(EntrySchema).max(5000).optional(),
});
export type PriceBookInput = z.infer<typeof PriceBookFieldsSchema>;
export type UpdatePriceBookInput = z.infer<typeof UpdatePriceBookSchema>;

/** Basis points: 100 bp = 1 %; a limit of 10 000 allows any discount. */
const basisPoints = z.number().int("must be whole basis points (100 = 1 %)").min(0).max(10_000);

export const DiscountPolicySchema = z.strictObject({
  defaultMaxDiscountBp: basisPoints,
  maxDiscountBpByRole: z.partialRecord(z.enum(ROLES), basisPoints).default({}),
  maxDiscountBpByChannel: z.partialRecord(z.enum(PRICE_CHANNELS), basisPoints).default({}),
  giveawaysAllowed: z.boolean(),
  /** Requests waiting longer are flagged to the approvers: a working day by default, at most a month. */
  approvalAlertHours: z.number().int("must be whole hours").min(1).max(720).default(24),
});
export type DiscountPolicyInput = z.infer<typeof DiscountPolicySchema>;

export const LineItemsSchema = z.strictObject({
  priceBookId: z.uuid(),
  items: z
    .array(
      z.strictObject({
        productId: z.uuid(),
        quantity: z.number().int("must be a whole number").min(1).max(1_000_000),
        /** The price offered per unit; the book's price when left out. */
        unitPriceMinor: minorUnits.optional(),
        /** A free give-away: shown at its list value, charged nothing. */
        giveaway: z.boolean().optional(),
      }),
    )
    .max(200),
});
export type LineItemsInput = z.infer<typeof LineItemsSchema>;

export const ApprovalRequestSchema = z.strictObject({
  comment: z.string().trim().max(2000).nullable().optional(),
});
export const ApprovalDecisionSchema = z.strictObject({
  decision: z.enum(["approve", "reject"]),
  comment: z.string().trim().max(2000).nullable().optional(),
});
export type ApprovalDecisionInput = z.infer<typeof ApprovalDecisionSchema>;
