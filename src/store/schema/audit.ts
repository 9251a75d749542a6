import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { AUDIT_ACTIONS, AUDIT_VIAS } from "../../domain/audit.ts";
import { id, ts, workspaceId } from "./columns.ts";
import { workspaces } from "./workspaces.ts";

// Who did what to the workspace's people, keys, settings and data (issue 12, item 7). Append-only:
// a trigger in the migration refuses UPDATE and DELETE for every role, so an admin who can write
// SQL through Baton still cannot rewrite history. Only deleting the workspace removes the rows.
// Details never hold secrets or an erased contact's personal data (services/audit/record-audit.ts).
export const auditEvents = pgTable(
  "audit_events",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    id: id(),
    at: ts("at").notNull(),
    /** Null for the CLI and the system (jobs). No foreign key: the log outlives what it names. */
    actorUserId: uuid("actor_user_id"),
    actorVia: text("actor_via", { enum: AUDIT_VIAS }).notNull(),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id"),
    summary: text("summary").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    // The page is newest first (UUIDv7 ids are time-ordered); filters narrow it by action or target.
    index("audit_events_action_idx").on(t.workspaceId, t.action, t.id),
    index("audit_events_target_idx").on(t.workspaceId, t.targetType, t.targetId),
    index("audit_events_actor_idx")
      .on(t.workspaceId, t.actorUserId, t.id)
      .where(sql`${t.actorUserId} is not null`),
  ],
);

// The addresses of erased contacts, kept only as a hash (SHA-256 of the trimmed, lower-cased
// address) so that mail to the same address is refused for ever while the address itself is gone.
// A contact created later with that address is allowed (it is a new record), but never mailed.
export const erasedAddresses = pgTable(
  "erased_addresses",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    emailHash: text("email_hash").notNull(),
    erasedAt: ts("erased_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.emailHash] })],
);
