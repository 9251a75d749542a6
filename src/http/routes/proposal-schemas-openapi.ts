import { z } from "@hono/zod-openapi";
import { PROPOSAL_KINDS } from "../../domain/proposals.ts";

const Money = z.number().int();

export const ProposalSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(PROPOSAL_KINDS),
    number: z.number().int(),
    label: z.string().openapi({ example: "Proposal 12" }),
    title: z.string(),
    status: z.enum(["draft", "sent", "accepted", "declined", "withdrawn", "expired"]).openapi({
      description: "expired: sent, and the validity date has passed in the workspace's time zone",
    }),
    currency: z.string(),
    lines: z.array(
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
        discountBp: z.number().int(),
      }),
    ),
    totals: z.object({
      listMinor: Money,
      discountMinor: Money.openapi({ description: "Price cuts on paid lines" }),
      aboveListMinor: Money.openapi({ description: "What paid lines are priced above their list price" }),
      giveawayMinor: Money.openapi({ description: "List value of the lines given away free" }),
      netMinor: Money,
    }),
    validUntil: z.string().openapi({ description: "Last day to accept (YYYY-MM-DD, workspace time zone)" }),
    terms: z.string(),
    issuedAt: z.string(),
    workspaceName: z.string(),
    contactName: z.string(),
    companyName: z.string().nullable(),
    preparedBy: z.object({ name: z.string(), email: z.string() }),
    acceptedAt: z.string().nullable(),
    acceptedName: z.string().nullable(),
    declinedAt: z.string().nullable(),
    timeZone: z.string(),
    dealId: z.uuid(),
    dealName: z.string(),
    dealClosed: z
      .boolean()
      .openapi({ description: "The deal is won or lost: the offer can no longer be sent or accepted" }),
    contactId: z.uuid(),
    createdBy: z.object({ id: z.uuid(), name: z.string() }),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    firstViewedAt: z.string().nullable(),
    lastViewedAt: z.string().nullable(),
    viewCount: z.number().int(),
    declineReason: z.string().nullable(),
    withdrawnAt: z.string().nullable(),
    approvalId: z.uuid().nullable(),
    needsApproval: z.boolean().nullable().openapi({
      description:
        "For a draft: its lines are outside the price policy and no approval of exactly those lines covers them, so sending would be refused. Null once sent.",
    }),
    linesChanged: z.boolean().nullable().openapi({
      description:
        "For a draft: the deal's line items are no longer the draft's, so an approval asked for the deal now would not cover it. Null once sent.",
    }),
    publicUrl: z
      .string()
      .nullable()
      .openapi({ description: "The link the prospect opens; null for a draft or a withdrawn offer" }),
  })
  .openapi("Proposal");
