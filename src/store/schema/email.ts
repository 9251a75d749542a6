import { sql } from "drizzle-orm";
import {
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
import type { Temperature } from "../../domain/catalogue.ts";
import { OUTBOX_STATUSES } from "../../domain/email-guards.ts";
import type { BusinessHours } from "../../domain/handoff.ts";
import type { Stage } from "../../domain/stages.ts";
import { createdAt, id, ts, updatedAt, workspaceId } from "./columns.ts";
import { contacts } from "./contacts.ts";
import { users } from "./users.ts";
import { workspaces } from "./workspaces.ts";

// How the workspace sends: SMTP (none configured → the local outbox only, so the demo works
// offline), the sender, the sending window and a rate limit.
export const emailSettings = pgTable("email_settings", {
  workspaceId: uuid("workspace_id")
    .primaryKey()
    .references(() => workspaces.workspaceId, { onDelete: "cascade" }),
  smtpHost: text("smtp_host"),
  smtpPort: integer("smtp_port"),
  /** "tls" (implicit, 465), "starttls" (required) or "none" (loopback and tests only). */
  smtpSecurity: text("smtp_security", { enum: ["tls", "starttls", "none"] }),
  smtpUser: text("smtp_user"),
  smtpPassword: text("smtp_password"),
  fromName: text("from_name").notNull(),
  fromAddress: text("from_address").notNull(),
  sendWindow: jsonb("send_window").$type<BusinessHours>().notNull(),
  ratePerMinute: integer("rate_per_minute").notNull(),
  updatedAt: updatedAt(),
});

export const emailTemplates = pgTable(
  "email_templates",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    id: id(),
    name: text("name").notNull(),
    /** marketing mail needs consent and stops at the baton; transactional mail always goes. */
    kind: text("kind", { enum: ["marketing", "transactional"] }).notNull(),
    subject: text("subject").notNull(),
    /** Plain text with {{mergeFields}}; the HTML part is derived from it, escaped. */
    body: text("body").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("email_templates_name_key").on(t.workspaceId, sql`lower(${t.name})`),
  ],
);

// Every message Baton sends or decided not to send. A sequence step's row is unique per
// (enrolment, step, contact) and is claimed in a transaction before the SMTP conversation; its
// Message-ID is fixed at creation, so a retry after a crash reuses it.
export const outbox = pgTable(
  "outbox",
  {
    workspaceId: workspaceId(),
    id: id(),
    contactId: uuid("contact_id").notNull(),
    enrolmentId: uuid("enrolment_id"),
    stepId: uuid("step_id"),
    templateId: uuid("template_id"),
    /** marketing, sales (a one-to-one sequence's mail) or transactional: see domain/email-guards.ts. */
    kind: text("kind", { enum: ["marketing", "sales", "transactional"] }).notNull(),
    fromAddress: text("from_address").notNull(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    textBody: text("text_body").notNull(),
    htmlBody: text("html_body").notNull(),
    messageId: text("message_id").notNull(),
    status: text("status", { enum: OUTBOX_STATUSES }).notNull().default("queued"),
    /** Why it was skipped (suppressed, no_consent, in_sales, …) or why it failed. */
    reason: text("reason"),
    attempts: integer("attempts").notNull().default(0),
    createdAt: createdAt(),
    claimedAt: ts("claimed_at"),
    sentAt: ts("sent_at"),
    /** Delivered to the local outbox only (no SMTP configured). */
    local: boolean("local").notNull().default(false),
    /** The newsletter this row belongs to: one row per (broadcast, contact), sent or skipped. */
    broadcastId: uuid("broadcast_id"),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("outbox_step_key").on(t.workspaceId, t.enrolmentId, t.stepId, t.contactId),
    uniqueIndex("outbox_message_id_key").on(t.messageId, t.workspaceId),
    uniqueIndex("outbox_broadcast_key").on(t.workspaceId, t.broadcastId, t.contactId),
    index("outbox_status_idx").on(t.workspaceId, t.status, t.createdAt),
    // The worker's minute: messages waiting to be sent, oldest first, across workspaces.
    index("outbox_waiting_idx").on(t.createdAt, t.id).where(sql`${t.status} in ('queued', 'sending')`),
    index("outbox_contact_idx").on(t.workspaceId, t.contactId, t.createdAt),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }).onDelete("cascade"),
  ],
);

/** Which contacts a newsletter goes to; empty means everyone. */
export interface BroadcastFilter {
  temperature?: Temperature;
  stage?: Stage;
}

// A newsletter: one template queued to every contact matching a filter. Its outbox rows carry
// broadcast_id, unique per contact, so queueing it again (a retry, a resumed run) adds nothing.
export const broadcasts = pgTable(
  "broadcasts",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    id: id(),
    templateId: uuid("template_id").notNull(),
    filter: jsonb("filter").$type<BroadcastFilter>().notNull(),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    /** Set when every matching contact has its outbox row. */
    completedAt: ts("completed_at"),
    /** Rows queued and skipped (by reason) when queueing finished. */
    counts: jsonb("counts").$type<{ queued: number; skipped: Record<string, number> }>(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("broadcasts_created_idx").on(t.workspaceId, t.createdAt),
    foreignKey({
      columns: [t.workspaceId, t.templateId],
      foreignColumns: [emailTemplates.workspaceId, emailTemplates.id],
    }),
    foreignKey({ columns: [t.workspaceId, t.createdBy], foreignColumns: [users.workspaceId, users.id] }),
  ],
);

// The links of a sent message, by position: a click redirects only to the URL stored here.
export const outboxLinks = pgTable(
  "outbox_links",
  {
    workspaceId: workspaceId(),
    outboxId: uuid("outbox_id").notNull(),
    position: integer("position").notNull(),
    url: text("url").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.outboxId, t.position] }),
    foreignKey({
      columns: [t.workspaceId, t.outboxId],
      foreignColumns: [outbox.workspaceId, outbox.id],
    }).onDelete("cascade"),
  ],
);

// Addresses that get no mail: hard bounces, unsubscribes, complaints, manual entries. Checked at
// send time, by address (a contact recreated with the same address stays suppressed).
export const suppressions = pgTable(
  "suppressions",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    email: text("email").notNull(),
    reason: text("reason", { enum: ["hard_bounce", "unsubscribe", "complaint", "manual"] }).notNull(),
    detail: text("detail"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.email] })],
);

// Consent as recorded: for what, granted or withdrawn, where it came from, the words shown, when.
// The latest row per (contact, purpose) is the contact's current consent.
export const consents = pgTable(
  "consents",
  {
    workspaceId: workspaceId(),
    id: id(),
    contactId: uuid("contact_id").notNull(),
    purpose: text("purpose", { enum: ["marketing"] }).notNull(),
    granted: boolean("granted").notNull(),
    source: text("source").notNull(),
    text: text("text"),
    occurredAt: ts("occurred_at").notNull(),
    recordedBy: uuid("recorded_by"),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("consents_contact_idx").on(t.workspaceId, t.contactId, t.purpose, t.occurredAt),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }).onDelete("cascade"),
    foreignKey({ columns: [t.workspaceId, t.recordedBy], foreignColumns: [users.workspaceId, users.id] }),
  ],
);
