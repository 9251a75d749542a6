// Touches staff log by hand (issue 11, item 2): a call that was not planned as a task, a meeting, a
// conversation at a trade show, a networking contact, a referral, a letter sent. Each is an
// ordinary touchpoint of a catalogue kind — it lands on the timeline and moves the temperature like
// any other — with a few details kept as properties under the names below, which the timeline
// reads back in words.
import type { TouchpointKind } from "./touchpoint-kinds.ts";

export type TouchDetail = "outcome" | "duration" | "referredBy";

export interface LoggedTouch {
  kind: TouchpointKind;
  /** What the form calls it: the words a person would use for what happened. */
  label: string;
  details: readonly TouchDetail[];
}

export const LOGGED_TOUCHES: readonly LoggedTouch[] = [
  { kind: "call", label: "Call", details: ["outcome", "duration"] },
  { kind: "cold_call", label: "Cold call", details: ["outcome", "duration"] },
  { kind: "meeting", label: "Meeting", details: ["duration"] },
  { kind: "presentation", label: "Presentation or demo", details: ["duration"] },
  { kind: "event_attended", label: "Trade-show or event conversation", details: [] },
  { kind: "networking", label: "Networking contact", details: [] },
  { kind: "referral", label: "Referral", details: ["referredBy"] },
  { kind: "direct_mail", label: "Letter sent", details: [] },
];

export const CALL_OUTCOMES = {
  connected: "Spoke with them",
  voicemail: "Left a voicemail",
  no_answer: "No answer",
  wrong_number: "Wrong number",
} as const;
export type CallOutcome = keyof typeof CALL_OUTCOMES;

/** The property names the details are stored under. */
export const DETAIL_PROPERTY = {
  outcome: "outcome",
  duration: "durationMinutes",
  referredBy: "referredBy",
  note: "note",
} as const;

/** The longest call or meeting a person logs: a working day. */
export const MAX_DURATION_MINUTES = 24 * 60;

export const loggedTouch = (kind: string) => LOGGED_TOUCHES.find((t) => t.kind === kind);

/**
 * A touchpoint's properties in words for the timeline: the logged details first, by their
 * meaning ("Left a voicemail", "25 min", "Referred by Ana Ruiz"), then anything else as it came.
 */
export function describeTouchProperties(
  properties: Readonly<Record<string, unknown>> | null | undefined,
): string[] {
  if (!properties) return [];
  const parts: string[] = [];
  const { outcome, durationMinutes, referredBy, note, amountMinor, currency, ...others } = properties;
  // A proposal's opening or acceptance (services/proposals) says so in a sentence.
  const proposal = typeof others.proposalId === "string";
  const { event, number, acceptedBy, ...afterProposal } = others;
  const rest = proposal ? afterProposal : others;
  if (proposal && typeof number === "number") parts.push(`No. ${number}`);
  if (proposal && event === "viewed") parts.push("Opened by the prospect");
  if (proposal && event === "accepted")
    parts.push(typeof acceptedBy === "string" ? `Accepted by ${acceptedBy}` : "Accepted");
  if (typeof outcome === "string") parts.push(CALL_OUTCOMES[outcome as CallOutcome] ?? outcome);
  if (typeof durationMinutes === "number") parts.push(`${durationMinutes} min`);
  if (typeof referredBy === "string" && referredBy) parts.push(`Referred by ${referredBy}`);
  if (typeof note === "string" && note) parts.push(note);
  if (typeof amountMinor === "number")
    parts.push(money(amountMinor, typeof currency === "string" ? currency : null));
  for (const [key, value] of Object.entries(rest)) {
    // Ids are Baton's own references (a message, a link), not something a person reads.
    if (value === null || value === undefined || value === "" || /(^id|Id)$/.test(key)) continue;
    parts.push(`${keyWords(key)}: ${typeof value === "string" ? value : JSON.stringify(value)}`);
  }
  return parts;
}

/** camelCase and snake_case keys as words: termMonths → "term months". */
const keyWords = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replaceAll("_", " ")
    .toLowerCase();

/** Minor units in the currency's own digits ("$114,000.00"); a bare number without a currency. */
function money(minor: number, currency: string | null): string {
  if (!currency || !/^[A-Z]{3}$/.test(currency)) return minor.toLocaleString("en-US");
  const format = new Intl.NumberFormat("en-US", { style: "currency", currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** digits);
}
