// The shape of a benchmark case for bench/feedback-reports.ts — a report called through its
// service, its naive baseline, and the comparison of their figures — and the helpers the cases share.
import type { Pool } from "pg";
import type { Actor, Deps } from "../src/services/context.ts";

export interface CaseContext {
  deps: Deps;
  actor: Actor;
  pool: Pool;
  now: Date;
  quarter: { from: string; to: string };
  year: { from: string; to: string };
}

export interface ReportCase {
  report: string;
  name: string;
  service: (deps: Deps) => Promise<unknown>;
  naive: () => Promise<unknown>;
  /** What differs between the service's figures and the naive ones (none: they agree). */
  compare: (service: unknown, naive: unknown) => Promise<string[]> | string[];
  /** Which figures were compared, for the line. */
  compared: string;
}

/** Types a case's parts together, then erases them for the list. */
export function reportCase<S, N>(c: {
  report: string;
  name: string;
  service: (deps: Deps) => Promise<S>;
  naive: () => Promise<N>;
  compare: (service: S, naive: N) => Promise<string[]> | string[];
  compared: string;
}): ReportCase {
  return c as unknown as ReportCase;
}

const close = (a: number | null | undefined, b: number | null | undefined) =>
  (a ?? null) === (b ?? null) ||
  (a != null && b != null && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)));

/** One difference per figure that is not equal (numbers to 1e-6 relative). */
export function differ(
  where: string,
  pairs: Record<string, [number | null | undefined, number | null | undefined]>,
) {
  return Object.entries(pairs)
    .filter(([, [a, b]]) => !close(a, b))
    .map(([k, [a, b]]) => `${where} ${k}: ${a} vs ${b}`);
}

/** Keys only one side has. */
export function onlyIn(ours: Iterable<string | null>, theirs: Iterable<string | null>, label: string) {
  const mine = new Set(ours);
  return [...theirs].filter((k) => !mine.has(k)).map((k) => `${k ?? "no program"}: only in the ${label}`);
}

export const label = (periodName: string, p: { from: string; to: string }) =>
  `${periodName} (${p.from} – ${p.to})`;
