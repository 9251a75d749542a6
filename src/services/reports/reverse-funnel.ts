// The reverse funnel (issue 10, item 6): the period's quotas back to the leads needed, at the rates
// of the last 12 whole months, against the plan's lead target.

import { AppError } from "../../domain/errors.ts";
import { addMonths, monthOf } from "../../domain/months.ts";
import { utcDay } from "../../domain/programs.ts";
import { isPeriodStart } from "../../domain/quota.ts";
import { coverage, REVERSE_FUNNEL_DEFINITIONS, reverseFunnel } from "../../domain/reverse-funnel.ts";
import {
  mainQuotaCurrency,
  observedFunnel,
  plannedLeads,
  quotaTotal,
} from "../../store/queries/reports/reverse-funnel.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";

export async function reverseFunnelReport(
  deps: Deps,
  actor: Actor,
  query: { period?: "month" | "quarter"; startsOn?: string; currency?: string },
) {
  authorize(actor, STAFF, "read reports");
  const now = deps.now();
  const period = query.period ?? "quarter";
  const thisMonth = monthOf(now);
  const month = Number(thisMonth.slice(5, 7));
  const startsOn =
    query.startsOn ?? (period === "month" ? thisMonth : addMonths(thisMonth, -((month - 1) % 3)));
  if (!isPeriodStart(period, startsOn)) {
    throw new AppError(
      "validation_failed",
      "startsOn must be the first day of a month (of a quarter for a quarter)",
      {
        field: "startsOn",
      },
    );
  }
  const scope = { workspaceId: actor.workspaceId, period, startsOn };
  const currency = query.currency ?? (await mainQuotaCurrency(deps.db, scope)) ?? "USD";
  const lookback = { start: `${addMonths(thisMonth, -12)}T00:00:00Z`, end: `${thisMonth}T00:00:00Z` };
  const [quota, observed, planned] = await Promise.all([
    quotaTotal(deps.db, { ...scope, currency }),
    observedFunnel(deps.db, { workspaceId: actor.workspaceId, ...lookback, currency }),
    plannedLeads(deps.db, scope),
  ]);
  const tiers = reverseFunnel(quota.quotaMinor, observed);
  return {
    report: "reverse-funnel" as const,
    title: "Reverse funnel",
    period,
    startsOn,
    currency,
    quotaMinor: quota.quotaMinor,
    reps: quota.reps,
    lookback: {
      from: lookback.start.slice(0, 10),
      to: utcDay(new Date(Date.parse(lookback.end) - 86_400_000)),
    },
    observed: {
      leads: observed.leads,
      salesReady: observed.salesReady,
      opportunities: observed.opportunities,
      won: observed.won,
      lost: observed.lost,
      averageDealMinor: observed.wonAmounts.length
        ? observed.wonAmounts.reduce((s, v) => s + v, 0) / observed.wonAmounts.length
        : null,
    },
    tiers,
    plannedLeads: planned,
    coverage: coverage(planned, tiers.at(-1)),
    definitions: [...REVERSE_FUNNEL_DEFINITIONS],
  };
}
