import { sql } from "drizzle-orm";
import { check, foreignKey, index, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { PARTNER_KINDS, ROLES } from "../../domain/catalogue.ts";
import { createdAt, id, ts, workspaceId } from "./columns.ts";
import { workspaces } from "./workspaces.ts";

// A reseller or affiliate organisation selling for the workspace (intermediate selling). Its
// users (role `partner`) see only the contacts and deals it registered.
export const partners = pgTable(
  "partners",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    id: id(),
    name: text("name").notNull(),
    kind: text("kind", { enum: PARTNER_KINDS }).notNull(),
    website: text("website"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("partners_name_key").on(t.workspaceId, sql`lower(${t.name})`),
  ],
);

export const users = pgTable(
  "users",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    id: id(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    passwordHash: text("password_hash"),
    /** Set exactly for partner users: the organisation whose records they may see. */
    partnerId: uuid("partner_id"),
    createdAt: createdAt(),
    /** When the user last logged in (password or accepted invitation); null if never. */
    lastLoginAt: ts("last_login_at"),
    /** A deactivated user keeps their records but can neither log in nor use a key. */
    deactivatedAt: ts("deactivated_at"),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("users_email_key").on(t.workspaceId, sql`lower(${t.email})`),
    index("users_email_idx").on(sql`lower(${t.email})`),
    foreignKey({
      columns: [t.workspaceId, t.partnerId],
      foreignColumns: [partners.workspaceId, partners.id],
    }),
    check("users_partner_role_check", sql`(${t.role} = 'partner') = (${t.partnerId} is not null)`),
  ],
);

// Web sessions: the cookie holds a random token, the table only its SHA-256.
export const sessions = pgTable(
  "sessions",
  {
    workspaceId: workspaceId(),
    id: id(),
    userId: uuid("user_id").notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: ts("expires_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("sessions_token_key").on(t.tokenHash, t.workspaceId),
    foreignKey({
      columns: [t.workspaceId, t.userId],
      foreignColumns: [users.workspaceId, users.id],
    }).onDelete("cascade"),
  ],
);

// API keys act as the user who created them; shown once, stored as SHA-256, revocable.
export const apiKeys = pgTable(
  "api_keys",
  {
    workspaceId: workspaceId(),
    id: id(),
    userId: uuid("user_id").notNull(),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    keyHash: text("key_hash").notNull(),
    createdAt: createdAt(),
    lastUsedAt: ts("last_used_at"),
    revokedAt: ts("revoked_at"),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("api_keys_hash_key").on(t.keyHash, t.workspaceId),
    foreignKey({
      columns: [t.workspaceId, t.userId],
      foreignColumns: [users.workspaceId, users.id],
    }).onDelete("cascade"),
  ],
);

// A pending invitation: the user row exists (so the email is taken and the role is set) but has
// no password until the invitee opens the one-time link. The link's token is stored as SHA-256
// only; one row per user, so re-sending replaces the token and the old link stops working.
export const invitations = pgTable(
  "invitations",
  {
    workspaceId: workspaceId(),
    userId: uuid("user_id").notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: ts("expires_at").notNull(),
    invitedBy: uuid("invited_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.userId] }),
    uniqueIndex("invitations_token_key").on(t.tokenHash, t.workspaceId),
    foreignKey({
      columns: [t.workspaceId, t.userId],
      foreignColumns: [users.workspaceId, users.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.workspaceId, t.invitedBy],
      foreignColumns: [users.workspaceId, users.id],
    }).onDelete("cascade"),
  ],
);
