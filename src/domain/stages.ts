import { isInbound, type TouchpointKind } from "./touchpoint-kinds.ts";

// Ownership stages (product.md §2): marketing owns `lead`, sales owns `in_sales`.
export const STAGES = [
  "prospect",
  "lead",
  "sales_ready",
  "in_sales",
  "customer",
  "recycled",
  "disqualified",
] as const;
export type Stage = (typeof STAGES)[number];

/**
 * Contacts marketing's temperature tiers are done with — won, or ruled out (their playbook
 * enrolments end too). The lead board leaves them out of its columns unless the user asks.
 */
export const CLOSED_STAGES: readonly Stage[] = ["customer", "disqualified"];

/**
 * The stage a contact moves to when a touchpoint arrives. Only the automatic rule of the
 * foundation lives here: a prospect becomes a lead with its first inbound response.
 * Returns null when the stage does not change.
 */
export function stageAfterTouch(current: Stage, kind: TouchpointKind): Stage | null {
  if (current === "prospect" && isInbound(kind)) return "lead";
  return null;
}
