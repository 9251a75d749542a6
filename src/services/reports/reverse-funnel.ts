// The reverse funnel (issue 10, item 6): the period's quotas back to the leads needed, at the rates
// of the last 12 whole months, against the plan's lead target.

import { AppError } from "../../domain/errors.ts";
import { addMonths, monthOf } from "../../domain/months.ts";
import { utcDay } from "../../domain/programs.ts";
import { isPeriodStart } from "../../domain/quota.ts";
import {
  averageDeal,
  coverage,
  type Observed,
  programFunnel,
  REVERSE_FUNNEL_DEFINITIONS,
  reverseFunnel,
} from "../../domain/reverse-funnel.ts";
import {
  mainQuotaCurrency,
  observedByProgram,
  observedFunnel,
  plannedLeads,
  quotaTotal,
  scopedLeadTargets,
} from "../../store/queries/reports/reverse-funnel.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";

/** The counts a reader sees beside the tiers (the won amounts only as their average). */
const summary = (o: Observed) => ({
  leads: o.leads,
  salesReady: o.salesReady,
  opportunities: o.opportunities,
  won: o.won,
  lost: o.lost,
  averageDealMinor: averageDeal(o),
});

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
  const lookback = { start: `${addMonths(thisMonth, -12)}T00:00:00Z`, end: `${thisMonth}T00:00:00Z` };
  // One snapshot, so the programs' rows and the whole funnel count the same leads and deals.
  const read = await deps.db.transaction(
    async (tx) => {
      const currency = query.currency ?? (await mainQuotaCurrency(tx, scope)) ?? "USD";
      const within = { workspaceId: actor.workspaceId, ...lookback, currency };
      return {
        currency,
        quota: await quotaTotal(tx, { ...scope, currency }),
        observed: await observedFunnel(tx, within),
        planned: await plannedLeads(tx, scope),
        programs: await observedByProgram(tx, within),
        targets: await scopedLeadTargets(tx, scope),
      };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  const { currency, quota, observed, planned, targets } = read;
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
    observed: summary(observed),
    tiers,
    plannedLeads: planned,
    coverage: coverage(planned, tiers.at(-1)),
    programs: read.programs
      .map(({ programId, name, channel, ...o }) => ({
        programId,
        name,
        channel,
        observed: summary(o),
        ...programFunnel(quota.quotaMinor, o, {
          program: targets.programs.get(programId) ?? null,
          channel: targets.channels.get(channel) ?? null,
        }),
      }))
      .sort((a, b) => b.observed.leads - a.observed.leads || a.name.localeCompare(b.name)),
    definitions: [...REVERSE_FUNNEL_DEFINITIONS],
  };
}
export type ReverseFunnelReport = Awaited<ReturnType<typeof reverseFunnelReport>>;
