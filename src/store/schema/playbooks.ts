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
import type { StepChannel } from "../../domain/playbooks.ts";
import { createdAt, id, ts, updatedAt, workspaceId } from "./columns.ts";
import { contacts } from "./contacts.ts";
import { emailTemplates } from "./email.ts";
import { users } from "./users.ts";
import { workspaces } from "./workspaces.ts";

// A playbook is the strategy for one temperature tier (entering the tier enrols, leaving exits),
// or a one-to-one sales sequence a rep enrols contacts in by hand (`tier` null).
export const playbooks = pgTable(
  "playbooks",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    id: id(),
    name: text("name").notNull(),
    tier: text("tier", { enum: ["cold", "warm", "hot"] }),
    side: text("side", { enum: ["marketing", "sales"] }).notNull(),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("playbooks_name_key").on(t.workspaceId, sql`lower(${t.name})`),
    index("playbooks_tier_idx").on(t.workspaceId, t.tier).where(sql`${t.active}`),
  ],
);

// Ordered steps. A step keeps its id for life (enrolments and outbox rows point at it); editing
// a playbook updates steps in place and adds or retires them, it never renumbers history.
export const playbookSteps = pgTable(
  "playbook_steps",
  {
    workspaceId: workspaceId(),
    id: id(),
    playbookId: uuid("playbook_id").notNull(),
    position: integer("position").notNull(),
    side: text("side", { enum: ["marketing", "sales"] }).notNull(),
    channel: text("channel").$type<StepChannel>().notNull(),
    /** Wait after the previous step (or enrolment), in minutes. */
    delayMinutes: integer("delay_minutes").notNull(),
    templateId: uuid("template_id"),
    /** For task steps: what the task says. */
    taskTitle: text("task_title"),
    retired: boolean("retired").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("playbook_steps_playbook_idx").on(t.workspaceId, t.playbookId, t.position),
    foreignKey({
      columns: [t.workspaceId, t.playbookId],
      foreignColumns: [playbooks.workspaceId, playbooks.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.workspaceId, t.templateId],
      foreignColumns: [emailTemplates.workspaceId, emailTemplates.id],
    }),
  ],
);

export const ENROLMENT_STATUSES = ["active", "completed", "exited"] as const;

// A contact running a playbook: where it is, when the next step is due, and why it stopped.
export const enrolments = pgTable(
  "enrolments",
  {
    workspaceId: workspaceId(),
    id: id(),
    playbookId: uuid("playbook_id").notNull(),
    contactId: uuid("contact_id").notNull(),
    status: text("status", { enum: ENROLMENT_STATUSES }).notNull().default("active"),
    /** Position of the next step to run. */
    nextPosition: integer("next_position").notNull().default(0),
    nextRunAt: ts("next_run_at"),
    enrolledAt: ts("enrolled_at").notNull(),
    enrolledBy: uuid("enrolled_by"),
    endedAt: ts("ended_at"),
    exitReason: text("exit_reason"),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("enrolments_one_active_key")
      .on(t.workspaceId, t.playbookId, t.contactId)
      .where(sql`${t.status} = 'active'`),
    index("enrolments_contact_idx").on(t.workspaceId, t.contactId),
    // A playbook's enrolment list, paged by id.
    index("enrolments_playbook_idx").on(t.workspaceId, t.playbookId, t.id),
    index("enrolments_due_idx").on(t.nextRunAt).where(sql`${t.status} = 'active'`),
    foreignKey({
      columns: [t.workspaceId, t.playbookId],
      foreignColumns: [playbooks.workspaceId, playbooks.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }).onDelete("cascade"),
    foreignKey({ columns: [t.workspaceId, t.enrolledBy], foreignColumns: [users.workspaceId, users.id] }),
  ],
);

// What happened at each step of an enrolment: done, skipped by a guard, blocked, overridden.
export const enrolmentEvents = pgTable(
  "enrolment_events",
  {
    workspaceId: workspaceId(),
    id: id(),
    enrolmentId: uuid("enrolment_id").notNull(),
    stepId: uuid("step_id"),
    kind: text("kind").notNull(),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
    at: ts("at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("enrolment_events_enrolment_idx").on(t.workspaceId, t.enrolmentId, t.at),
    foreignKey({
      columns: [t.workspaceId, t.enrolmentId],
      foreignColumns: [enrolments.workspaceId, enrolments.id],
    }).onDelete("cascade"),
  ],
);
