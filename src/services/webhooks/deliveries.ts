// The deliveries an admin reads (newest first, by status or subscription), replays and tests.
// Replaying puts a failed or dead delivery back at the start of its retry schedule, due now; the
// worker's next tick attempts it. The receiver sees the same Baton-Delivery id again.
import { and, desc, eq, lt, type SQL, sql } from "drizzle-orm";
import { uuidv7 } from "uuidv7";
import { AppError, notFound } from "../../domain/errors.ts";
import { PING_EVENT } from "../../domain/webhooks.ts";
import { webhookDeliveries } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { pageById } from "../pagination.ts";
import { loadSubscription, WEBHOOK_ADMINS } from "./subscriptions.ts";
import type { DeliveryFilter } from "./webhook-schemas.ts";

type Row = typeof webhookDeliveries.$inferSelect;

const present = (d: Row) => ({
  id: d.id,
  subscriptionId: d.subscriptionId,
  event: d.event,
  eventId: d.eventId,
  status: d.status,
  attempts: d.attempts,
  nextAttemptAt:
    d.status === "pending" || d.status === "failed" ? (d.nextAttemptAt?.toISOString() ?? null) : null,
  lastAttemptAt: d.lastAttemptAt?.toISOString() ?? null,
  lastStatusCode: d.lastStatusCode,
  lastError: d.lastError,
  deliveredAt: d.deliveredAt?.toISOString() ?? null,
  createdAt: d.createdAt.toISOString(),
  payload: d.payload as Record<string, unknown>,
});
export type DeliveryView = ReturnType<typeof present>;

export async function listDeliveries(
  deps: Deps,
  actor: Actor,
  query: DeliveryFilter & { limit: number; cursor?: string },
) {
  authorize(actor, WEBHOOK_ADMINS, "manage webhooks");
  return pageById(query, async ({ limit, afterId }) => {
    const where: (SQL | undefined)[] = [
      eq(webhookDeliveries.workspaceId, actor.workspaceId),
      query.status ? eq(webhookDeliveries.status, query.status) : undefined,
      query.subscriptionId ? eq(webhookDeliveries.subscriptionId, query.subscriptionId) : undefined,
      afterId ? lt(webhookDeliveries.id, afterId) : undefined,
    ];
    const rows = await deps.db
      .select()
      .from(webhookDeliveries)
      .where(and(...where))
      .orderBy(desc(webhookDeliveries.id))
      .limit(limit);
    return rows.map(present);
  });
}

export async function getDelivery(deps: Deps, actor: Actor, id: string): Promise<DeliveryView> {
  authorize(actor, WEBHOOK_ADMINS, "manage webhooks");
  const [row] = await deps.db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.workspaceId, actor.workspaceId), eq(webhookDeliveries.id, id)));
  if (!row) throw notFound("Delivery", id);
  return present(row);
}

export async function replayDelivery(deps: Deps, actor: Actor, id: string): Promise<DeliveryView> {
  authorize(actor, WEBHOOK_ADMINS, "manage webhooks");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const where = and(eq(webhookDeliveries.workspaceId, actor.workspaceId), eq(webhookDeliveries.id, id));
    const [row] = await tx.select().from(webhookDeliveries).where(where).for("update");
    if (!row) throw notFound("Delivery", id);
    if (row.status !== "dead" && row.status !== "failed") {
      throw new AppError(
        "conflict",
        row.status === "delivered"
          ? "This delivery was delivered; only failed or dead deliveries can be replayed."
          : "This delivery is waiting for its first attempt already.",
      );
    }
    const subscription = await loadSubscription(tx, actor.workspaceId, row.subscriptionId);
    if (!subscription.active) {
      throw new AppError("conflict", "The webhook is paused; switch it on before replaying its deliveries.");
    }
    const [replayed] = await tx
      .update(webhookDeliveries)
      .set({ status: "pending", attempts: 0, nextAttemptAt: now })
      .where(where)
      .returning();
    return present(replayed!);
  });
}

/** "Send test": a `webhook.ping` delivery to this subscription only, due now. */
export async function sendTestDelivery(
  deps: Deps,
  actor: Actor,
  subscriptionId: string,
): Promise<DeliveryView> {
  authorize(actor, WEBHOOK_ADMINS, "manage webhooks");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const subscription = await loadSubscription(tx, actor.workspaceId, subscriptionId);
    if (!subscription.active)
      throw new AppError("conflict", "The webhook is paused; switch it on to test it.");
    const eventId = uuidv7();
    const payload = {
      id: eventId,
      type: PING_EVENT,
      occurredAt: now.toISOString(),
      workspaceId: actor.workspaceId,
      data: { subscriptionId, userId: actor.userId, message: "A test delivery sent from Baton." },
    };
    const [row] = await tx
      .insert(webhookDeliveries)
      .values({
        workspaceId: actor.workspaceId,
        subscriptionId,
        event: PING_EVENT,
        eventId,
        payload: sql`${JSON.stringify(payload)}::jsonb`,
        status: "pending",
        nextAttemptAt: now,
        createdAt: now,
      })
      .returning();
    return present(row!);
  });
}
