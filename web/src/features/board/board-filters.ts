// Board filters live in the URL query string so that a filtered board can be bookmarked and shared.

import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";

export interface BoardFilters {
  programId: string | null;
  ownerId: string | null;
  stage: string | null;
  q: string | null;
  at: string | null;
  /** "include": customers and disqualified contacts in the columns too (left out by default). */
  closed: string | null;
}

const KEYS = [
  "programId",
  "ownerId",
  "stage",
  "q",
  "at",
  "closed",
] as const satisfies readonly (keyof BoardFilters)[];

export function useBoardFilters(): [BoardFilters, (patch: Partial<BoardFilters>) => void] {
  const [params, setParams] = useSearchParams();

  const filters = useMemo(
    () => Object.fromEntries(KEYS.map((key) => [key, params.get(key) || null])) as unknown as BoardFilters,
    [params],
  );

  const update = useCallback(
    (patch: Partial<BoardFilters>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(patch)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return [filters, update];
}

/**
 * Whether the columns hold customers and disqualified contacts: only when the user asks, by the
 * switch or by picking such a stage (a stage picked decides on its own).
 */
export function includesClosed(filters: BoardFilters): boolean {
  return filters.closed === "include" || filters.stage !== null;
}

/** The filters as API query parameters (shared by the counts and the column lists, so they agree). */
export function filterQuery(filters: BoardFilters) {
  return {
    programId: filters.programId,
    ownerId: filters.ownerId,
    stage: filters.stage,
    q: filters.q,
    at: filters.at,
    closed: includesClosed(filters) ? null : "exclude",
  };
}
