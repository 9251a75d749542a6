// Labels and small rules the playbook screens share. Which channel fits which side mirrors the
// server's rule (domain/playbooks.ts); the server checks it again on save.

import type { Schema, Side } from "../../api/contract.ts";

type StepChannel = Schema<"PlaybookStep">["channel"];

export const CHANNELS: { value: StepChannel; label: string; sides: Side[]; task: boolean }[] = [
  { value: "email", label: "Email", sides: ["marketing", "sales"], task: false },
  { value: "call_task", label: "Call task", sides: ["sales"], task: true },
  { value: "meeting_task", label: "Meeting task", sides: ["sales"], task: true },
  { value: "presentation_task", label: "Presentation task", sides: ["sales"], task: true },
  { value: "proposal_task", label: "Proposal task", sides: ["sales"], task: true },
  { value: "direct_mail_task", label: "Direct mail task", sides: ["marketing"], task: true },
  { value: "ad_audience_export", label: "Ad audience", sides: ["marketing"], task: false },
];

export function channelLabel(channel: string | null | undefined): string {
  return CHANNELS.find((c) => c.value === channel)?.label ?? channel ?? "—";
}

export function channelsFor(side: Side) {
  return CHANNELS.filter((c) => c.sides.includes(side));
}

export function isTaskChannel(channel: StepChannel): boolean {
  return CHANNELS.find((c) => c.value === channel)?.task ?? false;
}

export type DelayUnit = "minutes" | "hours" | "days";
export const UNIT_MINUTES: Record<DelayUnit, number> = { minutes: 1, hours: 60, days: 24 * 60 };

/** The largest unit that divides the delay: 2,880 minutes → 2 days. */
export function splitDelay(minutes: number): { amount: number; unit: DelayUnit } {
  if (minutes > 0 && minutes % UNIT_MINUTES.days === 0)
    return { amount: minutes / UNIT_MINUTES.days, unit: "days" };
  if (minutes > 0 && minutes % UNIT_MINUTES.hours === 0)
    return { amount: minutes / UNIT_MINUTES.hours, unit: "hours" };
  return { amount: minutes, unit: "minutes" };
}

export function formatDelay(minutes: number): string {
  if (minutes === 0) return "at once";
  const { amount, unit } = splitDelay(minutes);
  return `after ${amount} ${amount === 1 ? unit.slice(0, -1) : unit}`;
}

export const TIER_LABELS: Record<string, string> = { cold: "Cold", warm: "Warm", hot: "Hot" };

export const EXIT_REASON_LABELS: Record<string, string> = {
  replied: "Replied",
  meeting_booked: "Meeting booked",
  tier_changed: "Changed tier",
  unsubscribed: "Unsubscribed",
  stage_changed: "Stage changed",
  removed: "Removed",
};

export const EVENT_LABELS: Record<string, string> = {
  enrolled: "Enrolled",
  guard_overridden: "Guard overridden",
  email_queued: "Email queued",
  email_skipped: "Email skipped",
  task_created: "Task created",
  audience_exported: "Added to the ad audience",
  skipped: "Skipped (sales owns the contact)",
  blocked: "Blocked (not ready for sales)",
  deferred: "Waiting",
  failed: "Failed",
  completed: "Completed",
  exited: "Exited",
};

/** One line of what an event's detail says, as text. */
export function eventDetail(kind: string, detail: Record<string, unknown>): string {
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  if (kind === "exited") return EXIT_REASON_LABELS[text(detail.reason)] ?? text(detail.reason);
  if (kind === "deferred") {
    const why = detail.why === "window" ? "outside the sending window" : "send rate limit";
    return `${why} — until ${new Date(text(detail.until)).toLocaleString()}`;
  }
  if (kind === "guard_overridden") return `Reason: ${text(detail.reason)}`;
  if (kind === "email_skipped") return text(detail.reason);
  if (kind === "skipped" || kind === "blocked") return text(detail.reason);
  if (kind === "enrolled") return detail.via === "manual" ? "by hand" : `by ${text(detail.via)}`;
  return "";
}

export const STATUS_COLORS: Record<string, string> = { active: "green", completed: "blue", exited: "gray" };
