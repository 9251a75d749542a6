import { sql } from "drizzle-orm";
import {
  bigint,
  char,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { CHANNELS } from "../../domain/catalogue.ts";
import { createdAt, id, ts, updatedAt, workspaceId } from "./columns.ts";
import { users } from "./users.ts";
import { workspaces } from "./workspaces.ts";

export const programs = pgTable(
  "programs",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    id: id(),
    name: text("name").notNull(),
    channel: text("channel", { enum: CHANNELS }).notNull(),
    description: text("description"),
    // Money is integer minor units (cents) plus an ISO 4217 currency; the program's cost is its
    // dated cost lines (program_costs), all in this currency.
    budgetMinor: bigint("budget_minor", { mode: "number" }),
    currency: char("currency", { length: 3 }).notNull(),
    startsOn: date("starts_on"),
    endsOn: date("ends_on"),
    callToAction: text("call_to_action"),
    utmCampaign: text("utm_campaign"),
    /** The marketer who runs it. */
    ownerId: uuid("owner_id"),
    /** An archived program leaves the lists; its history and figures stay. */
    archivedAt: ts("archived_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("programs_utm_campaign_key").on(t.workspaceId, t.utmCampaign),
    foreignKey({ columns: [t.workspaceId, t.ownerId], foreignColumns: [users.workspaceId, users.id] }),
  ],
);

// What a program cost, line by line and dated (a trade show's booth, each month's ad spend), so
// the cost of any period is exact: the sum of the lines dated inside it.
export const programCosts = pgTable(
  "program_costs",
  {
    workspaceId: workspaceId(),
    id: id(),
    programId: uuid("program_id").notNull(),
    incurredOn: date("incurred_on").notNull(),
    amountMinor: bigint("amount_minor", { mode: "number" }).notNull(),
    note: text("note"),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("program_costs_program_idx").on(t.workspaceId, t.programId, t.incurredOn),
    check("program_costs_amount_positive", sql`${t.amountMinor} > 0`),
    foreignKey({
      columns: [t.workspaceId, t.programId],
      foreignColumns: [programs.workspaceId, programs.id],
    }).onDelete("cascade"),
  ],
);

// Marketing's plan for a period (issue 10, item 5): targets for leads, sales-ready leads, pipeline
// and revenue, and the spend planned, for the whole workspace, one channel or one program. Each
// figure is optional; the plan page sets each against its actual (services/plans/).
export const marketingPlans = pgTable(
  "marketing_plans",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    id: id(),
    period: text("period", { enum: ["month", "quarter"] }).notNull(),
    startsOn: date("starts_on").notNull(),
    /** The channel planned for (null: every channel), or… */
    channel: text("channel"),
    /** …the program (null: not one program). At most one of the two is set. */
    programId: uuid("program_id"),
    leadsTarget: integer("leads_target"),
    salesReadyTarget: integer("sales_ready_target"),
    pipelineTargetMinor: bigint("pipeline_target_minor", { mode: "number" }),
    revenueTargetMinor: bigint("revenue_target_minor", { mode: "number" }),
    plannedSpendMinor: bigint("planned_spend_minor", { mode: "number" }),
    currency: char("currency", { length: 3 }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    // One plan per period and scope.
    uniqueIndex("marketing_plans_scope_key").on(
      t.workspaceId,
      t.period,
      t.startsOn,
      sql`coalesce(${t.channel}, '')`,
      sql`coalesce(${t.programId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
    ),
    check("marketing_plans_one_scope", sql`${t.channel} is null or ${t.programId} is null`),
    foreignKey({
      columns: [t.workspaceId, t.programId],
      foreignColumns: [programs.workspaceId, programs.id],
    }).onDelete("cascade"),
  ],
);
