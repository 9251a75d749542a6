import { foreignKey, index, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { SIDES } from "../../domain/touchpoint-kinds.ts";
import { createdAt, id, ts, workspaceId } from "./columns.ts";
import { contacts } from "./contacts.ts";
import { programs } from "./programs.ts";

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
    index("touchpoints_program_idx").on(t.workspaceId, t.programId, t.contactId),
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
