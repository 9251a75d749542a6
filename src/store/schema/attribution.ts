import {
  bigint,
  boolean,
  doublePrecision,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  uuid,
} from "drizzle-orm/pg-core";
import { ts, updatedAt, workspaceId } from "./columns.ts";
import { deals } from "./deals.ts";
import { touchpoints } from "./touchpoints.ts";
import { workspaces } from "./workspaces.ts";

// How a workspace attributes its won deals (domain/attribution.ts). No row: the defaults.
export const attributionSettings = pgTable("attribution_settings", {
  workspaceId: uuid("workspace_id")
    .primaryKey()
    .references(() => workspaces.workspaceId, { onDelete: "cascade" }),
  /** Time decay's half-life, in days. */
  halfLifeDays: doublePrecision("half_life_days").notNull(),
  /** Whether a deal's journey includes the touches of the other contacts at its company. */
  buyingGroup: boolean("buying_group").notNull(),
  updatedAt: updatedAt(),
});

// Each won deal's credits, one row per touchpoint of its journey, a column per model (minor units
// of the deal's currency): written when the deal is won (or its amount changes while won) and
// when the settings change, so the reports only add them up. Each column sums to the deal's
// amount over its rows (lead creation: when the journey has its lead-creation touch).
export const attributionCredits = pgTable(
  "attribution_credits",
  {
    workspaceId: workspaceId(),
    dealId: uuid("deal_id").notNull(),
    touchpointId: uuid("touchpoint_id").notNull(),
    /** The touch's program when it was credited (null: no program), for the reports. */
    programId: uuid("program_id"),
    /** first, lead, opportunity, closing: the journey positions this touch held. */
    roles: text("roles").array().notNull(),
    currency: text("currency").notNull(),
    wonAt: ts("won_at").notNull(),
    firstTouch: bigint("first_touch", { mode: "number" }).notNull(),
    leadCreation: bigint("lead_creation", { mode: "number" }).notNull(),
    lastTouch: bigint("last_touch", { mode: "number" }).notNull(),
    linear: bigint("linear", { mode: "number" }).notNull(),
    uShaped: bigint("u_shaped", { mode: "number" }).notNull(),
    wShaped: bigint("w_shaped", { mode: "number" }).notNull(),
    fullPath: bigint("full_path", { mode: "number" }).notNull(),
    timeDecay: bigint("time_decay", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.dealId, t.touchpointId] }),
    index("attribution_credits_won_idx").on(t.workspaceId, t.wonAt),
    foreignKey({
      columns: [t.workspaceId, t.dealId],
      foreignColumns: [deals.workspaceId, deals.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.workspaceId, t.touchpointId],
      foreignColumns: [touchpoints.workspaceId, touchpoints.id],
    }).onDelete("cascade"),
  ],
);
