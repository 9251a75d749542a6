// Time arithmetic for the demo: dates, quarters, newsletter send days, working hours, and where
// to place a run of touches so that the contact has a chosen temperature at `now`.
import type { Temperature } from "../domain/catalogue.ts";
import { defaultScoringSettings } from "../domain/scoring-defaults.ts";
import { decayFactor, weightOf } from "../domain/temperature.ts";
import type { TouchpointKind } from "../domain/touchpoint-kinds.ts";
import type { Rng } from "./random.ts";

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
/** How far back the demo's history reaches: nine months. */
export const HISTORY_DAYS = 270;

export const startOfDay = (ms: number) => Math.floor(ms / DAY) * DAY;
export const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function quarterOf(ms: number): { label: string; start: number; end: number } {
  const d = new Date(ms);
  const q = Math.floor(d.getUTCMonth() / 3);
  const start = Date.UTC(d.getUTCFullYear(), q * 3, 1);
  const end = Date.UTC(d.getUTCFullYear(), q * 3 + 3, 1) - DAY;
  return { label: `Q${q + 1} ${d.getUTCFullYear()}`, start, end };
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
export const monthName = (ms: number) =>
  `${MONTHS[new Date(ms).getUTCMonth()]} ${new Date(ms).getUTCFullYear()}`;

/** The newsletter goes out on the first Tuesday of each month at 14:00 UTC. */
export function newsletterSendTimes(from: number, to: number): number[] {
  const sends: number[] = [];
  const first = new Date(from);
  for (let m = 0; ; m++) {
    const monthStart = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + m, 1);
    if (monthStart > to) return sends;
    const weekday = new Date(monthStart).getUTCDay();
    const send = monthStart + ((2 - weekday + 7) % 7) * DAY + 14 * HOUR;
    if (send >= from && send <= to) sends.push(send);
  }
}

// Where each market's working day falls in UTC (start hour); a day is nine working hours long.
const WORKDAY_START_UTC: Record<string, number> = {
  "United States": 13,
  Canada: 13,
  "United Kingdom": 8,
  Ireland: 8,
  Germany: 7,
  Netherlands: 7,
  France: 7,
  Sweden: 7,
  Australia: 0,
  Singapore: 1,
};

/**
 * Moves an instant into the contact's working hours on the same UTC day by squeezing the day's 24
 * hours into nine: monotone, so the order of a journey's events never changes. Today is left
 * alone (the squeezed time could lie after `now`).
 */
export function workingHours(ms: number, country: string, now: number): number {
  const day = startOfDay(ms);
  if (day === startOfDay(now)) return ms;
  const start = (WORKDAY_START_UTC[country] ?? 13) * HOUR;
  return day + start + Math.floor(((ms - day) * 9) / 24);
}

const SCORING = defaultScoringSettings();

/** Engagement at `at` of touches given by kind and time (§3's sum), with the default settings. */
export function engagementAt(touches: readonly { kind: TouchpointKind; at: number }[], at: number): number {
  let sum = 0;
  for (const t of touches) {
    if (t.at <= at) sum += weightOf(t.kind, SCORING) * decayFactor(at - t.at, SCORING.halfLifeMs);
  }
  return sum;
}

/** How long after a moment of engagement `e` the contact cools below `threshold` (negative: already below). */
const coolsAfter = (e: number, threshold: number) =>
  e <= 0 ? Number.NEGATIVE_INFINITY : SCORING.halfLifeMs * Math.log2(e / threshold);

/**
 * How long ago the last touch of a run must have happened for the run to leave the contact at
 * `target` now, given the run's engagement `eEnd` at its last touch. Null when the run is too weak
 * for that temperature. Margins keep a day between the chosen age and each threshold crossing so
 * that older touches and working-hour shifts do not tip the result.
 */
export function ageForTemperature(
  rng: Rng,
  eEnd: number,
  target: Temperature,
  limits: { minAge?: number; maxAge: number },
): number | null {
  const minAge = limits.minAge ?? 0.1 * DAY;
  const hotFor = coolsAfter(eEnd, SCORING.hotThreshold);
  const warmFor = coolsAfter(eEnd, SCORING.warmThreshold);
  if (target === "hot") {
    const hi = Math.min(0.85 * hotFor, limits.maxAge);
    return hi > minAge ? rng.between(minAge, hi) : null;
  }
  if (target === "warm") {
    const lo = Math.max(minAge, hotFor + DAY);
    const hi = Math.min(warmFor - DAY, limits.maxAge);
    return hi > lo ? rng.between(lo, hi) : null;
  }
  // Cold: below 5 at now, leaving room for a few weak touches (an email opened, a page viewed).
  const lo = Math.max(minAge, coolsAfter(eEnd, 5));
  return lo >= limits.maxAge ? limits.maxAge : rng.between(lo, limits.maxAge);
}
