// The web app's report helpers: durations as people read them, the quarter a day is in, links
// that carry the period, the cheapest and dearest programs, open deals across pipelines, and the
// source effectiveness figures with their intervals.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { salesFigures } from "../../src/domain/sales-conversion.ts";
import { cheapestAndDearest } from "../../web/src/features/home/cost-per-lead.ts";
import { openDealsOf } from "../../web/src/features/home/my-pipeline.ts";
import { hasNoSpread, METRICS, withInterval } from "../../web/src/features/reports/effectiveness-metrics.ts";
import type { EffectivenessRow } from "../../web/src/features/reports/effectiveness-queries.ts";
import { formatDuration, formatFigure, niceTicks } from "../../web/src/features/reports/report-format.ts";
import {
  defaultPeriod,
  periodPresets,
  periodProblem,
  presetOf,
  quarterOf,
  reportHref,
} from "../../web/src/features/reports/report-params.ts";
import { SALES_GROUPS } from "../../web/src/features/reports/sales-groups.ts";

const MIN = 60;
const HOUR = 3600;
const DAY = 86_400;

describe("durations", () => {
  test("under a minute, minutes, hours and minutes, days and hours, days past a month", () => {
    assert.equal(formatDuration(null), "—");
    assert.equal(formatDuration(29), "under a minute");
    assert.equal(formatDuration(31), "1 min");
    assert.equal(formatDuration(59 * MIN), "59 min");
    assert.equal(formatDuration(HOUR), "1 h");
    assert.equal(formatDuration(5 * HOUR + 10 * MIN), "5 h 10 min");
    assert.equal(formatDuration(DAY - 1), "24 h");
    assert.equal(formatDuration(DAY), "1 d");
    assert.equal(formatDuration(3 * DAY + 4 * HOUR), "3 d 4 h");
    assert.equal(formatDuration(13 * DAY + 20 * HOUR + 20 * MIN), "13 d 20 h");
    assert.equal(formatDuration(45 * DAY + 5 * HOUR), "45 d");
  });

  test("a median between two counts keeps one decimal", () => {
    assert.equal(formatFigure(7), "7");
    assert.equal(formatFigure(7.5), "7.5");
    assert.equal(formatFigure(null), "—");
  });
});

describe("periods", () => {
  test("the default is the 90 days ending today, both included", () => {
    assert.deepEqual(defaultPeriod("2026-03-31"), { from: "2026-01-01", to: "2026-03-31" });
  });

  test("a period ending before it starts is refused", () => {
    assert.equal(periodProblem({ from: "2026-03-02", to: "2026-03-01" }), "Ends before it starts");
    assert.equal(periodProblem({ from: "2026-03-01", to: "2026-03-01" }), null);
  });

  test("the quarter of a day, across the year's end", () => {
    assert.deepEqual(quarterOf("2026-01-01"), { from: "2026-01-01", to: "2026-03-31" });
    assert.deepEqual(quarterOf("2026-05-17"), { from: "2026-04-01", to: "2026-06-30" });
    assert.deepEqual(quarterOf("2026-12-31"), { from: "2026-10-01", to: "2026-12-31" });
  });

  test("a report link carries the period and the filters given, not the empty ones", () => {
    const period = { from: "2026-01-01", to: "2026-03-31" };
    assert.equal(
      reportHref("/reports/funnel", period, { programId: "p1", ownerId: null }),
      "/reports/funnel?from=2026-01-01&to=2026-03-31&programId=p1",
    );
  });
});

describe("the cheapest and dearest programs", () => {
  const row = (programId: string | null, leads: number, costPerLeadMinor: number | null) => ({
    programId,
    programName: programId,
    leads,
    costPerLeadMinor,
  });

  test("only programs with a lead count; the leads no program made do not", () => {
    const { best, worst } = cheapestAndDearest([
      row("b", 2, 500),
      row("a", 3, 100),
      row("c", 0, null),
      row(null, 4, 0),
      row("d", 1, 1200),
    ]);
    assert.equal(best?.programId, "a");
    assert.equal(worst?.programId, "d");
  });

  test("one program is the cheapest with no dearest; programs costing the same are neither", () => {
    assert.deepEqual(
      (({ best, worst }) => [best?.programId, worst])(cheapestAndDearest([row("a", 1, 100)])),
      ["a", undefined],
    );
    const same = cheapestAndDearest([row("a", 1, 0), row("b", 2, 0)]);
    assert.equal(same.best, undefined);
    assert.equal(same.worst, undefined);
  });
});

test("open deals: the open stages of every pipeline, amounts summed per currency", () => {
  const stage = (outcome: "open" | "won" | "lost", count: number, totals: [string, number][]) => ({
    key: outcome,
    name: outcome,
    outcome,
    probability: 0,
    count,
    totals: totals.map(([currency, amountMinor]) => ({ currency, amountMinor })),
  });
  const board = (stages: ReturnType<typeof stage>[]) => ({
    pipeline: { id: "p", name: "p" },
    stages,
    weightedForecast: [],
  });
  const open = openDealsOf([
    board([stage("open", 2, [["USD", 1000]]), stage("won", 5, [["USD", 9999]])]),
    board([
      stage("open", 1, [
        ["EUR", 300],
        ["USD", 500],
      ]),
      stage("lost", 1, [["EUR", 1]]),
    ]),
  ]);
  assert.equal(open.count, 3);
  assert.deepEqual(open.totals, [
    { currency: "USD", amountMinor: 1500 },
    { currency: "EUR", amountMinor: 300 },
  ]);
});

describe("period presets", () => {
  test("each preset's days, worked out by hand for a day in the middle of a quarter", () => {
    const byValue = Object.fromEntries(periodPresets("2026-12-01").map((p) => [p.value, p.period]));
    assert.deepEqual(byValue, {
      "90d": { from: "2026-09-03", to: "2026-12-01" },
      month: { from: "2026-12-01", to: "2026-12-01" },
      "last-month": { from: "2026-11-01", to: "2026-11-30" },
      quarter: { from: "2026-10-01", to: "2026-12-01" },
      "last-quarter": { from: "2026-07-01", to: "2026-09-30" },
      year: { from: "2026-01-01", to: "2026-12-01" },
      "last-year": { from: "2025-01-01", to: "2025-12-31" },
      "last-12-months": { from: "2025-12-01", to: "2026-11-30" },
    });
  });

  test("across a year's start and a leap February", () => {
    const byValue = Object.fromEntries(periodPresets("2028-03-15").map((p) => [p.value, p.period]));
    assert.deepEqual(byValue["last-month"], { from: "2028-02-01", to: "2028-02-29" });
    const january = Object.fromEntries(periodPresets("2027-01-10").map((p) => [p.value, p.period]));
    assert.deepEqual(january["last-quarter"], { from: "2026-10-01", to: "2026-12-31" });
    assert.deepEqual(january["last-month"], { from: "2026-12-01", to: "2026-12-31" });
  });

  test("a period is recognised as its preset, and any other is the user's own", () => {
    assert.equal(presetOf({ from: "2026-07-01", to: "2026-09-30" }, "2026-12-01")?.value, "last-quarter");
    assert.equal(presetOf({ from: "2026-07-02", to: "2026-09-30" }, "2026-12-01"), null);
  });
});

describe("the sales conversion page's tables", () => {
  test("every figure of a rep's row is in exactly one of them", () => {
    const zero = {
      handoffsReceived: 0,
      handoffsAccepted: 0,
      dealsOpened: 0,
      won: 0,
      lost: 0,
      wonInCurrency: 0,
      wonMinor: 0,
      quotaTargetMinor: 0,
      quotaWonMinor: 0,
      activities: 0,
    };
    // The row's figures: the domain's, less the count behind the average, plus the two medians.
    const row = Object.keys(salesFigures(zero)).filter((k) => k !== "wonInCurrency");
    row.push("medianFirstTouchSeconds", "medianCycleSeconds");
    const shown = SALES_GROUPS.flatMap((g) => g.figures.map(([key]) => key as string));
    assert.deepEqual([...shown].sort(), row.sort());
  });
});

describe("source effectiveness figures", () => {
  const row = (over: Partial<EffectivenessRow>): EffectivenessRow => ({
    programId: "p",
    programName: "Referrals",
    channel: "referral",
    leads: 10,
    customers: 3,
    revenueMinor: 4_500,
    costMinor: null,
    conversion: 0.3,
    conversionInterval: { low: 0.10779, high: 0.60322 },
    revenuePerLeadMinor: 450,
    revenuePerLeadInterval: { low: 0, high: 1_049.5 },
    revenuePerCost: null,
    revenuePerCostInterval: null,
    medianDaysToClose: 2,
    ...over,
  });

  test("each figure with its interval in one cell: the unit once at the end where it can be", () => {
    assert.equal(withInterval(METRICS.conversion, row({}), "USD"), "30.0 % (10.8–60.3 %)");
    // A mean of cents is rounded to the nearest cent.
    assert.equal(withInterval(METRICS.revenuePerLead, row({}), "USD"), "$4.50 ($0.00–$10.50)");
    assert.equal(
      withInterval(
        METRICS.revenuePerCost,
        row({ revenuePerCost: 22.5, revenuePerCostInterval: { low: 0, high: 52.475 } }),
        "USD",
      ),
      "22.50× (0.00–52.48×)",
    );
  });

  test("no value is a dash, a value with no interval stands alone", () => {
    assert.equal(withInterval(METRICS.revenuePerCost, row({}), "USD"), "—");
    assert.equal(withInterval(METRICS.conversion, row({ conversionInterval: null }), "USD"), "30.0 %");
  });

  test("an interval of no width is flagged, one with any width is not", () => {
    assert.equal(hasNoSpread({ low: 2_000, high: 2_000 }), true);
    assert.equal(hasNoSpread({ low: 0, high: 0.0001 }), false);
    assert.equal(hasNoSpread(null), false);
  });

  test("axis ticks are round steps from 0 past the largest value", () => {
    assert.deepEqual(niceTicks(0.603), [0, 0.2, 0.4, 0.6, 0.8]);
    assert.deepEqual(niceTicks(1), [0, 0.2, 0.4, 0.6, 0.8, 1]);
    assert.deepEqual(niceTicks(0.242), [0, 0.05, 0.1, 0.15, 0.2, 0.25]);
    assert.deepEqual(niceTicks(1_050_000), [0, 250_000, 500_000, 750_000, 1_000_000, 1_250_000]);
    assert.deepEqual(niceTicks(52.5), [0, 20, 40, 60]);
    assert.deepEqual(niceTicks(0), []);
  });

  test("axis ticks read in the metric's unit, with the decimals the step needs", () => {
    assert.equal(METRICS.conversion.tick(0.4, "USD", 0.2), "40 %");
    assert.equal(METRICS.conversion.tick(0.025, "USD", 0.025), "2.5 %");
    assert.equal(METRICS.revenuePerLead.tick(250_000, "USD", 250_000), "$2,500");
    assert.equal(METRICS.revenuePerLead.tick(250, "USD", 250), "$2.50");
    assert.equal(METRICS.revenuePerCost.tick(20, "USD", 20), "20×");
    assert.equal(METRICS.revenuePerCost.tick(0.5, "USD", 0.5), "0.5×");
  });
});
