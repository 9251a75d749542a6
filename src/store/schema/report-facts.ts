import {
  bigint,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { ts, workspaceId } from "./columns.ts";
import { contacts } from "./contacts.ts";
import { programs } from "./programs.ts";
import { workspaces } from "./workspaces.ts";

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

// Reach per closed month, so that a period of whole months sums a few hundred rows instead of
// de-duplicating a million contacts (BENCHMARKS.md). For each scope — a program, a channel, or
// every program together — and each month: how many distinct contacts it touched that month,
// split by the month of their previous touch in the same scope ('-infinity': none before). A
// period's reach is then the contacts of its months whose previous touch lies before the period:
// each contact counts once, in its first month of the period. A projection of program_reach,
// written only by the reach-rollup job (services/reports/reach-rollup.ts).
export const reachMonths = pgTable(
  "reach_months",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    /** 'program' (key: its id), 'channel' (key: the channel) or 'all' (key: ''). */
    scope: text("scope").notNull(),
    scopeKey: text("scope_key").notNull(),
    month: date("month").notNull(),
    prevMonth: date("prev_month").notNull(),
    contacts: integer("contacts").notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.scope, t.scopeKey, t.month, t.prevMonth] })],
);

// Which of reach_months holds: every month up to `valid_through` (null: none yet). A write that
// changes program_reach in a closed month (a backfill, a deleted contact, a program moved to
// another channel) lowers it and bumps `generation`, in the writer's transaction; the job only
// raises it if the generation it read is still current, so a rollup computed beside such a write
// is thrown away rather than trusted.
export const reachRollups = pgTable("reach_rollups", {
  workspaceId: uuid("workspace_id")
    .primaryKey()
    .references(() => workspaces.workspaceId, { onDelete: "cascade" }),
  validThrough: date("valid_through"),
  generation: bigint("generation", { mode: "number" }).notNull().default(0),
});
