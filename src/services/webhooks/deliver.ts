// One attempt at one delivery (the `webhook.deliver` job): claim it, POST the signed payload
// through the guarded transport, and record the outcome — delivered on any 2xx; on a failure the
// next attempt is scheduled by the retry table, or the delivery is dead with its reason; a refused
// address is dead at once (retrying cannot make it public); a 410 Gone pauses the subscription.
// The HTTP request runs outside any transaction: a slow receiver holds no lock and no connection.
import { and, eq, sql } from "drizzle-orm";
import { type DeliveryStatus, nextAttemptAt, verdictOf } from "../../domain/webhooks.ts";
import { claimDelivery, dueDeliveries, nextDueOf } from "../../store/queries/webhooks.ts";
import { webhookDeliveries, webhookSubscriptions } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import type { Deps } from "../context.ts";
import { DeliveryFailed, DeliveryRefused, safePost } from "./safe-fetch.ts";
import { SIGNATURE_HEADER, signatureHeader } from "./signature.ts";

/** How long a claimed attempt keeps others off it; a worker that died mid-attempt frees it then. */
const LEASE_MS = 60_000;

export interface DeliveryJob {
  workspaceId: string;
  deliveryId: string;
}

export type AttemptOutcome =
  | { status: "not_due" }
  | {
      status: DeliveryStatus;
      httpStatus: number | null;
      error: string | null;
      attempts: number;
      subscriptionId: string;
    };

export async function deliverWebhook(deps: Deps, job: DeliveryJob): Promise<AttemptOutcome> {
  const now = deps.now();
  const lease = new Date(now.getTime() + LEASE_MS);
  const claimed = await inTransaction(deps.db, (tx) =>
    claimDelivery(tx, job.workspaceId, job.deliveryId, now, lease),
  );
  if (!claimed) return { status: "not_due" };
  const settle = (s: Settlement) => settleAttempt(deps, job, claimed, s);
  if (!claimed.active) {
    return settle({ status: "dead", httpStatus: null, error: "the subscription is paused" });
  }
  // The payload's keys in the documented order (jsonb keeps its own).
  const { id, type, occurredAt, workspaceId, data } = claimed.payload;
  const body = JSON.stringify({ id, type, occurredAt, workspaceId, data });
  const headers = {
    "Content-Type": "application/json",
    "User-Agent": "Baton-Webhooks/1",
    [SIGNATURE_HEADER]: signatureHeader(claimed.secret, body, deps.now()),
    "Baton-Event": claimed.event,
    "Baton-Delivery": claimed.id,
  };
  try {
    const answer = await safePost(claimed.url, body, headers, deps.webhooks);
    const verdict = verdictOf(answer.status);
    if (verdict.kind === "delivered")
      return settle({ status: "delivered", httpStatus: answer.status, error: null });
    if (verdict.kind === "gone") {
      return settle({
        status: "dead",
        httpStatus: answer.status,
        error: "HTTP 410 Gone: the receiver asked to stop; the subscription was paused",
        pauseSubscription: "The receiver answered 410 Gone",
      });
    }
    return retryOrDie(deps, claimed.attempts, answer.status, verdict.reason, settle);
  } catch (err) {
    if (err instanceof DeliveryRefused)
      return settle({ status: "dead", httpStatus: null, error: err.message });
    if (err instanceof DeliveryFailed) return retryOrDie(deps, claimed.attempts, null, err.message, settle);
    throw err;
  }
}

function retryOrDie(
  deps: Deps,
  attempts: number,
  httpStatus: number | null,
  reason: string,
  settle: (s: Settlement) => Promise<AttemptOutcome>,
) {
  const next = nextAttemptAt(attempts, deps.now());
  if (next) return settle({ status: "failed", httpStatus, error: reason, next });
  return settle({ status: "dead", httpStatus, error: `${reason} (gave up after ${attempts} attempts)` });
}

interface Settlement {
  status: DeliveryStatus;
  httpStatus: number | null;
  error: string | null;
  next?: Date;
  pauseSubscription?: string;
}

async function settleAttempt(
  deps: Deps,
  job: DeliveryJob,
  claimed: { attempts: number; subscription_id: string },
  s: Settlement,
): Promise<AttemptOutcome> {
  const { attempts } = claimed;
  const now = deps.now();
  await inTransaction(deps.db, async (tx) => {
    // Only the attempt this worker claimed: if its lease ran out and another took it, that one settles.
    const [row] = await tx
      .update(webhookDeliveries)
      .set({
        status: s.status,
        nextAttemptAt: s.next ?? null,
        lastStatusCode: s.httpStatus,
        lastError: s.error,
        deliveredAt: s.status === "delivered" ? now : null,
        leasedUntil: null,
      })
      .where(
        and(
          eq(webhookDeliveries.workspaceId, job.workspaceId),
          eq(webhookDeliveries.id, job.deliveryId),
          eq(webhookDeliveries.attempts, attempts),
          sql`${webhookDeliveries.status} in ('pending', 'failed')`,
        ),
      )
      .returning({ subscriptionId: webhookDeliveries.subscriptionId });
    if (row && s.pauseSubscription) {
      await tx
        .update(webhookSubscriptions)
        .set({ active: false, pausedReason: s.pauseSubscription, updatedAt: now })
        .where(
          and(
            eq(webhookSubscriptions.workspaceId, job.workspaceId),
            eq(webhookSubscriptions.id, row.subscriptionId),
          ),
        );
    }
  });
  return {
    status: s.status,
    httpStatus: s.httpStatus,
    error: s.error,
    attempts,
    subscriptionId: claimed.subscription_id,
  };
}

/** Deliveries whose attempt is due, for the worker's tick to hand to `webhook.deliver`. */
export function dueWebhookDeliveries(deps: Deps, options: { limit: number }): Promise<DeliveryJob[]> {
  return dueDeliveries(deps.db, deps.now(), options.limit);
}

/** The subscription's next due delivery, if any: a finished attempt hands its place on at once. */
export async function nextDueDelivery(
  deps: Deps,
  workspaceId: string,
  subscriptionId: string,
): Promise<DeliveryJob | null> {
  const id = await nextDueOf(deps.db, workspaceId, subscriptionId, deps.now());
  return id ? { workspaceId, deliveryId: id } : null;
}
