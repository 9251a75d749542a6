// Proposals and estimates (product.md §1, the sales tools): a document made from a deal's line
// items at one moment, sent to the prospect as a public link, read and accepted there.
//
// A proposal is a snapshot: the lines it shows are the lines the prospect accepts, whatever the
// deal's lines become afterwards. Only one offer per deal is live: sending one withdraws the
// deal's other sent ones, so a prospect never holds two prices that both can be accepted.
import { TZDate } from "@date-fns/tz";
import type { PipelineStage } from "./pipeline.ts";
import { dealTotals, type LineItem, type LineTotals, lineTotals } from "./pricing.ts";

export const PROPOSAL_KINDS = ["proposal", "estimate"] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

/** Stored states; "expired" is not stored but read from the validity date (effectiveStatus). */
export const PROPOSAL_STATUSES = ["draft", "sent", "accepted", "declined", "withdrawn"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export type EffectiveProposalStatus = ProposalStatus | "expired";

export interface ProposalLine extends LineItem {
  sku: string;
  productName: string;
}

export const DEFAULT_VALIDITY_DAYS = 30;

export const DEFAULT_TERMS =
  "Prices are in the currency shown and exclude taxes unless stated. Payment within 30 days of invoice. " +
  "This offer is valid until the date shown.";

export function proposalLabel(kind: ProposalKind, number: number): string {
  return `${kind === "proposal" ? "Proposal" : "Estimate"} ${number}`;
}

export function proposalTotals(lines: readonly LineItem[]): LineTotals {
  return dealTotals(lines);
}

export function proposalLineTotals(line: LineItem): LineTotals {
  return lineTotals(line);
}

/**
 * The instant a validity date ends: the start of the next day in the workspace's time zone. An
 * offer "valid until 15 December" can be accepted all of that day where the seller works.
 */
export function validityEnd(validUntil: string, timeZone: string): Date {
  const [y, m, d] = validUntil.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + 1, 0, 0, timeZone).getTime());
}

/** Today's date in the workspace's time zone, as YYYY-MM-DD. */
export function localDate(now: Date, timeZone: string): string {
  const local = new TZDate(now.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

export function effectiveStatus(
  p: { status: ProposalStatus; validUntil: string },
  now: Date,
  timeZone: string,
): EffectiveProposalStatus {
  if (p.status === "sent" && now.getTime() >= validityEnd(p.validUntil, timeZone).getTime()) return "expired";
  return p.status;
}

export type ProposalAction = "send" | "withdraw" | "accept" | "decline";

/** Why an action is not possible in this state, in the words of the page; null when it is. */
export function actionProblem(action: ProposalAction, status: EffectiveProposalStatus): string | null {
  const allowed: Record<ProposalAction, EffectiveProposalStatus[]> = {
    send: ["draft"],
    withdraw: ["draft", "sent", "expired"],
    accept: ["sent"],
    decline: ["sent"],
  };
  if (allowed[action].includes(status)) return null;
  if (status === "expired") return "This offer has expired.";
  if (status === "withdrawn") return "This offer was withdrawn.";
  if (status === "accepted") return "This offer is already accepted.";
  if (status === "declined") return "This offer was declined.";
  if (status === "sent") return "This offer is already sent.";
  return "This offer has not been sent yet.";
}

/**
 * The stage an accepted offer moves its deal to: the open stage keyed "contract" when the
 * pipeline has one, else its last open stage. Null when the deal is already there or past it, so
 * acceptance never moves a deal backwards.
 */
export function contractStage(stages: readonly PipelineStage[], current: string): string | null {
  const open = stages.filter((s) => s.outcome === "open");
  const target = open.find((s) => s.key === "contract") ?? open.at(-1);
  if (!target) return null;
  const at = stages.findIndex((s) => s.key === current);
  const to = stages.findIndex((s) => s.key === target.key);
  return at >= to ? null : target.key;
}
