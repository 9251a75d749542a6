import {
  bigint,
  date,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, ts, workspaceId } from "./columns.ts";
import { programs } from "./programs.ts";
import { workspaces } from "./workspaces.ts";

// A program's tracked link: a target URL with its UTM parameters and a short code served at
// /l/<code>. The public redirect carries no workspace, so the code must be unique across the
// installation: it is 72 random bits, and creation checks it under an advisory lock on the code
// (services/programs/program-links.ts). The keys still lead with workspace_id (Citus); the lookup
// by code alone has its own index.
export const programLinks = pgTable(
  "program_links",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    id: id(),
    programId: uuid("program_id").notNull(),
    code: text("code").notNull(),
    /** http(s) only, normalised, without UTM parameters of its own (they are the columns below). */
    targetUrl: text("target_url").notNull(),
    utmSource: text("utm_source").notNull(),
    utmMedium: text("utm_medium"),
    utmCampaign: text("utm_campaign"),
    utmContent: text("utm_content"),
    utmTerm: text("utm_term"),
    label: text("label"),
    /** An archived link leaves the list but keeps redirecting: it may be printed somewhere. */
    archivedAt: ts("archived_at"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index("program_links_program_idx").on(t.workspaceId, t.programId, t.id),
    uniqueIndex("program_links_code_key").on(t.workspaceId, t.code),
    // The public redirect's lookup; unique across the installation by construction (see above).
    index("program_links_code_idx").on(t.code),
    foreignKey({
      columns: [t.workspaceId, t.programId],
      foreignColumns: [programs.workspaceId, programs.id],
    }).onDelete("cascade"),
  ],
);

// Clicks without a known contact, per link and UTC day. Known clicks are touchpoints.
export const programLinkClicks = pgTable(
  "program_link_clicks",
  {
    workspaceId: workspaceId(),
    linkId: uuid("link_id").notNull(),
    day: date("day").notNull(),
    clicks: bigint("clicks", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.linkId, t.day] }),
    foreignKey({
      columns: [t.workspaceId, t.linkId],
      foreignColumns: [programLinks.workspaceId, programLinks.id],
    }).onDelete("cascade"),
  ],
);
