// The contact's lifecycle (product.md §2): which stage may follow which, for which cause, and what
// each transition sets in motion. One table, read by the one service that changes stages
// (services/lifecycle/change-stage.ts) and by its set-based form for touchpoints.
import type { Stage } from "./stages.ts";

/** What moved the contact: a touchpoint (the automatic rule), a deal, a hand-off, or a user by hand. */
export const STAGE_CAUSES = ["touchpoint", "deal", "handoff", "user"] as const;
export type StageCause = (typeof STAGE_CAUSES)[number];

/** Stages marketing owns: the sales guard blocks sales steps, a deal here is a hand-off too. */
export const MARKETING_STAGES: readonly Stage[] = ["prospect", "lead", "recycled", "disqualified"];
export const isMarketingOwned = (stage: Stage) => MARKETING_STAGES.includes(stage);

/** Which stage may follow which (a user may make any of these moves by hand). */
const NEXT: Record<Stage, readonly Stage[]> = {
  prospect: ["lead", "sales_ready", "in_sales", "customer", "disqualified"],
  lead: ["sales_ready", "in_sales", "customer", "disqualified"],
  // Marketing may take a lead back before sales answers; sales accepts, recycles or wins it.
  sales_ready: ["lead", "in_sales", "customer", "recycled", "disqualified"],
  in_sales: ["customer", "recycled", "disqualified"],
  // A customer who churns goes back to marketing's nurture.
  customer: ["recycled"],
  recycled: ["sales_ready", "in_sales", "customer", "disqualified"],
  disqualified: ["prospect", "lead", "in_sales", "customer"],
};

/** The moves each automatic cause may make; a user may make any move of the table. */
const BY_CAUSE: Record<Exclude<StageCause, "user">, (from: Stage, to: Stage) => boolean> = {
  // A prospect becomes a lead with its first inbound response; nothing else moves on its own.
  touchpoint: (from, to) => from === "prospect" && to === "lead",
  // Opening a deal makes the contact sales-owned; winning one makes it a customer.
  deal: (_from, to) => to === "in_sales" || to === "customer",
  // Passing the baton, and sales accepting or recycling it.
  handoff: (from, to) =>
    to === "sales_ready" || (from === "sales_ready" && (to === "in_sales" || to === "recycled")),
};

/** What a transition sets in motion, applied by the stage service in the same transaction. */
export interface TransitionEffects {
  /** → sales_ready: an owner, a first-contact task within the SLA, a pending hand-off, a notification. */
  passBaton: boolean;
  /**
   * A marketing-owned contact goes straight to sales (a deal opened, or moved by hand): the same
   * hand-off, accepted at once by the new owner; the sales guard's override is logged.
   */
  handOverAccepted: boolean;
  /** How the contact's open hand-off (if any) is settled. */
  settleHandoff: "accepted" | "recycled" | null;
  /** The open hand-off's first-contact task is closed (the first call no longer waits). */
  closeFirstTask: boolean;
  /** Every active enrolment ends (`stage_changed`): the journey is over. */
  endEnrolments: boolean;
  /** Back to marketing: the sales owner is cleared. */
  clearOwner: boolean;
  /** A recycled lead rests for the workspace's cool-down before it can be handed over again. */
  startCooldown: boolean;
}

export type TransitionPlan = { ok: true; effects: TransitionEffects } | { ok: false; reason: string };

const LABEL: Record<Stage, string> = {
  prospect: "a prospect",
  lead: "a lead",
  sales_ready: "sales-ready",
  in_sales: "in sales",
  customer: "a customer",
  recycled: "recycled",
  disqualified: "disqualified",
};
export const stageLabel = (stage: Stage) => LABEL[stage];

/**
 * Whether `from` may become `to` for this cause, and what that does. `from` null is a contact
 * being created: any stage, nothing set in motion beyond what its first stage needs.
 */
export function planTransition(from: Stage | null, to: Stage, cause: StageCause): TransitionPlan {
  if (from === to) return { ok: false, reason: `The contact is already ${LABEL[to]}.` };
  if (from !== null && !NEXT[from].includes(to)) {
    return { ok: false, reason: `A contact that is ${LABEL[from]} cannot become ${LABEL[to]}.` };
  }
  if (from !== null && cause !== "user" && !BY_CAUSE[cause](from, to)) {
    return { ok: false, reason: `A ${cause} cannot move a contact from ${LABEL[from]} to ${LABEL[to]}.` };
  }
  const pending = from === "sales_ready";
  const backToMarketing = to === "lead" || to === "prospect" || to === "recycled" || to === "disqualified";
  return {
    ok: true,
    effects: {
      passBaton: to === "sales_ready",
      handOverAccepted: to === "in_sales" && from !== null && isMarketingOwned(from),
      settleHandoff: pending ? (backToMarketing ? "recycled" : "accepted") : null,
      closeFirstTask: backToMarketing || to === "customer",
      endEnrolments: to === "customer" || to === "disqualified",
      // Only a move back from sales clears the sales owner: a prospect becoming a lead (or a
      // contact entered as a lead with an owner named) keeps the one it was given.
      clearOwner:
        (to === "lead" || to === "prospect" || to === "recycled") && from !== null && !isMarketingOwned(from),
      startCooldown: to === "recycled",
    },
  };
}

/** Every stage that may follow `from` (for a user's stage picker). */
export const nextStages = (from: Stage): readonly Stage[] => NEXT[from];
