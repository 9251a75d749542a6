// Response shapes shared by the deal and pricing routes.
import { z } from "@hono/zod-openapi";
import { ROLES } from "../../domain/catalogue.ts";
import { PRICE_CHANNELS } from "../../domain/pricing.ts";

const Money = z.number().int();
const bp = z.number().int();

/** The discount policy's rules, in basis points (1 % = 100). */
export const PolicyRules = {
  defaultMaxDiscountBp: bp,
  maxDiscountBpByRole: z.partialRecord(z.enum(ROLES), bp),
  maxDiscountBpByChannel: z.partialRecord(z.enum(PRICE_CHANNELS), bp),
  giveawaysAllowed: z.boolean(),
};

// A union on `kind`, as the domain's Deviation type: only an over-limit discount has the numbers.
const line = z.number().int().openapi({ description: "0-based index into lineItems" });
export const DeviationSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("discount_over_limit"),
      line,
      discountBp: z.number().int(),
      limitBp: z.number().int(),
    }),
    z.object({ kind: z.literal("giveaway_not_allowed"), line }),
    z.object({ kind: z.literal("price_above_list"), line }),
  ])
  .openapi("PolicyDeviation");

export const ApprovalSchema = z
  .object({
    id: z.uuid(),
    dealId: z.uuid(),
    dealName: z.string(),
    contactId: z
      .uuid()
      .nullable()
      .openapi({ description: "Null when the contact was erased (GDPR); contactName then says so" }),
    contactName: z.string(),
    amountMinor: Money,
    currency: z.string(),
    status: z.enum(["pending", "approved", "rejected", "superseded"]),
    deviations: z.array(DeviationSchema),
    requestedBy: z.object({ id: z.uuid(), name: z.string() }),
    requestedAt: z.string(),
    requestComment: z.string().nullable(),
    decidedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    decidedAt: z.string().nullable(),
    decisionComment: z.string().nullable(),
    alertedAt: z.string().nullable().openapi({
      description: "When the approvers were told it had waited longer than the policy's approvalAlertHours",
    }),
  })
  .openapi("Approval");

export const DealSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    contactId: z
      .uuid()
      .nullable()
      .openapi({ description: "Null when the contact was erased (GDPR); contactName then says so" }),
    contactName: z.string(),
    companyId: z.uuid().nullable(),
    ownerId: z.uuid(),
    ownerName: z.string(),
    pipelineId: z.uuid(),
    stage: z.string(),
    outcome: z.enum(["open", "won", "lost"]),
    amountMinor: Money,
    currency: z.string(),
    expectedCloseOn: z.string().nullable(),
    closedAt: z.string().nullable(),
    lossReason: z.string().nullable(),
    lossNote: z.string().nullable(),
    partnerId: z.uuid().nullable().openapi({ description: "The partner organisation that registered it" }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Deal");

const Totals = z.object({ listMinor: Money, netMinor: Money, discountMinor: Money });

export const DealDetailSchema = DealSchema.extend({
  priceBook: z
    .object({ id: z.uuid(), name: z.string(), channel: z.enum(PRICE_CHANNELS), currency: z.string() })
    .nullable(),
  lineItems: z.array(
    z.object({
      productId: z.uuid(),
      sku: z.string(),
      productName: z.string(),
      quantity: z.number().int(),
      listPriceMinor: Money,
      unitPriceMinor: Money,
      giveaway: z.boolean(),
      listMinor: Money,
      netMinor: Money,
      discountMinor: Money,
      discountBp: z.number().int().openapi({ description: "Discount in basis points (100 = 1 %)" }),
    }),
  ),
  totals: Totals,
  policy: z.object({
    channel: z.enum(PRICE_CHANNELS),
    sellerRole: z.enum(ROLES),
    limitBp: z.number().int(),
    giveawaysAllowed: z.boolean(),
    deviations: z.array(DeviationSchema),
    approvedBy: z
      .uuid()
      .nullable()
      .openapi({ description: "The approval that covers these exact line items" }),
    satisfied: z.boolean().openapi({ description: "Whether the deal may be won as priced" }),
  }),
  approvals: z.array(ApprovalSchema),
}).openapi("DealDetail");
