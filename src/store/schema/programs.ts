import { bigint, char, date, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { CHANNELS } from "../../domain/catalogue.ts";
import { createdAt, id, updatedAt, workspaceId } from "./columns.ts";
import { workspaces } from "./workspaces.ts";

export const programs = pgTable(
  "programs",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    id: id(),
    name: text("name").notNull(),
    channel: text("channel", { enum: CHANNELS }).notNull(),
    description: text("description"),
    // Money is integer minor units (cents) plus an ISO 4217 currency.
    costMinor: bigint("cost_minor", { mode: "number" }).notNull().default(0),
    budgetMinor: bigint("budget_minor", { mode: "number" }),
    currency: char("currency", { length: 3 }).notNull(),
    startsOn: date("starts_on"),
    endsOn: date("ends_on"),
    callToAction: text("call_to_action"),
    utmCampaign: text("utm_campaign"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("programs_utm_campaign_key").on(t.workspaceId, t.utmCampaign),
  ],
);
