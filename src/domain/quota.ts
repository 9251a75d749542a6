// Quotas (product.md §1, idea 9): a target per rep and period, and attainment from won deals.
// Dates are calendar days "YYYY-MM-DD" in the workspace's calendar; won instants are epoch ms
// compared against the period's UTC bounds.

export type QuotaPeriod = "month" | "quarter";

export interface Quota {
  userId: string;
  period: QuotaPeriod;
  /** First day of the period, e.g. 2026-04-01 for Q2 2026. */
  startsOn: string;
  targetMinor: number;
  currency: string;
}

export interface WonDeal {
  ownerId: string;
  amountMinor: number;
  currency: string;
  wonAt: number;
}

/** [start, end) of the period that starts on `startsOn`, as epoch ms (UTC). */
export function periodBounds(period: QuotaPeriod, startsOn: string): { start: number; end: number } {
  const [y, m, d] = startsOn.split("-").map(Number) as [number, number, number];
  const start = Date.UTC(y, m - 1, d);
  const end = Date.UTC(y, m - 1 + (period === "month" ? 1 : 3), d);
  return { start, end };
}

/** A period must start on the first day of a month (and of a quarter for quarterly quotas). */
export function isPeriodStart(period: QuotaPeriod, startsOn: string): boolean {
  const match = /^(\d{4})-(\d{2})-01$/.exec(startsOn);
  if (!match) return false;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 && (period === "month" || (month - 1) % 3 === 0);
}

export interface Attainment {
  userId: string;
  targetMinor: number;
  wonMinor: number;
  wonDeals: number;
  /** won ÷ target; null for a zero target. */
  ratio: number | null;
}

/** The rep's won deals in the quota's currency and period count towards it. */
export function attainment(quota: Quota, deals: readonly WonDeal[]): Attainment {
  const { start, end } = periodBounds(quota.period, quota.startsOn);
  const counted = deals.filter(
    (d) => d.ownerId === quota.userId && d.currency === quota.currency && d.wonAt >= start && d.wonAt < end,
  );
  const wonMinor = counted.reduce((sum, d) => sum + d.amountMinor, 0);
  return {
    userId: quota.userId,
    targetMinor: quota.targetMinor,
    wonMinor,
    wonDeals: counted.length,
    ratio: quota.targetMinor > 0 ? wonMinor / quota.targetMinor : null,
  };
}

/** Attainment of every quota, best first; ties by amount won, then by user id for a stable order. */
export function leaderboard(quotas: readonly Quota[], deals: readonly WonDeal[]): Attainment[] {
  return quotas
    .map((q) => attainment(q, deals))
    .sort(
      (a, b) =>
        (b.ratio ?? -1) - (a.ratio ?? -1) || b.wonMinor - a.wonMinor || (a.userId < b.userId ? -1 : 1),
    );
}
