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
import type { BusinessHours, HandoffRule } from "../../domain/handoff.ts";
import { createdAt, id, ts, updatedAt, workspaceId } from "./columns.ts";
import { contacts } from "./contacts.ts";
import { tasks } from "./deals.ts";
import { users } from "./users.ts";
import { workspaces } from "./workspaces.ts";

// The workspace's hand-off rule (product.md §1, idea 4): when a lead is sales-ready, who gets it,
// how long sales has to make first contact, and how long a recycled lead rests.
export const handoffSettings = pgTable("handoff_settings", {
  workspaceId: uuid("workspace_id")
    .primaryKey()
    .references(() => workspaces.workspaceId, { onDelete: "cascade" }),
  rule: jsonb("rule").$type<HandoffRule>().notNull(),
  slaMinutes: integer("sla_minutes").notNull(),
  businessHours: jsonb("business_hours").$type<BusinessHours>().notNull(),
  recycleCooldownDays: integer("recycle_cooldown_days").notNull(),
  // The round-robin turn is a sequence per workspace, not a column here: see
  // store/queries/round-robin.ts.
  updatedAt: updatedAt(),
});

// Territory / segment assignment: the first rule (by position) whose field equals the value
// names the owner; no match falls back to round-robin.
export const assignmentRules = pgTable(
  "assignment_rules",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    id: id(),
    position: integer("position").notNull(),
    field: text("field", { enum: ["country", "industry", "company_size", "occupation"] }).notNull(),
    value: text("value").notNull(),
    userId: uuid("user_id").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({
      columns: [t.workspaceId, t.userId],
      foreignColumns: [users.workspaceId, users.id],
    }).onDelete("cascade"),
  ],
);

export const HANDOFF_STATUSES = ["pending", "accepted", "recycled"] as const;

// One passing of the baton: what triggered it, to whom, the first task and its deadline, and
// how sales answered.
export const handoffs = pgTable(
  "handoffs",
  {
    workspaceId: workspaceId(),
    id: id(),
    contactId: uuid("contact_id").notNull(),
    /** The touchpoint that made the lead sales-ready (informational; no foreign key). */
    touchpointId: uuid("touchpoint_id"),
    ownerId: uuid("owner_id").notNull(),
    taskId: uuid("task_id"),
    handedAt: ts("handed_at").notNull(),
    slaDueAt: ts("sla_due_at").notNull(),
    /** How the owner was chosen: "round_robin" or "rule:<id>". */
    assignedBy: text("assigned_by").notNull(),
    status: text("status", { enum: HANDOFF_STATUSES }).notNull().default("pending"),
    decidedAt: ts("decided_at"),
    decidedBy: uuid("decided_by"),
    recycleReason: text("recycle_reason"),
    note: text("note"),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("handoffs_owner_pending_idx")
      .on(t.workspaceId, t.ownerId, t.slaDueAt)
      .where(sql`${t.status} = 'pending'`),
    index("handoffs_contact_idx").on(t.workspaceId, t.contactId, t.handedAt),
    // One open hand-off per contact.
    uniqueIndex("handoffs_one_pending_key")
      .on(t.workspaceId, t.contactId)
      .where(sql`${t.status} = 'pending'`),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }).onDelete("cascade"),
    foreignKey({ columns: [t.workspaceId, t.ownerId], foreignColumns: [users.workspaceId, users.id] }),
    foreignKey({ columns: [t.workspaceId, t.taskId], foreignColumns: [tasks.workspaceId, tasks.id] }),
  ],
);

// In-app notifications ("a lead was handed to you").
export const notifications = pgTable(
  "notifications",
  {
    workspaceId: workspaceId(),
    id: id(),
    userId: uuid("user_id").notNull(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body"),
    /** An app path such as /contacts/<id>; never an outside address. */
    link: text("link"),
    createdAt: createdAt(),
    readAt: ts("read_at"),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("notifications_user_idx").on(t.workspaceId, t.userId, t.createdAt),
    foreignKey({
      columns: [t.workspaceId, t.userId],
      foreignColumns: [users.workspaceId, users.id],
    }).onDelete("cascade"),
  ],
);

// A guard override: a user ran a sales step for a contact that was not ready, and said why.
export const guardOverrides = pgTable(
  "guard_overrides",
  {
    workspaceId: workspaceId(),
    id: id(),
    contactId: uuid("contact_id").notNull(),
    enrolmentId: uuid("enrolment_id"),
    userId: uuid("user_id").notNull(),
    reason: text("reason").notNull(),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("guard_overrides_contact_idx").on(t.workspaceId, t.contactId),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }).onDelete("cascade"),
    foreignKey({ columns: [t.workspaceId, t.userId], foreignColumns: [users.workspaceId, users.id] }),
  ],
);
