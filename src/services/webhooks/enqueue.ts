// The one hook a writer calls: raise events inside its own transaction. Each becomes a delivery
// row per active subscription listening to it (the outbox pattern), so an event is sent exactly
// when the change that caused it commits, and never for one that rolled back. Set-based: a batch
// of any size is one statement, and a workspace without subscriptions writes nothing.
import { uuidv7 } from "uuidv7";
import type { RaisedEvent, WebhookEvent } from "../../domain/webhooks.ts";
import type { Executor } from "../../store/db.ts";
import { anyListener, insertEventDeliveries } from "../../store/queries/webhooks.ts";

/** From this many events on, a batch first asks whether anyone listens before sending them all. */
const LARGE_BATCH = 50;

export async function enqueueWebhookEvents(
  ex: Executor,
  workspaceId: string,
  events: readonly RaisedEvent[],
  now: Date,
): Promise<number> {
  if (events.length === 0) return 0;
  if (events.length >= LARGE_BATCH) {
    const types = [...new Set(events.map((e) => e.type))];
    if (!(await anyListener(ex, workspaceId, types))) return 0;
  }
  return insertEventDeliveries(
    ex,
    workspaceId,
    events.map((e) => ({
      id: uuidv7(),
      type: e.type,
      occurred_at: e.occurredAt.toISOString(),
      data: e.data,
    })),
    now,
  );
}

/** One event, for writers that change one thing at a time. */
export function enqueueWebhookEvent(
  ex: Executor,
  workspaceId: string,
  type: WebhookEvent,
  data: Record<string, unknown>,
  now: Date,
): Promise<number> {
  return enqueueWebhookEvents(ex, workspaceId, [{ type, occurredAt: now, data }], now);
}
