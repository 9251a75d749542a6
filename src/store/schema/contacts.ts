import { sql } from "drizzle-orm";
import {
  bigint,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { STAGE_CAUSES } from "../../domain/lifecycle.ts";
import { STAGES } from "../../domain/stages.ts";
import { createdAt, id, ts, updatedAt, workspaceId } from "./columns.ts";
import { partners, users } from "./users.ts";
import { workspaces } from "./workspaces.ts";

export const companies = pgTable(
  "companies",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    id: id(),
    name: text("name").notNull(),
    domain: text("domain"),
    industry: text("industry"),
    size: text("size"),
    country: text("country"),
    properties: jsonb("properties").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("companies_domain_key").on(t.workspaceId, sql`lower(${t.domain})`),
  ],
);

export const contacts = pgTable(
  "contacts",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    id: id(),
    email: text("email").notNull(),
    firstName: text("first_name"),
    lastName: text("last_name"),
    title: text("title"),
    phone: text("phone"),
    companyId: uuid("company_id"),
    // Target-market fields (product.md §1, idea 7).
    occupation: text("occupation"),
    industry: text("industry"),
    companySize: text("company_size"),
    incomeBand: text("income_band"),
    education: text("education"),
    country: text("country"),
    properties: jsonb("properties").$type<Record<string, unknown>>().notNull().default({}),
    stage: text("stage", { enum: STAGES }).notNull().default("prospect"),
    ownerId: uuid("owner_id"),
    /** The partner organisation that registered this contact; its users may see it. */
    partnerId: uuid("partner_id"),
    /** A recycled lead is not handed to sales again before this instant. */
    cooldownUntil: ts("cooldown_until"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("contacts_partner_idx").on(t.workspaceId, t.partnerId, t.id).where(sql`${t.partnerId} is not null`),
    foreignKey({
      columns: [t.workspaceId, t.partnerId],
      foreignColumns: [partners.workspaceId, partners.id],
    }),
    uniqueIndex("contacts_email_key").on(t.workspaceId, sql`lower(${t.email})`),
    index("contacts_stage_idx").on(t.workspaceId, t.stage),
    index("contacts_owner_idx").on(t.workspaceId, t.ownerId),
    index("contacts_company_idx").on(t.workspaceId, t.companyId),
    // The contacts list's "name A–Z" keyset (store/queries/contact-orders.ts, CONTACT_NAME_KEY: the
    // expression must stay character for character the same there, or the planner cannot use it).
    index("contacts_name_idx").on(
      t.workspaceId,
      sql`(lower(coalesce(nullif(btrim(coalesce(${t.firstName}, '') || ' ' || coalesce(${t.lastName}, '')), ''), ${t.email})) collate "C")`,
      t.id,
    ),
    foreignKey({
      columns: [t.workspaceId, t.companyId],
      foreignColumns: [companies.workspaceId, companies.id],
    }),
    foreignKey({ columns: [t.workspaceId, t.ownerId], foreignColumns: [users.workspaceId, users.id] }),
  ],
);

// Temperature state (product.md §3): E₀ at t₀ and the instants it cools below each threshold,
// plus touch counters. Kept apart from the contact's profile so that ingest and rescoring
// rewrite narrow rows with two indexes, not the wide, many-indexed contact row. A contact
// without a row has never been touched (E = 0, cold).
export const contactScores = pgTable(
  "contact_scores",
  {
    workspaceId: workspaceId(),
    contactId: uuid("contact_id").notNull(),
    e0: doublePrecision("e0").notNull().default(0),
    t0: ts("t0"),
    warmUntil: ts("warm_until"),
    hotUntil: ts("hot_until"),
    /**
     * E's order key: log₂|E₀| + t₀/H (H the half-life, both in seconds), negated when E₀ < 0;
     * null when E₀ = 0. At any instant t ≥ t₀, log₂|E(t)| + t/H equals it, so within a sign a larger
     * key is a larger E at every such instant (store/queries/temperature-sql.ts, scoreKeySql).
     */
    scoreKey: doublePrecision("score_key"),
    touchCount: integer("touch_count").notNull().default(0),
    firstTouchAt: ts("first_touch_at"),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.contactId] }),
    index("contact_scores_hot_until_idx").on(t.workspaceId, t.hotUntil, t.contactId),
    index("contact_scores_warm_until_idx").on(t.workspaceId, t.warmUntil, t.contactId),
    // The few contacts whose latest touch is still ahead of "now" (dated ahead for clock skew):
    // their stored state is not exact yet, so reads at now sum their touchpoints instead.
    // With the contact id last it is also the keyset of the contacts list's "last touch" order,
    // so a page inside a run of equal instants (an import's batch) does not rescan the run.
    index("contact_scores_t0_idx").on(t.workspaceId, t.t0, t.contactId),
    // The cold column by engagement (store/queries/contact-by-score.ts): the positive scores and
    // the negative ones, each a keyset range. The predicates must stay as the queries write them.
    index("contact_scores_gain_idx").on(t.workspaceId, t.scoreKey, t.contactId).where(sql`e0 > 0`),
    index("contact_scores_loss_idx").on(t.workspaceId, t.scoreKey, t.contactId).where(sql`e0 < 0`),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }).onDelete("cascade"),
  ],
);

// How many contacts each workspace has, kept by statement triggers on `contacts` (see the
// migration that adds this table), so that every insert and delete path — ingest, the API, the
// demo, a cascade, a fixture — keeps it exact in the same transaction. The board's cold count is
// this total minus two index ranges instead of a count over a million rows. A writer adds to the
// slot of its database backend (pid mod 64), so concurrent writers rarely wait on the same row.
export const contactCounts = pgTable(
  "contact_counts",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    slot: smallint("slot").notNull(),
    n: bigint("n", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.slot] })],
);

// Every stage transition with its time: the funnel and hand-off reports are built from this.
export const contactStageHistory = pgTable(
  "contact_stage_history",
  {
    workspaceId: workspaceId(),
    id: id(),
    contactId: uuid("contact_id").notNull(),
    fromStage: text("from_stage", { enum: STAGES }),
    toStage: text("to_stage", { enum: STAGES }).notNull(),
    changedAt: ts("changed_at").notNull(),
    userId: uuid("user_id"),
    reason: text("reason"),
    /** What moved the contact; `cause_id` names the touchpoint, deal or hand-off (no foreign key). */
    cause: text("cause", { enum: STAGE_CAUSES }).notNull().default("user"),
    causeId: uuid("cause_id"),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("contact_stage_history_contact_idx").on(t.workspaceId, t.contactId, t.changedAt),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }).onDelete("cascade"),
  ],
);
