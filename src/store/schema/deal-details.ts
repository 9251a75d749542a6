import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { Deviation } from "../../domain/pricing.ts";
import { createdAt, id, ts, updatedAt, workspaceId } from "./columns.ts";
import { deals } from "./deals.ts";
import { products } from "./price-books.ts";
import { users } from "./users.ts";
import { workspaces } from "./workspaces.ts";

// What a deal sells, priced from its price book. The list price is copied at the time the line
// is set, so a later change to the book does not silently change a proposal.
export const dealLineItems = pgTable(
  "deal_line_items",
  {
    workspaceId: workspaceId(),
    dealId: uuid("deal_id").notNull(),
    position: integer("position").notNull(),
    productId: uuid("product_id").notNull(),
    quantity: integer("quantity").notNull(),
    listPriceMinor: bigint("list_price_minor", { mode: "number" }).notNull(),
    unitPriceMinor: bigint("unit_price_minor", { mode: "number" }).notNull(),
    giveaway: boolean("giveaway").notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.dealId, t.position] }),
    foreignKey({
      columns: [t.workspaceId, t.dealId],
      foreignColumns: [deals.workspaceId, deals.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.workspaceId, t.productId],
      foreignColumns: [products.workspaceId, products.id],
    }),
  ],
);

export const APPROVAL_STATUSES = ["pending", "approved", "rejected", "superseded"] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

// A request to win a deal outside the discount policy: for the exact line items it saw
// (`fingerprint`), with who asked, who decided, and both comments.
export const approvals = pgTable(
  "approvals",
  {
    workspaceId: workspaceId(),
    id: id(),
    dealId: uuid("deal_id").notNull(),
    fingerprint: text("fingerprint").notNull(),
    deviations: jsonb("deviations").$type<Deviation[]>().notNull(),
    status: text("status", { enum: APPROVAL_STATUSES }).notNull().default("pending"),
    requestedBy: uuid("requested_by").notNull(),
    requestedAt: ts("requested_at").notNull(),
    requestComment: text("request_comment"),
    decidedBy: uuid("decided_by"),
    decidedAt: ts("decided_at"),
    decisionComment: text("decision_comment"),
    /** When the approvers were told it had waited too long (once per request). */
    alertedAt: ts("alerted_at"),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("approvals_deal_idx").on(t.workspaceId, t.dealId, t.requestedAt),
    index("approvals_pending_idx").on(t.workspaceId, t.requestedAt).where(sql`${t.status} = 'pending'`),
    // One open request per deal: a second one would only split the approvers' attention.
    uniqueIndex("approvals_one_pending_key").on(t.workspaceId, t.dealId).where(sql`${t.status} = 'pending'`),
    foreignKey({
      columns: [t.workspaceId, t.dealId],
      foreignColumns: [deals.workspaceId, deals.id],
    }).onDelete("cascade"),
    foreignKey({ columns: [t.workspaceId, t.requestedBy], foreignColumns: [users.workspaceId, users.id] }),
    foreignKey({ columns: [t.workspaceId, t.decidedBy], foreignColumns: [users.workspaceId, users.id] }),
  ],
);

// Competitors with their battlecard (positioning, strengths, weaknesses).
export const competitors = pgTable(
  "competitors",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    id: id(),
    name: text("name").notNull(),
    website: text("website"),
    positioning: text("positioning"),
    strengths: text("strengths"),
    weaknesses: text("weaknesses"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("competitors_name_key").on(t.workspaceId, sql`lower(${t.name})`),
  ],
);

// The competitors a deal met: win/loss against each comes from the deal's outcome.
export const dealCompetitors = pgTable(
  "deal_competitors",
  {
    workspaceId: workspaceId(),
    dealId: uuid("deal_id").notNull(),
    competitorId: uuid("competitor_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.dealId, t.competitorId] }),
    index("deal_competitors_competitor_idx").on(t.workspaceId, t.competitorId),
    foreignKey({
      columns: [t.workspaceId, t.dealId],
      foreignColumns: [deals.workspaceId, deals.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.workspaceId, t.competitorId],
      foreignColumns: [competitors.workspaceId, competitors.id],
    }).onDelete("cascade"),
  ],
);

// The workspace's list of common objections ("too expensive", "no time now", …).
export const objectionTypes = pgTable(
  "objection_types",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    id: id(),
    label: text("label").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("objection_types_label_key").on(t.workspaceId, sql`lower(${t.label})`),
  ],
);

// An objection raised in a deal: one from the list, free text, or both; and whether it was
// overcome. Reports link them to programs and target profiles through the deal's contact.
export const dealObjections = pgTable(
  "deal_objections",
  {
    workspaceId: workspaceId(),
    id: id(),
    dealId: uuid("deal_id").notNull(),
    objectionTypeId: uuid("objection_type_id"),
    text: text("text"),
    overcome: boolean("overcome").notNull().default(false),
    raisedAt: ts("raised_at").notNull(),
    raisedBy: uuid("raised_by"),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("deal_objections_deal_idx").on(t.workspaceId, t.dealId),
    index("deal_objections_type_idx").on(t.workspaceId, t.objectionTypeId),
    foreignKey({
      columns: [t.workspaceId, t.dealId],
      foreignColumns: [deals.workspaceId, deals.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.workspaceId, t.objectionTypeId],
      foreignColumns: [objectionTypes.workspaceId, objectionTypes.id],
    }),
    foreignKey({ columns: [t.workspaceId, t.raisedBy], foreignColumns: [users.workspaceId, users.id] }),
  ],
);
