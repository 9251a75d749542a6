import { sql } from "drizzle-orm";
import {
  char,
  date,
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
import { PROPOSAL_KINDS, PROPOSAL_STATUSES, type ProposalLine } from "../../domain/proposals.ts";
import { createdAt, id, ts, updatedAt, workspaceId } from "./columns.ts";
import { contacts } from "./contacts.ts";
import { deals } from "./deals.ts";
import { users } from "./users.ts";

// A proposal or estimate: the deal's lines as they were when it was made (a snapshot the prospect
// accepts exactly), its validity and terms, and what the prospect did with it. The public link is
// a signed token naming the workspace, the contact and the proposal; nothing secret is stored.
export const proposals = pgTable(
  "proposals",
  {
    workspaceId: workspaceId(),
    id: id(),
    dealId: uuid("deal_id").notNull(),
    contactId: uuid("contact_id").notNull(),
    kind: text("kind", { enum: PROPOSAL_KINDS }).notNull(),
    /** Shown on the document: one sequence per workspace for both kinds. */
    number: integer("number").notNull(),
    title: text("title").notNull(),
    status: text("status", { enum: PROPOSAL_STATUSES }).notNull().default("draft"),
    currency: char("currency", { length: 3 }).notNull(),
    lines: jsonb("lines").$type<ProposalLine[]>().notNull(),
    priceBookId: uuid("price_book_id"),
    /** The approval that covered these lines when the offer was sent outside the policy. */
    approvalId: uuid("approval_id"),
    validUntil: date("valid_until", { mode: "string" }).notNull(),
    terms: text("terms").notNull(),
    createdBy: uuid("created_by").notNull(),
    createdAt: createdAt(),
    sentAt: ts("sent_at"),
    sentBy: uuid("sent_by"),
    firstViewedAt: ts("first_viewed_at"),
    lastViewedAt: ts("last_viewed_at"),
    viewCount: integer("view_count").notNull().default(0),
    acceptedAt: ts("accepted_at"),
    /** The name the prospect typed to accept. */
    acceptedName: text("accepted_name"),
    declinedAt: ts("declined_at"),
    declineReason: text("decline_reason"),
    withdrawnAt: ts("withdrawn_at"),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("proposals_number_key").on(t.workspaceId, t.number),
    index("proposals_deal_idx").on(t.workspaceId, t.dealId, t.createdAt),
    index("proposals_open_idx").on(t.workspaceId, t.createdAt).where(sql`${t.status} in ('draft', 'sent')`),
    foreignKey({
      columns: [t.workspaceId, t.dealId],
      foreignColumns: [deals.workspaceId, deals.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }).onDelete("cascade"),
    foreignKey({ columns: [t.workspaceId, t.createdBy], foreignColumns: [users.workspaceId, users.id] }),
    foreignKey({ columns: [t.workspaceId, t.sentBy], foreignColumns: [users.workspaceId, users.id] }),
  ],
);
