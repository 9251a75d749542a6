// A program's status and its headline figures, the same on every screen and in the API.

export const PROGRAM_STATUSES = ["planned", "active", "ended", "archived"] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

/** Days are ISO dates (YYYY-MM-DD), compared as text; `today` is the reader's UTC day. */
export function programStatus(
  p: { startsOn: string | null; endsOn: string | null; archived: boolean },
  today: string,
): ProgramStatus {
  if (p.archived) return "archived";
  if (p.startsOn !== null && p.startsOn > today) return "planned";
  if (p.endsOn !== null && p.endsOn < today) return "ended";
  return "active";
}

/**
 * Money per outcome in minor units, rounded half up to the minor unit; null when there is no
 * outcome to divide by (a program with no leads has no cost per lead, not an infinite one) or no
 * cost entered (null: a program without cost lines has an unknown cost per lead, not a free one).
 */
export function costPer(costMinor: number | null, count: number): number | null {
  if (costMinor === null || count === 0) return null;
  return Math.round(costMinor / count);
}

/** The UTC day of an instant. */
export const utcDay = (at: Date) => at.toISOString().slice(0, 10);
