import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// Fixed-window counters for rate limits (login failures, public endpoints), in the database so
// every API process counts the same hits. Keyed by rule and subject ("login-account:ann@…");
// not per workspace: a login or a public link is answered before any workspace is known.
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
  hits: integer("hits").notNull(),
});
