// Who may get an email, decided again at queue time and at send time: suppressed addresses get
// nothing (transactional mail stops only for a hard bounce), marketing mail needs marketing
// consent, and marketing stops once the baton is passed (product.md §1, idea 4).
import { marketingPaused } from "./playbooks.ts";
import type { Stage } from "./stages.ts";

/**
 * marketing: one-to-many, needs consent, stops at the baton. sales: a one-to-one sequence's mail
 * to a contact sales works (the sales guard decides when it may start); stopped only by the
 * suppression list. transactional: always goes, unless the address bounced hard.
 */
export type EmailKind = "marketing" | "sales" | "transactional";
/** "erased": the address was an erased contact's (GDPR); it gets no mail of any kind, ever. */
export type SuppressionReason = "hard_bounce" | "unsubscribe" | "complaint" | "manual" | "erased";

/** A message's life in the outbox: queued → sending → sent | failed, or skipped by a guard. */
export const OUTBOX_STATUSES = ["queued", "sending", "sent", "failed", "skipped"] as const;

export const SKIP_REASONS = ["suppressed", "in_sales", "no_consent", "unsafe_header"] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

export const SKIP_REASON_LABELS: Record<SkipReason, string> = {
  suppressed: "Address is on the suppression list",
  in_sales: "Sales owns this contact (marketing paused)",
  no_consent: "No marketing consent",
  unsafe_header: "A merge value would break the subject line",
};

export interface Recipient {
  stage: Stage;
  /** The latest marketing consent: true granted, false withdrawn, null never recorded. */
  marketingConsent: boolean | null;
  /** The address's suppression, if any. */
  suppression: SuppressionReason | null;
}

export function sendBlocker(kind: EmailKind, r: Recipient): SkipReason | null {
  if (
    r.suppression &&
    (kind !== "transactional" || r.suppression === "hard_bounce" || r.suppression === "erased")
  )
    return "suppressed";
  if (kind !== "marketing") return null;
  if (marketingPaused(r.stage)) return "in_sales";
  if (r.marketingConsent !== true) return "no_consent";
  return null;
}
