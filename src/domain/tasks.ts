// Sales tasks (product.md §1, idea 1: sales is one-to-one): each kind is also the sales
// touchpoint its completion logs on the contact's timeline.
import type { TouchpointKind } from "./touchpoint-kinds.ts";

export const TASK_KINDS = [
  "call",
  "cold_call",
  "meeting",
  "presentation",
  "proposal",
  "estimate",
  "contract",
  "networking",
] as const satisfies readonly TouchpointKind[];
export type TaskKind = (typeof TASK_KINDS)[number];

/** The UTC calendar day containing `now`, as [start, end) epoch ms: "today" for "my day". */
export function dayBounds(now: number): { start: number; end: number } {
  const d = new Date(now);
  const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return { start, end: start + 86_400_000 };
}

export type TaskBucket = "overdue" | "today" | "later";

/** Where an open task falls on a rep's day: due before now is overdue, the rest of today is today. */
export function taskBucket(dueAt: number, now: number): TaskBucket {
  if (dueAt < now) return "overdue";
  return dueAt < dayBounds(now).end ? "today" : "later";
}
