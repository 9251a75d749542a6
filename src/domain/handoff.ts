// Passing the baton (product.md §1, idea 4): when a lead is sales-ready, who gets it, and by
// when sales must make first contact — counted in the workspace's business hours.
import { TZDate } from "@date-fns/tz";
import type { Temperature } from "./catalogue.ts";
import type { Stage } from "./stages.ts";

export const GRADES = ["A", "B", "C", "D"] as const;
export type Grade = (typeof GRADES)[number];

export interface HandoffRule {
  /** The temperature at which a lead is sales-ready. */
  temperature: "warm" | "hot";
  /** The worst fit grade still handed over; applies once contacts have grades (null grade: ignored). */
  minGrade: Grade | null;
}

/** Opening hours in a time zone: ISO weekdays (1 = Monday … 7 = Sunday), "HH:MM" local times. */
export interface BusinessHours {
  timeZone: string;
  days: number[];
  start: string;
  end: string;
}

export const DEFAULT_HANDOFF_SETTINGS = {
  rule: { temperature: "hot", minGrade: "B" } as HandoffRule,
  slaMinutes: 24 * 60,
  businessHours: { timeZone: "UTC", days: [1, 2, 3, 4, 5], start: "09:00", end: "17:00" } as BusinessHours,
  recycleCooldownDays: 30,
};

export const RECYCLE_REASONS = ["not_ready", "no_budget", "bad_timing", "bad_fit", "no_response"] as const;
export type RecycleReason = (typeof RECYCLE_REASONS)[number];

/** Stages marketing owns, from which a lead can be handed over. */
const HANDOFF_FROM: readonly Stage[] = ["lead", "recycled"];

export interface HandoffCandidate {
  stage: Stage;
  temperature: Temperature;
  grade: Grade | null;
  /** A recycled lead rests until then (epoch ms). */
  cooldownUntil: number | null;
}

/** Whether the rule says this contact is ready for sales now. */
export function isSalesReady(c: HandoffCandidate, rule: HandoffRule, now: number): boolean {
  if (!HANDOFF_FROM.includes(c.stage)) return false;
  if (c.cooldownUntil !== null && c.cooldownUntil > now) return false;
  const warmEnough = rule.temperature === "warm" ? c.temperature !== "cold" : c.temperature === "hot";
  if (!warmEnough) return false;
  if (rule.minGrade && c.grade) return GRADES.indexOf(c.grade) <= GRADES.indexOf(rule.minGrade);
  return true;
}

const MINUTE = 60_000;

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return h! * 60 + m!;
}

/** The open and close instants (epoch ms) of the local calendar day containing `ms`, or null if closed. */
function windowOfDay(ms: number, hours: BusinessHours): { open: number; close: number; nextDay: number } {
  const local = new TZDate(ms, hours.timeZone);
  const y = local.getFullYear();
  const mo = local.getMonth();
  const d = local.getDate();
  const at = (minutes: number) =>
    new TZDate(y, mo, d, Math.floor(minutes / 60), minutes % 60, hours.timeZone).getTime();
  const isoDay = local.getDay() === 0 ? 7 : local.getDay();
  const nextDay = new TZDate(y, mo, d + 1, 0, 0, hours.timeZone).getTime();
  if (!hours.days.includes(isoDay)) return { open: nextDay, close: nextDay, nextDay };
  return { open: at(minutesOf(hours.start)), close: at(minutesOf(hours.end)), nextDay };
}

/**
 * "Within the next two business days", as an instant: two working days' worth of business time
 * from `now` (Friday 18:00 → Tuesday's close; Monday 10:00 → Wednesday 10:00). A hot lead whose
 * cooling instant falls before it, with nothing planned, is about to go warm unattended. Without
 * business hours, two calendar days.
 */
export function coolingSoonHorizon(now: number, hours: BusinessHours): number {
  const dayMinutes = minutesOf(hours.end) - minutesOf(hours.start);
  if (hours.days.length === 0 || dayMinutes <= 0) return now + 2 * 24 * 60 * MINUTE;
  return addBusinessMinutes(now, 2 * dayMinutes, hours);
}

/**
 * `start` plus `minutes` of business time: the clock runs only inside the opening hours (DST
 * handled by the time zone). With no open days the clock always runs.
 */
export function addBusinessMinutes(start: number, minutes: number, hours: BusinessHours): number {
  if (hours.days.length === 0 || minutesOf(hours.end) <= minutesOf(hours.start))
    return start + minutes * MINUTE;
  let cursor = start;
  let remaining = minutes * MINUTE;
  for (let guard = 0; guard < 3700; guard++) {
    const { open, close, nextDay } = windowOfDay(cursor, hours);
    if (cursor < open) cursor = open;
    if (cursor < close) {
      if (remaining <= close - cursor) return cursor + remaining;
      remaining -= close - cursor;
    }
    cursor = nextDay;
  }
  throw new Error("addBusinessMinutes: no opening hours found within ten years");
}

/** The first instant at or after `ms` inside the opening hours (a sending window). */
export function nextOpenInstant(ms: number, hours: BusinessHours): number {
  return addBusinessMinutes(ms, 0, hours);
}

/**
 * Round-robin: the user for the `slot`-th round-robin hand-off (0, 1, 2, …), walking a stable
 * order and wrapping. A slot never taken (a rolled-back batch) skips one user once.
 */
export function roundRobinPick(userIds: readonly string[], slot: number): string | null {
  if (userIds.length === 0) return null;
  return userIds[((slot % userIds.length) + userIds.length) % userIds.length]!;
}

export interface AssignmentRule {
  id: string;
  field: "country" | "industry" | "company_size" | "occupation";
  value: string;
  userId: string;
}

/** The first territory or segment rule the contact matches (case-insensitive), or null. */
export function matchAssignmentRule(
  contact: Partial<Record<AssignmentRule["field"], string | null>>,
  rules: readonly AssignmentRule[],
): AssignmentRule | null {
  return rules.find((r) => contact[r.field]?.trim().toLowerCase() === r.value.trim().toLowerCase()) ?? null;
}

/** A lead waiting for acceptance that has already cooled below hot: sales waited too long. */
export function cooledWhileWaiting(hotUntil: number | null, now: number): boolean {
  return hotUntil === null || hotUntil < now;
}
