import { sql } from "drizzle-orm";
import {
  doublePrecision,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { SIDES } from "../../domain/touchpoint-kinds.ts";
import { createdAt, id, ts, workspaceId } from "./columns.ts";
import { contacts } from "./contacts.ts";
import { programs } from "./programs.ts";
import { workspaces } from "./workspaces.ts";

export const touchpoints = pgTable(
  "touchpoints",
  {
    workspaceId: workspaceId(),
    id: id(),
    contactId: uuid("contact_id").notNull(),
    // Validated against the kind catalogue at the edge; plain text so a new kind needs no migration.
    kind: text("kind").notNull(),
    side: text("side", { enum: SIDES }).notNull(),
    programId: uuid("program_id"),
    userId: uuid("user_id"),
    occurredAt: ts("occurred_at").notNull(),
    properties: jsonb("properties").$type<Record<string, unknown>>().notNull().default({}),
    externalId: text("external_id"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("touchpoints_external_id_key").on(t.workspaceId, t.externalId),
    index("touchpoints_contact_idx").on(t.workspaceId, t.contactId, t.occurredAt),
    // Known clicks per tracked link (program_links): the link list counts them.
    index("touchpoints_link_click_idx")
      .on(t.workspaceId, t.programId, sql`(${t.properties}->>'linkId')`)
      .where(sql`${t.kind} = 'link_click'`),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.workspaceId, t.programId],
      foreignColumns: [programs.workspaceId, programs.id],
    }),
  ],
);

// A touchpoint dated ahead of the moment it was recorded (senders' clock skew, at most 5
// minutes) counts from its instant on, so what it sets in motion — the hand-off rule, the tier
// playbooks — must run then, not when it was recorded. The touchpoint path notes the contact
// here; the worker's arrivals job acts once `arrives_at` has passed and removes the note. One
// row per contact: its earliest pending instant, and E at `settled_at` (every touch up to it;
// none between it and `arrives_at`), so that reads before `arrives_at` decay that value instead
// of summing the contact's touchpoints. A rescore recomputes `e_settled`.
export const touchArrivals = pgTable(
  "touch_arrivals",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    contactId: uuid("contact_id").notNull(),
    arrivesAt: ts("arrives_at").notNull(),
    eSettled: doublePrecision("e_settled").notNull(),
    settledAt: ts("settled_at").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.contactId] }),
    index("touch_arrivals_due_idx").on(t.arrivesAt),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }).onDelete("cascade"),
  ],
);
