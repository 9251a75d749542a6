import { sql } from "drizzle-orm";
import {
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { DELIVERY_STATUSES } from "../../domain/webhooks.ts";
import { createdAt, id, ts, updatedAt, workspaceId } from "./columns.ts";
import { workspaces } from "./workspaces.ts";

// Where the workspace's events go: a URL, the events it listens to and the secret its deliveries
// are signed with. The secret is kept as is (signing needs it); it is shown when made or rotated.
export const webhookSubscriptions = pgTable(
  "webhook_subscriptions",
  {
    workspaceId: workspaceId().references(() => workspaces.workspaceId, { onDelete: "cascade" }),
    id: id(),
    url: text("url").notNull(),
    events: text("events").array().notNull(),
    secret: text("secret").notNull(),
    active: boolean("active").notNull().default(true),
    /** Why Baton paused it (a 410 Gone), shown beside the switch; null when a user did. */
    pausedReason: text("paused_reason"),
    description: text("description"),
    createdBy: uuid("created_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

// One event for one subscription: written in the transaction of the change that caused it (the
// outbox pattern), then attempted by the `webhook.deliver` job until delivered or dead.
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    workspaceId: workspaceId(),
    id: id(),
    subscriptionId: uuid("subscription_id").notNull(),
    event: text("event").notNull(),
    /** The event's id, the same in every subscription's delivery of it. */
    eventId: uuid("event_id").notNull(),
    /** `{ id, type, occurredAt, workspaceId, data }`, sent as JSON in that key order. */
    payload: jsonb("payload").notNull(),
    status: text("status", { enum: DELIVERY_STATUSES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    /** Due (pending, failed), or leased to the worker attempting it; null once settled. */
    nextAttemptAt: ts("next_attempt_at"),
    lastAttemptAt: ts("last_attempt_at"),
    /** Set while a worker attempts it: the lease (in flight until then), cleared when settled. */
    leasedUntil: ts("leased_until"),
    lastStatusCode: integer("last_status_code"),
    /** In words: "timed out after 10 s", "refused: 10.0.0.5 is a private address", "HTTP 500". */
    lastError: text("last_error"),
    deliveredAt: ts("delivered_at"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("webhook_deliveries_event_key").on(t.workspaceId, t.subscriptionId, t.eventId),
    index("webhook_deliveries_status_idx").on(t.workspaceId, t.status, t.id),
    index("webhook_deliveries_subscription_idx").on(t.workspaceId, t.subscriptionId, t.id),
    // The worker's tick: deliveries whose attempt is due, across workspaces, soonest first.
    index("webhook_deliveries_due_idx").on(t.nextAttemptAt).where(sql`${t.status} in ('pending', 'failed')`),
    // A subscription's next due delivery, when an attempt hands its place on.
    index("webhook_deliveries_waiting_idx")
      .on(t.workspaceId, t.subscriptionId, t.nextAttemptAt)
      .where(sql`${t.status} in ('pending', 'failed')`),
    // The attempts in flight per subscription (at most MAX_IN_FLIGHT, so one slow receiver
    // cannot take every worker slot).
    index("webhook_deliveries_in_flight_idx")
      .on(t.workspaceId, t.subscriptionId, t.leasedUntil)
      .where(sql`${t.leasedUntil} is not null`),
    foreignKey({
      columns: [t.workspaceId, t.subscriptionId],
      foreignColumns: [webhookSubscriptions.workspaceId, webhookSubscriptions.id],
    }).onDelete("cascade"),
  ],
);
