import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  foreignKey,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { Role } from "../../domain/catalogue.ts";
import { PRICE_CHANNELS, type PriceChannel } from "../../domain/pricing.ts";
import { createdAt, id, ts, updatedAt, workspaceId } from "./columns.ts";
import { partners, users } from "./users.ts";
import { workspaces } from "./workspaces.ts";

// What the workspace sells (the 4 P's: product).
export const products = pgTable(
  "products",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    id: id(),
    sku: text("sku").notNull(),
    name: text("name").notNull(),
    description: text("description"),
    active: boolean("active").notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("products_sku_key").on(t.workspaceId, sql`lower(${t.sku})`),
  ],
);

// Prices per distribution channel (place): one currency per book. A partner book is the one
// partner's own prices; a book without a partner serves the whole channel.
export const priceBooks = pgTable(
  "price_books",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    id: id(),
    name: text("name").notNull(),
    channel: text("channel", { enum: PRICE_CHANNELS }).$type<PriceChannel>().notNull(),
    currency: char("currency", { length: 3 }).notNull(),
    partnerId: uuid("partner_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("price_books_name_key").on(t.workspaceId, sql`lower(${t.name})`),
    foreignKey({
      columns: [t.workspaceId, t.partnerId],
      foreignColumns: [partners.workspaceId, partners.id],
    }).onDelete("cascade"),
  ],
);

export const priceBookEntries = pgTable(
  "price_book_entries",
  {
    workspaceId: workspaceId(),
    priceBookId: uuid("price_book_id").notNull(),
    productId: uuid("product_id").notNull(),
    unitPriceMinor: bigint("unit_price_minor", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.priceBookId, t.productId] }),
    foreignKey({
      columns: [t.workspaceId, t.priceBookId],
      foreignColumns: [priceBooks.workspaceId, priceBooks.id],
    }).onDelete("cascade"),
    foreignKey({
      columns: [t.workspaceId, t.productId],
      foreignColumns: [products.workspaceId, products.id],
    }).onDelete("cascade"),
  ],
);

// The workspace's discount policy (one row), set by marketing or an admin.
export const discountPolicies = pgTable(
  "discount_policies",
  {
    workspaceId: uuid("workspace_id")
      .primaryKey()
      .references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    defaultMaxDiscountBp: integer("default_max_discount_bp").notNull(),
    maxDiscountBpByRole: jsonb("max_discount_bp_by_role").$type<Partial<Record<Role, number>>>().notNull(),
    maxDiscountBpByChannel: jsonb("max_discount_bp_by_channel")
      .$type<Partial<Record<PriceChannel, number>>>()
      .notNull(),
    giveawaysAllowed: boolean("giveaways_allowed").notNull(),
    /** A request waiting longer than this is flagged to the approvers. */
    approvalAlertHours: integer("approval_alert_hours").notNull().default(24),
    updatedBy: uuid("updated_by"),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.workspaceId, t.updatedBy], foreignColumns: [users.workspaceId, users.id] }),
  ],
);
