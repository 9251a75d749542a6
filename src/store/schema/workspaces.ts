import { sql } from "drizzle-orm";
import { doublePrecision, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { uuidv7 } from "uuidv7";
import { createdAt, updatedAt } from "./columns.ts";

// A workspace is a tenant; its id is the workspace_id every other table carries.
export const workspaces = pgTable(
  "workspaces",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .$defaultFn(() => uuidv7()),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    /** Signs unsubscribe and tracking tokens; random per workspace, never leaves the server. */
    signingKey: text("signing_key")
      .notNull()
      .default(sql`replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')`),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId] }),
    uniqueIndex("workspaces_slug_key").on(t.slug, t.workspaceId),
  ],
);

export const scoringSettings = pgTable(
  "scoring_settings",
  {
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    halfLifeHours: doublePrecision("half_life_hours").notNull(),
    warmThreshold: doublePrecision("warm_threshold").notNull(),
    hotThreshold: doublePrecision("hot_threshold").notNull(),
    weights: jsonb("weights").$type<Record<string, number>>().notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId] })],
);
