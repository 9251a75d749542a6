// How a plan's figures and scope read on the page: counts as whole numbers, money in the plan's
// currency, the reverse funnel's verdict in words.

import { formatMoney, formatPercent } from "../programs/money.ts";
import { channelLabel } from "../programs/program-format.ts";
import type { PlanLine, ReverseFunnel } from "./plan-queries.ts";

export const FIGURE_LABELS: Record<PlanLine["figure"], string> = {
  leads: "Leads",
  salesReady: "Sales-ready",
  pipelineMinor: "Pipeline",
  revenueMinor: "Revenue",
  spendMinor: "Spend",
};

export const isMoneyFigure = (figure: PlanLine["figure"]) => figure.endsWith("Minor");

/**
 * One value of a line. Projections are fractional (actual × length ÷ elapsed), so every value is
 * shown rounded: to a whole count, or to the currency's minor unit.
 */
export function formatFigure(figure: PlanLine["figure"], value: number | null, currency: string): string {
  if (value === null) return "—";
  const whole = Math.round(value);
  return isMoneyFigure(figure) ? formatMoney(whole, currency) : whole.toLocaleString();
}

export function scopeLabel(
  plan: { channel: string | null; programId: string | null },
  programName: (id: string) => string | undefined,
): string {
  if (plan.programId) return `Program: ${programName(plan.programId) ?? "a program"}`;
  if (plan.channel) return `Channel: ${channelLabel(plan.channel)}`;
  return "Whole workspace";
}

export const TIER_LABELS: Record<ReverseFunnel["tiers"][number]["tier"], string> = {
  won: "Won deals",
  opportunities: "Opportunities",
  salesReady: "Sales-ready leads",
  leads: "Leads",
};

/** What each tier is divided by to get the next one: the rate on the tier above it. */
export const RATE_LABELS: Record<ReverseFunnel["tiers"][number]["tier"], string> = {
  won: "Win rate",
  opportunities: "Sales-ready → opportunity",
  salesReady: "Lead → sales-ready",
  leads: "",
};

export function formatRate(rate: number | null, interval: { low: number; high: number } | null): string {
  if (rate === null) return "—";
  const text = formatPercent(rate);
  if (!interval) return text;
  return `${text} (${formatPercent(interval.low).replace(" %", "")}–${formatPercent(interval.high)})`;
}

export const COVERAGE_COLORS = { covered: "green", maybe: "yellow", short: "red" } as const;

/** The verdict as a headline and a sentence. */
export function coverageWords(report: ReverseFunnel): { headline: string; sentence: string } {
  const leads = report.tiers.find((t) => t.tier === "leads");
  const needed = leads?.needed?.toLocaleString();
  const range = leads?.range
    ? ` (${leads.range.low.toLocaleString()}–${leads.range.high.toLocaleString()})`
    : "";
  // The workspace plan's target, or its channels' or programs' summed: "planned", not "the plan's".
  const planned = report.plannedLeads?.toLocaleString();
  switch (report.coverage) {
    case "covered":
      return {
        headline: "Covered",
        sentence: `The planned ${planned} leads cover the ${needed} needed${range}.`,
      };
    case "maybe":
      return {
        headline: "Maybe",
        sentence: `The planned ${planned} leads cover the ${needed} needed${range} only if the rates are at their best.`,
      };
    case "short":
      return {
        headline: "Short",
        sentence: `The planned ${planned} leads fall short of the ${needed} needed${range}, even at the best rates.`,
      };
    default:
      return report.plannedLeads === null
        ? {
            headline: "No lead target",
            sentence:
              "No plan for this period has a lead target: set one to see whether it covers the leads needed.",
          }
        : {
            headline: "Not enough history",
            sentence: "The last 12 months have too few won deals or leads to say how many leads are needed.",
          };
  }
}
