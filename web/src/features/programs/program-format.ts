// Labels the program and report screens share: channels, statuses, days and date ranges.

import { CHANNELS, channelLabel as labelOfChannel } from "#domain/catalogue";
import type { ProgramStatus } from "#domain/programs";
import { formatDay } from "../../shared/format.ts";

export function channelLabel(channel: string | null | undefined): string {
  if (!channel) return "—";
  return labelOfChannel(channel);
}

export const CHANNEL_OPTIONS = CHANNELS.map((value) => ({ value, label: channelLabel(value) })).sort((a, b) =>
  a.label.localeCompare(b.label),
);

/** Mirrors the server: admins and marketing change programs, the rest of the staff reads them. */
export function mayEditPrograms(role: string | undefined): boolean {
  return role === "admin" || role === "marketing";
}

export const STATUS_COLORS: Record<ProgramStatus, string> = {
  planned: "blue",
  active: "green",
  ended: "gray",
  archived: "dark",
};

// Calendar days are formatted in one place for the whole app.
export { formatDay };

/** A program's run: "Mar 4, 2025 – Jun 30, 2025", "From Mar 4, 2025", "Until …", or "No dates". */
export function formatRun(startsOn: string | null, endsOn: string | null): string {
  if (startsOn && endsOn) return `${formatDay(startsOn)} – ${formatDay(endsOn)}`;
  if (startsOn) return `From ${formatDay(startsOn)}`;
  if (endsOn) return `Until ${formatDay(endsOn)}`;
  return "No dates";
}

/** The local calendar day of a moment, as YYYY-MM-DD (what a date input holds). */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `day` moved by `days` calendar days (UTC arithmetic on a date-only value). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export const formatCount = (n: number | null | undefined) =>
  n === null || n === undefined ? "—" : n.toLocaleString();

/**
 * Why a cost figure shows "—" (its title): no cost line was entered, which is not a cost of 0, so
 * there is nothing to show or divide.
 */
export const NO_COST_ENTERED = "No cost entered";
