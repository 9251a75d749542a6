// Outgoing webhooks: the events a subscription can listen to, what a delivery's attempts look
// like over time and when it gives up, and which subscription URLs are acceptable on their face
// (the address they lead to is checked again at every connection: services/webhooks/safe-fetch.ts).

export const WEBHOOK_EVENTS = [
  "contact.created",
  "contact.stage_changed",
  "contact.became_lead",
  "contact.handed_over",
  "contact.accepted",
  "contact.recycled",
  "contact.unsubscribed",
  "deal.won",
  "deal.lost",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Sent only by "Send test", to one subscription, whatever it listens to. */
export const PING_EVENT = "webhook.ping";
export type DeliveredEvent = WebhookEvent | typeof PING_EVENT;

/** In the app's words (the settings page's checkboxes, the docs' table). */
export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  "contact.created": "A contact is created",
  "contact.stage_changed": "A contact changes stage (any move)",
  "contact.became_lead": "A prospect becomes a lead",
  "contact.handed_over": "A lead is handed over to sales",
  "contact.accepted": "Sales accepts a hand-off",
  "contact.recycled": "A contact is recycled back to marketing",
  "contact.unsubscribed": "A contact unsubscribes",
  "deal.won": "A deal is won",
  "deal.lost": "A deal is lost",
};

export const DELIVERY_STATUSES = ["pending", "failed", "delivered", "dead"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * The waits after each failed attempt: 1 min, 5 min, 30 min, 2 h, 6 h, 12 h, 24 h. The first
 * attempt is at once, so a delivery gets 8 attempts over about 45 hours before it is dead.
 */
export const RETRY_DELAYS_SECONDS = [60, 300, 1800, 7200, 21_600, 43_200, 86_400] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1;

/** When the next attempt is due after `attempts` failed ones, or null when the delivery gives up. */
export function nextAttemptAt(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const delay = RETRY_DELAYS_SECONDS[Math.max(0, attempts - 1)]!;
  return new Date(now.getTime() + delay * 1000);
}

export type AttemptVerdict =
  | { kind: "delivered" }
  /** 410 Gone: the receiver says the endpoint is no more; the subscription is paused. */
  | { kind: "gone" }
  | { kind: "retry"; reason: string };

/** What an answer's status means: any 2xx is delivered; everything else is tried again. */
export function verdictOf(status: number): AttemptVerdict {
  if (status >= 200 && status < 300) return { kind: "delivered" };
  if (status === 410) return { kind: "gone" };
  return { kind: "retry", reason: `HTTP ${status}` };
}

export const MAX_WEBHOOK_URL = 2000;

/**
 * Why a subscription URL cannot be used, in the form's words, or null. Only its shape: whether
 * its host is a private address is the transport's question (a name may resolve anywhere).
 */
export function webhookUrlProblem(raw: string): string | null {
  if (raw.length > MAX_WEBHOOK_URL) return `The URL is longer than ${MAX_WEBHOOK_URL} characters.`;
  if (!URL.canParse(raw)) return "The URL is not a valid address (e.g. https://example.com/hooks/baton).";
  const url = new URL(raw);
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return "The URL must start with https:// or http://.";
  if (!url.hostname) return "The URL has no host.";
  if (url.username || url.password) return "The URL must not contain a user name or password.";
  if (url.hash) return "The URL must not contain a #fragment.";
  return null;
}

/** One event as a writer raises it: the receiver gets `data` (and the contact it names). */
export interface RaisedEvent {
  type: WebhookEvent;
  occurredAt: Date;
  data: Record<string, unknown>;
}

export interface StageMove {
  contactId: string;
  from: string | null;
  to: string;
  cause: string;
  causeId: string | null;
  reason: string | null;
  userId: string | null;
  at: Date;
  /** The hand-off this move started or settled, if any. */
  handoffId?: string | null;
  /** Sales took the contact: a pending hand-off accepted, or one accepted at once. */
  accepted?: boolean;
}

/**
 * The events one stage move raises: always `contact.stage_changed`, and the named milestone
 * when it is one (a lead, a hand-off, its acceptance, a recycle).
 */
export function stageMoveEvents(move: StageMove): RaisedEvent[] {
  const data = {
    contactId: move.contactId,
    from: move.from,
    to: move.to,
    cause: move.cause,
    causeId: move.causeId,
    reason: move.reason,
    userId: move.userId,
    handoffId: move.handoffId ?? null,
  };
  const at = move.at;
  const events: RaisedEvent[] = [{ type: "contact.stage_changed", occurredAt: at, data }];
  if (move.to === "lead") events.push({ type: "contact.became_lead", occurredAt: at, data });
  if (move.to === "sales_ready") events.push({ type: "contact.handed_over", occurredAt: at, data });
  if (move.accepted) events.push({ type: "contact.accepted", occurredAt: at, data });
  if (move.to === "recycled") events.push({ type: "contact.recycled", occurredAt: at, data });
  return events;
}
