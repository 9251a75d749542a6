import { date, foreignKey, index, pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { ts, workspaceId } from "./columns.ts";
import { contacts } from "./contacts.ts";
import { programs } from "./programs.ts";

// What the reports read instead of scanning every touchpoint, kept current in the writer's
// transaction. Both are projections: contact_lifecycle of the stage history (rewritten from it
// by the stage-history writers for the contacts they touch), program_reach of the touchpoints
// (written with them). Either can be rebuilt from its source at any time.

// One row per contact that ever entered the funnel or left it sideways: the first instant it
// entered each stage, and the touchpoint (and so the program) that made it a lead.
export const contactLifecycle = pgTable(
  "contact_lifecycle",
  {
    workspaceId: workspaceId(),
    contactId: uuid("contact_id").notNull(),
    /** When it became a lead: its first entry into lead or any later funnel stage (a cohort's month). */
    funnelAt: ts("funnel_at"),
    /** The touchpoint that made it a lead (its first inbound response), when a touchpoint did. */
    leadTouchpointId: uuid("lead_touchpoint_id"),
    /** That touchpoint's program: the program that "made" this lead. */
    leadProgramId: uuid("lead_program_id"),
    leadAt: ts("lead_at"),
    salesReadyAt: ts("sales_ready_at"),
    inSalesAt: ts("in_sales_at"),
    customerAt: ts("customer_at"),
    recycledAt: ts("recycled_at"),
    disqualifiedAt: ts("disqualified_at"),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.contactId] }),
    index("contact_lifecycle_funnel_idx").on(t.workspaceId, t.funnelAt),
    index("contact_lifecycle_program_idx").on(t.workspaceId, t.leadProgramId, t.funnelAt),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }).onDelete("cascade"),
  ],
);

// Which contacts each program touched on each day (UTC): a program's reach over any period is
// the distinct contacts of its rows in that period. One row per program, day and contact, so a
// day's many touches of one contact (an email, its open, its click) are one row.
export const programReach = pgTable(
  "program_reach",
  {
    workspaceId: workspaceId(),
    programId: uuid("program_id").notNull(),
    day: date("day").notNull(),
    contactId: uuid("contact_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.programId, t.day, t.contactId] }),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.workspaceId, t.programId],
      foreignColumns: [programs.workspaceId, programs.id],
    }).onDelete("cascade"),
  ],
);
