// Which programs made the period's leads cheapest and dearest, from the scorecard's rows.

interface Row {
  programId: string | null;
  programName: string | null;
  leads: number;
  costPerLeadMinor: number | null;
}

/**
 * The programs with at least one lead, cheapest per lead first (ties by name); the cheapest and
 * the dearest of them. When their leads all cost the same there is neither (one program alone
 * is the cheapest, with no dearest).
 */
export function cheapestAndDearest<R extends Row>(rows: readonly R[]): { ranked: R[]; best?: R; worst?: R } {
  const ranked = rows
    .filter((r) => r.programId !== null && r.leads > 0 && r.costPerLeadMinor !== null)
    .sort(
      (a, b) =>
        (a.costPerLeadMinor ?? 0) - (b.costPerLeadMinor ?? 0) ||
        (a.programName ?? "").localeCompare(b.programName ?? ""),
    );
  const first = ranked[0];
  const last = ranked[ranked.length - 1];
  if (first === undefined || last === undefined) return { ranked };
  if (ranked.length === 1) return { ranked, best: first };
  return first.costPerLeadMinor === last.costPerLeadMinor ? { ranked } : { ranked, best: first, worst: last };
}
