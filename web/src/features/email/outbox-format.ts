// How outbox statuses and reasons read on screen.

import { SKIP_REASON_LABELS, type SkipReason } from "#domain/email-guards";
import type { Schema } from "../../api/contract.ts";

type OutboxStatus = Schema<"OutboxMessage">["status"];

export const STATUS_COLORS: Record<OutboxStatus, string> = {
  queued: "blue",
  sending: "cyan",
  sent: "green",
  failed: "red",
  skipped: "gray",
};

/** A skip reason in words; bounces, refusals and retries keep the server's text. */
export function reasonLabel(reason: string | null): string {
  if (!reason) return "";
  return (SKIP_REASON_LABELS as Record<string, string>)[reason as SkipReason] ?? reason;
}

const SHORT: Record<SkipReason, string> = {
  suppressed: "suppressed",
  in_sales: "in sales",
  no_consent: "no consent",
  unsafe_header: "unsafe subject",
};

/** "in sales 1, no consent 2" */
export function skippedSummary(skipped: Record<string, number>): string {
  return Object.entries(skipped)
    .map(([reason, n]) => `${(SHORT as Record<string, string>)[reason] ?? reason} ${n}`)
    .join(", ");
}
