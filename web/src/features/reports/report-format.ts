// How report figures read: durations in days and hours, fractional counts with one decimal.
// Money and percentages are the programs' own (programs/money.ts).

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

/** Seconds → "3 d 4 h", "5 h 10 min", "12 min", "under a minute"; "—" for none. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return "—";
  const minutes = Math.round(seconds / MINUTE);
  if (minutes < 1) return "under a minute";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(seconds / HOUR);
  if (seconds < DAY) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
  }
  const days = Math.floor(hours / 24);
  // Past a month the hours say nothing any more.
  if (days >= 30) return `${Math.round(seconds / DAY)} d`;
  const h = hours % 24;
  return h === 0 ? `${days} d` : `${days} d ${h} h`;
}

/** A count that may be a median between two whole counts: 7 → "7", 7.5 → "7.5"; "—" for none. */
export function formatFigure(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return value.toLocaleString(undefined, { maximumFractionDigits: 1 });
}

/**
 * A count axis from 0 with room above the tallest bar for its label, in whole numbers: without
 * it a single customer draws an axis up to 4.
 */
export const COUNT_AXIS = {
  allowDecimals: false,
  domain: [0, (max: number) => Math.max(1, Math.ceil(max * 1.15))] as [number, (max: number) => number],
};

/**
 * Round ticks for an axis from 0 past `max`: steps of 1, 2, 2.5 or 5 times a power of ten, about
 * `count` of them, so an axis reads 0, 20, 40 … rather than 0, 15.08, 30.16 …. Empty when max ≤ 0.
 */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [];
  const magnitude = 10 ** Math.floor(Math.log10(max / count));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s * count >= max)!;
  const steps = Math.ceil(max / step - 1e-9);
  // Multiplied, not summed, and rounded to the step's digits: no 0.30000000000000004.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toFixed(digits)));
}
