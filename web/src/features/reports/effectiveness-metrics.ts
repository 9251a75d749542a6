// The source effectiveness figures that carry a 95 % interval, and how each reads: the table
// writes "30.0 % (10.8–60.3 %)", the chart draws the same interval as a bar with a dot.

import { formatMoney, formatPercent, minorDigits } from "../programs/money.ts";
import type { EffectivenessRow } from "./effectiveness-queries.ts";

export type Interval = NonNullable<EffectivenessRow["conversionInterval"]>;
export type MetricKey = "conversion" | "revenuePerLead" | "revenuePerCost";

export interface Metric {
  key: MetricKey;
  /** The definitions' term, so the page and its definitions use one name. */
  label: string;
  point: (row: EffectivenessRow) => number | null;
  interval: (row: EffectivenessRow) => Interval | null;
  /** One value, as a cell writes it. */
  format: (value: number, currency: string) => string;
  /** An interval's two ends: "10.8–60.3 %" (the unit once, at the end, where it can be). */
  range: (interval: Interval, currency: string) => string;
  /** An axis tick, `step` apart from the next. */
  tick: (value: number, currency: string, step: number) => string;
  /** Why a row has no value to draw. */
  missing: (row: EffectivenessRow) => string;
}

/**
 * A revenue interval of no width: every lead brought the same revenue (none, mostly, or there is
 * one lead), so resampling the leads finds no spread. That is not certainty, and the page says so.
 * (A Wilson interval always has a width once there is a lead.)
 */
export const hasNoSpread = (interval: Interval | null) => interval !== null && interval.low === interval.high;

export const NO_SPREAD =
  "Every lead brought the same revenue, so resampling finds no spread — that is not certainty";

const percentNumber = (fraction: number) =>
  (fraction * 100).toLocaleString(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const ratioNumber = (value: number) =>
  value.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

// Revenue per lead is a mean, so rarely a whole number of cents: to the nearest one.
const money = (minor: number, currency: string) => formatMoney(Math.round(minor), currency);

/** The decimals a tick step needs: 20 → 0, 2.5 → 1, 0.25 → 2. */
function stepDecimals(step: number): number {
  const [, fraction = ""] = String(Number(step.toPrecision(6))).split(".");
  return fraction.length;
}

function moneyTick(minor: number, currency: string, step: number): string {
  const scale = 10 ** minorDigits(currency);
  // As many decimals as the step has: "$500", not "$500.00"; "$2.50" when it is a quarter.
  const digits = stepDecimals(step / scale) > 0 ? minorDigits(currency) : 0;
  return new Intl.NumberFormat(undefined, {
    style: "currency",
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(minor / scale);
}

export const METRICS: Record<MetricKey, Metric> = {
  conversion: {
    key: "conversion",
    label: "P(customer | lead)",
    point: (row) => row.conversion,
    interval: (row) => row.conversionInterval,
    format: (value) => formatPercent(value),
    range: (i) => `${percentNumber(i.low)}–${formatPercent(i.high)}`,
    tick: (value, _currency, step) => formatPercent(value, stepDecimals(step * 100)),
    missing: () => "no leads",
  },
  revenuePerLead: {
    key: "revenuePerLead",
    label: "Revenue per lead",
    point: (row) => row.revenuePerLeadMinor,
    interval: (row) => row.revenuePerLeadInterval,
    format: money,
    range: (i, currency) => `${money(i.low, currency)}–${money(i.high, currency)}`,
    tick: moneyTick,
    missing: () => "no leads",
  },
  revenuePerCost: {
    key: "revenuePerCost",
    label: "Revenue per unit of cost",
    point: (row) => row.revenuePerCost,
    interval: (row) => row.revenuePerCostInterval,
    format: (value) => `${ratioNumber(value)}×`,
    range: (i) => `${ratioNumber(i.low)}–${ratioNumber(i.high)}×`,
    tick: (value, _currency, step) =>
      `${value.toLocaleString(undefined, { minimumFractionDigits: stepDecimals(step) })}×`,
    missing: (row) => (row.leads === 0 ? "no leads" : "no cost entered"),
  },
};

/** "30.0 % (10.8–60.3 %)"; the value alone when it has no interval; "—" when there is none. */
export function withInterval(metric: Metric, row: EffectivenessRow, currency: string): string {
  const point = metric.point(row);
  if (point === null) return "—";
  const interval = metric.interval(row);
  const value = metric.format(point, currency);
  return interval ? `${value} (${metric.range(interval, currency)})` : value;
}
