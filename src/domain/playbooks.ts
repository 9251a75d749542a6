// Playbooks and sequences (product.md §1, idea 3) and the two guards of idea 4: stop marketing
// to someone who is ready to buy; do not sell to someone who is not.
import type { Stage } from "./stages.ts";

export const STEP_CHANNELS = [
  "email",
  "call_task",
  "meeting_task",
  "direct_mail_task",
  "ad_audience_export",
] as const;
export type StepChannel = (typeof STEP_CHANNELS)[number];
export type StepSide = "marketing" | "sales";

export const EXIT_REASONS = [
  "completed",
  "replied",
  "meeting_booked",
  "tier_changed",
  "unsubscribed",
  "stage_changed",
  "removed",
] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

/** Marketing stops once the baton is passed: sales owns the conversation. */
export function marketingPaused(stage: Stage): boolean {
  return stage === "sales_ready" || stage === "in_sales";
}

/** Sales steps wait until marketing has made the lead ready (unless a user overrides, with a reason). */
export function salesBlocked(stage: Stage): boolean {
  return stage === "prospect" || stage === "lead" || stage === "recycled";
}

export type StepVerdict = { run: true } | { run: false; outcome: "skipped" | "blocked"; reason: string };

/**
 * What a step may do for a contact in this stage. Transactional email always goes; marketing
 * steps are skipped for contacts sales owns; sales steps are blocked for leads not yet ready,
 * unless a user overrode the guard for this contact.
 */
export function stepVerdict(input: {
  side: StepSide;
  stage: Stage;
  transactional: boolean;
  overridden: boolean;
}): StepVerdict {
  if (input.transactional) return { run: true };
  if (input.side === "marketing" && marketingPaused(input.stage)) {
    return { run: false, outcome: "skipped", reason: `in ${input.stage}: marketing is paused` };
  }
  if (input.side === "sales" && salesBlocked(input.stage) && !input.overridden) {
    return { run: false, outcome: "blocked", reason: `${input.stage} is not ready for sales` };
  }
  return { run: true };
}
