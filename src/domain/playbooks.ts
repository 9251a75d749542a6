// Playbooks and sequences (product.md §1, idea 3) and the two guards of idea 4: stop marketing
// to someone who is ready to buy; do not sell to someone who is not.
import type { Temperature } from "./catalogue.ts";
import type { Stage } from "./stages.ts";

export const STEP_CHANNELS = [
  "email",
  "call_task",
  "meeting_task",
  "presentation_task",
  "proposal_task",
  "direct_mail_task",
  "ad_audience_export",
] as const;
export type StepChannel = (typeof STEP_CHANNELS)[number];
export type StepSide = "marketing" | "sales";
export const STEP_SIDES = ["marketing", "sales"] as const satisfies readonly StepSide[];

/**
 * Which side may run each channel: one-to-one work (calls, meetings, presentations, proposals) is
 * sales; one-to-many work (direct mail, ad audiences) is marketing; email is either.
 */
export const CHANNEL_SIDES: Record<StepChannel, readonly StepSide[]> = {
  email: ["marketing", "sales"],
  call_task: ["sales"],
  meeting_task: ["sales"],
  presentation_task: ["sales"],
  proposal_task: ["sales"],
  direct_mail_task: ["marketing"],
  ad_audience_export: ["marketing"],
};

/** The task a task step creates (its kind is also the touchpoint its completion logs). */
export const CHANNEL_TASK_KINDS = {
  call_task: "call",
  meeting_task: "meeting",
  presentation_task: "presentation",
  proposal_task: "proposal",
  direct_mail_task: "direct_mail",
} as const satisfies Partial<Record<StepChannel, string>>;
export type TaskChannel = keyof typeof CHANNEL_TASK_KINDS;

export function isTaskChannel(channel: StepChannel): channel is TaskChannel {
  return channel in CHANNEL_TASK_KINDS;
}

/**
 * How long the person has for a task a step creates: a call while the lead is warm (within the
 * hour), a day for meetings, presentations and proposals, two for a mailing.
 */
export const TASK_DUE_MINUTES: Record<TaskChannel, number> = {
  call_task: 60,
  meeting_task: 24 * 60,
  presentation_task: 24 * 60,
  proposal_task: 24 * 60,
  direct_mail_task: 2 * 24 * 60,
};

/** A year: the longest wait between two steps. */
export const MAX_DELAY_MINUTES = 525_600;
export const MAX_STEPS = 50;

export const ENROLMENT_STATUSES = ["active", "completed", "exited"] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

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

/**
 * The hand-off owns the first call: when the baton is passed, the owner gets one first-contact
 * task with the SLA's deadline. A playbook's call step that comes due while that task is open
 * (the hot playbook's "call within the hour") would be a second task for the same call, so it is
 * skipped; once the first call is made, later call steps run as written.
 */
export function callStepIsFirstContact(channel: StepChannel, firstContactTaskOpen: boolean): boolean {
  return channel === "call_task" && firstContactTaskOpen;
}

/** Why an active enrolment is not moving, in a user's words, or null when its next step will run. */
export function pauseOf(
  verdict: StepVerdict,
  stage: Stage,
): { outcome: "skipped" | "blocked"; why: string } | null {
  if (verdict.run) return null;
  if (verdict.outcome === "skipped") {
    return {
      outcome: "skipped",
      why: `Paused by the baton: sales owns this contact (${stage.replace("_", "-")}), so marketing steps are skipped until it comes back to marketing.`,
    };
  }
  return {
    outcome: "blocked",
    why: `Waiting for the baton: the contact is a ${stage === "recycled" ? "recycled lead" : stage}, not ready for sales; the sales step runs once marketing hands it over (or a user overrides the guard).`,
  };
}

/** A step as the rules see it. */
export interface StepRule {
  side: StepSide;
  channel: StepChannel;
  delayMinutes: number;
  templateId: string | null;
  taskTitle: string | null;
}

/**
 * What is wrong with an ordered step list, as `{ index, message }` (empty when it is fine). Email
 * steps need a template (whether it belongs to the workspace is the store's question).
 */
export function stepProblems(steps: readonly StepRule[]): { index: number; message: string }[] {
  const problems: { index: number; message: string }[] = [];
  if (steps.length > MAX_STEPS) problems.push({ index: -1, message: `at most ${MAX_STEPS} steps` });
  steps.forEach((step, index) => {
    const say = (message: string) => problems.push({ index, message });
    if (!CHANNEL_SIDES[step.channel].includes(step.side)) {
      say(`a ${step.channel} step is ${CHANNEL_SIDES[step.channel].join(" or ")} work, not ${step.side}`);
    }
    if (
      !Number.isInteger(step.delayMinutes) ||
      step.delayMinutes < 0 ||
      step.delayMinutes > MAX_DELAY_MINUTES
    ) {
      say(`the delay must be a whole number of minutes from 0 to ${MAX_DELAY_MINUTES} (a year)`);
    }
    if (step.channel === "email" && !step.templateId) say("an email step needs a template");
    if (step.channel !== "email" && step.templateId) say("only email steps have a template");
    if (isTaskChannel(step.channel) && !step.taskTitle?.trim()) say("a task step needs the task's text");
  });
  return problems;
}

/**
 * Who may edit a playbook: admins and marketing edit everything; sales may edit its own kind of
 * playbook only — one-to-one sequences (no tier) on the sales side.
 */
export function mayEditPlaybook(
  role: string,
  playbook: { tier: Temperature | null; side: StepSide },
): boolean {
  if (role === "admin" || role === "marketing") return true;
  return role === "sales" && playbook.tier === null && playbook.side === "sales";
}

const MINUTE = 60_000;

/** When a step runs: its delay after the previous step (or the enrolment). */
export function stepDueAt(previousAt: number, delayMinutes: number): number {
  return previousAt + delayMinutes * MINUTE;
}

/** The first live step at or after `position` (steps in any order; retired ones never run). */
export function nextLiveStep<T extends { position: number; retired: boolean }>(
  steps: readonly T[],
  position: number,
): T | null {
  let best: T | null = null;
  for (const s of steps) {
    if (s.retired || s.position < position) continue;
    if (!best || s.position < best.position) best = s;
  }
  return best;
}

/** Stages in which a contact runs no playbook at all: the work is done or abandoned. */
export function endsAllEnrolments(stage: Stage): boolean {
  return stage === "customer" || stage === "disqualified";
}

export interface TouchExits {
  /** Every active enrolment of the contact ends with this reason. */
  all: ExitReason | null;
  /** Marketing-side enrolments end with this reason (when `all` did not already end them). */
  marketing: ExitReason | null;
}

/**
 * What new touchpoints end: a reply or a booked meeting ends the contact's sequences (a person is
 * talking to us now), an unsubscribe ends marketing. The first reason in that order wins.
 */
export function exitsForTouches(kinds: readonly string[]): TouchExits {
  const all = kinds.includes("email_reply") ? "replied" : kinds.includes("meeting") ? "meeting_booked" : null;
  return { all, marketing: all === null && kinds.includes("unsubscribe") ? "unsubscribed" : null };
}

/**
 * The tier whose playbooks a contact enters now, or null: the temperature changed (or this is the
 * contact's first touch), and the contact is in a stage that still runs playbooks.
 */
export function tierEntered(input: {
  before: Temperature;
  after: Temperature;
  firstTouch: boolean;
  stage: Stage;
}): Temperature | null {
  if (endsAllEnrolments(input.stage)) return null;
  return input.before !== input.after || input.firstTouch ? input.after : null;
}

/**
 * The instant a contact entered the tier it is in now, from its stored cooling instants (for the
 * cooling sweep): it became warm when it stopped being hot, cold when it stopped being warm. Null
 * for a hot contact or one that never cooled (its entry came from a touchpoint).
 */
export function cooledInto(
  score: { hotUntil: number | null; warmUntil: number | null },
  now: number,
): { tier: Temperature; since: number } | null {
  if (score.hotUntil !== null && score.hotUntil >= now) return null;
  if (score.warmUntil !== null && score.warmUntil >= now) {
    return score.hotUntil === null ? null : { tier: "warm", since: score.hotUntil };
  }
  return score.warmUntil === null ? null : { tier: "cold", since: score.warmUntil };
}

export const RATE_WINDOW_MS = MINUTE;

/**
 * The per-minute send limit: with `sentInWindow` messages in the last minute, the oldest of them
 * at `oldestInWindow`, may one more go now? If not, the instant a slot frees (the oldest leaves
 * the window), never earlier than a second from now.
 */
export function rateLimitVerdict(input: {
  sentInWindow: number;
  oldestInWindow: number | null;
  limitPerMinute: number;
  now: number;
}): { allowed: true } | { allowed: false; retryAt: number } {
  if (input.sentInWindow < input.limitPerMinute) return { allowed: true };
  const frees = (input.oldestInWindow ?? input.now) + RATE_WINDOW_MS;
  return { allowed: false, retryAt: Math.max(frees, input.now + 1000) };
}

/** A blocked sales step looks again after this long (a guard may lift or be overridden meanwhile). */
export const BLOCKED_RECHECK_MINUTES = 60;
