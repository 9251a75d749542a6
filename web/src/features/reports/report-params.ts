// A report page's query lives in its URL (from, to and its filters), so a report can be
// bookmarked, shared and linked to from the home page with the same period.

import { useUrlParams } from "../../shared/url-params.ts";
import { addDays } from "../programs/program-format.ts";

/** Reports count in UTC days; the default period is the server's own: the 90 days ending today. */
export const DEFAULT_DAYS = 90;

export interface Period {
  from: string;
  to: string;
}

export const utcToday = () => new Date().toISOString().slice(0, 10);

export function defaultPeriod(today: string = utcToday()): Period {
  return { from: addDays(today, -(DEFAULT_DAYS - 1)), to: today };
}

/** Why the period cannot be asked for, in the form's words; null when it can. */
export function periodProblem(period: Period): string | null {
  if (!period.from || !period.to) return "Choose both dates";
  return period.from > period.to ? "Ends before it starts" : null;
}

/** "?from=…&to=…" plus any other parameters given (empty ones left out): a link to a report. */
export function reportHref(path: string, period: Period, extra: Record<string, string | null> = {}): string {
  const query = new URLSearchParams({ from: period.from, to: period.to });
  for (const [key, value] of Object.entries(extra)) if (value) query.set(key, value);
  return `${path}?${query}`;
}

/** The page's period and parameters from its URL, and a setter that keeps the rest of the URL. */
export function useReportParams() {
  const [params, setParam] = useUrlParams();
  const fallback = defaultPeriod();
  const period: Period = {
    from: params.get("from") ?? fallback.from,
    to: params.get("to") ?? fallback.to,
  };
  const get = (name: string): string | null => params.get(name) || null;
  return { period, problem: periodProblem(period), get, setParam };
}

/** The UTC calendar quarter holding `today`: quotas are set per month or quarter. */
export function quarterOf(today: string = utcToday()): Period {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  const pad = (n: number) => String(n).padStart(2, "0");
  const next = first + 3 > 12 ? `${year + 1}-01-01` : `${year}-${pad(first + 3)}-01`;
  return { from: `${year}-${pad(first)}-01`, to: addDays(next, -1) };
}

/** The first day of the UTC month `months` after the one holding `day` (negative: before). */
function monthStart(day: string, months = 0): string {
  const [year, month] = day.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1 + months, 1)).toISOString().slice(0, 10);
}

export interface PeriodPreset {
  value: string;
  label: string;
  period: Period;
}

/**
 * The periods people ask for. Whole calendar months, quarters and years that have ended are also
 * the fastest to count (the server keeps reach per closed month); the others run to today.
 */
export function periodPresets(today: string = utcToday()): PeriodPreset[] {
  const quarter = quarterOf(today);
  const lastQuarterEnd = addDays(quarter.from, -1);
  const year = today.slice(0, 4);
  const lastYear = String(Number(year) - 1);
  return [
    { value: "90d", label: `Last ${DEFAULT_DAYS} days`, period: defaultPeriod(today) },
    { value: "month", label: "This month", period: { from: monthStart(today), to: today } },
    {
      value: "last-month",
      label: "Last month",
      period: { from: monthStart(today, -1), to: addDays(monthStart(today), -1) },
    },
    { value: "quarter", label: "This quarter", period: { from: quarter.from, to: today } },
    {
      value: "last-quarter",
      label: "Last quarter",
      period: { from: quarterOf(lastQuarterEnd).from, to: lastQuarterEnd },
    },
    { value: "year", label: "This year", period: { from: `${year}-01-01`, to: today } },
    {
      value: "last-year",
      label: "Last year",
      period: { from: `${lastYear}-01-01`, to: `${lastYear}-12-31` },
    },
    {
      value: "last-12-months",
      label: "Last 12 whole months",
      period: { from: monthStart(today, -12), to: addDays(monthStart(today), -1) },
    },
  ];
}

/** The preset a period is, or null (a period of the user's own). */
export function presetOf(period: Period, today: string = utcToday()): PeriodPreset | null {
  return periodPresets(today).find((p) => p.period.from === period.from && p.period.to === period.to) ?? null;
}
