// Display helpers. Everything returns plain strings that React renders as text.

import type { Schema } from "../api/contract.ts";

type Contact = Schema<"Contact">;

export function contactName(contact: Pick<Contact, "firstName" | "lastName" | "email">): string {
  const name = [contact.firstName, contact.lastName].filter((part) => part?.trim()).join(" ");
  return name || contact.email;
}

/** The program that made a contact a lead (its first inbound response), as cards name it. */
export function sourceProgramText(programName: string | null): string {
  return programName ? `Source: ${programName}` : "No source program";
}

export function formatNumber(value: number, decimals: number): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : "—";
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

/** An instant's local calendar day: "Nov 20, 2026"; "—" for none. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });

/** A calendar day (YYYY-MM-DD) as the reader writes dates, "Dec 15, 2026", never shifted by their zone. */
export function formatDay(day: string | null | undefined): string {
  if (!day) return "—";
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayFormat.format(date);
}

const relativeFormat = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

/** "in 3 days", "2 hours ago" — `iso` relative to `from` (now by default). */
export function relativeTime(iso: string, from: Date = new Date()): string {
  const seconds = (new Date(iso).getTime() - from.getTime()) / 1000;
  if (!Number.isFinite(seconds)) return iso;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relativeFormat.format(Math.round(seconds / size), unit);
  }
  return relativeFormat.format(Math.round(seconds), "second");
}

/** The reference moment for relative times: the "as of" instant when one is set, else `now` (ms). */
export function referenceDate(at: string | null | undefined, now: number = Date.now()): Date {
  const date = at ? new Date(at) : new Date(now);
  return Number.isNaN(date.getTime()) ? new Date() : date;
}

/** ISO instant → value for <input type="datetime-local"> in the browser's time zone. */
export function toLocalInputValue(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Value of <input type="datetime-local"> (local time) → ISO instant, or null when empty/invalid. */
export function fromLocalInputValue(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function humanize(code: string): string {
  const words = code.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A one-line "key: value, key: value" summary of free-form properties. */
/** At most `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A half-life as a person counts it: 336 hours → "2 weeks", 36 → "1.5 days", 5 → "5 hours". */
export function halfLifeSpan(hours: number): string {
  const days = hours / 24;
  return hours < 24
    ? `${hours.toLocaleString()} hour${hours === 1 ? "" : "s"}`
    : days % 7 === 0
      ? `${(days / 7).toLocaleString()} week${days === 7 ? "" : "s"}`
      : `${days.toLocaleString(undefined, { maximumFractionDigits: 1 })} day${days === 1 ? "" : "s"}`;
}
