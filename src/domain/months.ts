// Calendar months in UTC days ("YYYY-MM-DD"), for the reach rollup (store/queries/reports/
// reach-rollup.ts): which months are settled, and whether a period is whole months.

const DAY_MS = 86_400_000;

/** The first day of the month `day` (or an instant) falls in. */
export function monthOf(day: string | Date): string {
  const iso = typeof day === "string" ? day : day.toISOString();
  return `${iso.slice(0, 7)}-01`;
}

/** The first day of the month `n` months after `month` (negative: before). */
export function addMonths(month: string, n: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + n;
  return new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
}

/**
 * The last month the rollup may hold at `now`: one that ended at least a day ago, so that the
 * touches of its last hours recorded a little late (a sender's queue, a month-end batch) are in
 * before it is computed. Such a late touch still invalidates it; this only makes that rare.
 */
export function lastSettledMonth(now: Date): string {
  return addMonths(monthOf(new Date(now.getTime() - DAY_MS)), -1);
}

/** The months of a period of whole months (from a first day to a last day), else null. */
export function wholeMonths(from: string, to: string): { first: string; last: string } | null {
  if (from.slice(8) !== "01" || from > to) return null;
  const last = monthOf(to);
  if (addMonths(last, 1) !== new Date(Date.parse(to) + DAY_MS).toISOString().slice(0, 10)) return null;
  return { first: from, last };
}
