import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  date,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { PipelineStage } from "../../domain/pipeline.ts";
import { createdAt, id, ts, updatedAt, workspaceId } from "./columns.ts";
import { companies, contacts } from "./contacts.ts";
import { priceBooks } from "./price-books.ts";
import { partners, users } from "./users.ts";
import { workspaces } from "./workspaces.ts";

// A pipeline keeps its ordered stages as one JSON list: they are edited together and read
// together; deals name their stage by key.
export const pipelines = pgTable(
  "pipelines",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    id: id(),
    name: text("name").notNull(),
    stages: jsonb("stages").$type<PipelineStage[]>().notNull(),
    isDefault: boolean("is_default").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("pipelines_name_key").on(t.workspaceId, sql`lower(${t.name})`),
  ],
);

export const lossReasons = pgTable(
  "loss_reasons",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    id: id(),
    label: text("label").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("loss_reasons_label_key").on(t.workspaceId, sql`lower(${t.label})`),
  ],
);

export const deals = pgTable(
  "deals",
  {
    workspaceId: workspaceId(),
    id: id(),
    name: text("name").notNull(),
    contactId: uuid("contact_id"),
    companyId: uuid("company_id"),
    ownerId: uuid("owner_id").notNull(),
    pipelineId: uuid("pipeline_id").notNull(),
    stage: text("stage").notNull(),
    amountMinor: bigint("amount_minor", { mode: "number" }).notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    expectedCloseOn: date("expected_close_on"),
    closedAt: ts("closed_at"),
    lossReasonId: uuid("loss_reason_id"),
    lossNote: text("loss_note"),
    /** The book its line items are priced from; its currency is the deal's currency. */
    priceBookId: uuid("price_book_id"),
    /** The partner organisation that registered the deal (deal registration). */
    partnerId: uuid("partner_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("deals_pipeline_stage_idx").on(t.workspaceId, t.pipelineId, t.stage),
    index("deals_owner_idx").on(t.workspaceId, t.ownerId),
    index("deals_contact_idx").on(t.workspaceId, t.contactId),
    index("deals_partner_idx").on(t.workspaceId, t.partnerId).where(sql`${t.partnerId} is not null`),
    foreignKey({
      columns: [t.workspaceId, t.partnerId],
      foreignColumns: [partners.workspaceId, partners.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.workspaceId, t.companyId],
      foreignColumns: [companies.workspaceId, companies.id],
    }),
    foreignKey({ columns: [t.workspaceId, t.ownerId], foreignColumns: [users.workspaceId, users.id] }),
    foreignKey({
      columns: [t.workspaceId, t.pipelineId],
      foreignColumns: [pipelines.workspaceId, pipelines.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.priceBookId],
      foreignColumns: [priceBooks.workspaceId, priceBooks.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.lossReasonId],
      foreignColumns: [lossReasons.workspaceId, lossReasons.id],
    }),
  ],
);

// Every stage change of a deal with its time: cycle length and stage conversion reports.
export const dealStageHistory = pgTable(
  "deal_stage_history",
  {
    workspaceId: workspaceId(),
    id: id(),
    dealId: uuid("deal_id").notNull(),
    fromStage: text("from_stage"),
    toStage: text("to_stage").notNull(),
    changedAt: ts("changed_at").notNull(),
    userId: uuid("user_id"),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("deal_stage_history_deal_idx").on(t.workspaceId, t.dealId, t.changedAt),
    foreignKey({
      columns: [t.workspaceId, t.dealId],
      foreignColumns: [deals.workspaceId, deals.id],
    }).onDelete("cascade"),
  ],
);

// A rep's target for a month or a quarter, in one currency.
export const quotas = pgTable(
  "quotas",
  {
    workspaceId: workspaceId(),
    id: id(),
    userId: uuid("user_id").notNull(),
    period: text("period", { enum: ["month", "quarter"] }).notNull(),
    startsOn: date("starts_on").notNull(),
    targetMinor: bigint("target_minor", { mode: "number" }).notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("quotas_user_period_key").on(t.workspaceId, t.userId, t.period, t.startsOn),
    foreignKey({
      columns: [t.workspaceId, t.userId],
      foreignColumns: [users.workspaceId, users.id],
    }).onDelete("cascade"),
  ],
);

// A rep's next step with a contact: a call, a meeting, a proposal… Completing it logs the
// matching sales touchpoint (`touchpoint_id`), so the work moves the contact's temperature.
export const tasks = pgTable(
  "tasks",
  {
    workspaceId: workspaceId(),
    id: id(),
    contactId: uuid("contact_id").notNull(),
    dealId: uuid("deal_id"),
    ownerId: uuid("owner_id").notNull(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    dueAt: ts("due_at").notNull(),
    completedAt: ts("completed_at"),
    outcome: text("outcome"),
    touchpointId: uuid("touchpoint_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("tasks_owner_open_idx").on(t.workspaceId, t.ownerId, t.dueAt).where(sql`${t.completedAt} is null`),
    index("tasks_contact_idx").on(t.workspaceId, t.contactId),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }).onDelete("cascade"),
    // Not "on delete set null": with a composite key that would null workspace_id too; deleteDeal
    // detaches its tasks first.
    foreignKey({ columns: [t.workspaceId, t.dealId], foreignColumns: [deals.workspaceId, deals.id] }),
    foreignKey({ columns: [t.workspaceId, t.ownerId], foreignColumns: [users.workspaceId, users.id] }),
  ],
);
