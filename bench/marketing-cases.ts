// The marketing side's cases of the issue-10 reports benchmark: attribution, source effectiveness
// and budget advice, each for the last quarter and a year.
import { ATTRIBUTION_MODELS } from "../src/domain/attribution.ts";
import { attributionReport } from "../src/services/reports/attribution.ts";
import { budgetAdvice } from "../src/services/reports/budget-advice.ts";
import {
  AttributionQuerySchema,
  BudgetAdviceQuerySchema,
  EffectivenessQuerySchema,
} from "../src/services/reports/report-schemas.ts";
import { sourceEffectiveness } from "../src/services/reports/source-effectiveness.ts";
import { effectivenessCounts } from "../src/store/queries/reports/effectiveness.ts";
import { type CaseContext, differ, label, onlyIn, type ReportCase, reportCase } from "./feedback-case.ts";
import { type NaiveEffect, naiveAttribution, naiveEffectiveness } from "./feedback-naive.ts";

export function attributionCases(x: CaseContext): ReportCase[] {
  return [label("last quarter", x.quarter), label("a year", x.year)].map((name, i) => {
    const p = i === 0 ? x.quarter : x.year;
    const query = AttributionQuerySchema.parse({ ...p, groupBy: "program" });
    return reportCase({
      report: "Attribution",
      name: `${name}, by program`,
      service: (deps) => attributionReport(deps, x.actor, query),
      naive: () =>
        naiveAttribution(x.pool, {
          workspaceId: x.actor.workspaceId,
          ...p,
          currency: "USD",
          groupBy: "program",
        }),
      compared:
        "deals and first-touch, lead-creation, last-touch and linear credits per program; the other four models' totals against the journeyed deals' amount; won deals and revenue",
      compare: (s, n) => {
        const diffs = s.rows.flatMap((r) => {
          const o = n.groups.get(r.programId);
          return differ(r.programName ?? "no program", {
            deals: [r.deals, o?.deals],
            firstTouch: [r.firstTouch, o?.firstTouch],
            leadCreation: [r.leadCreation, o?.leadCreation],
            lastTouch: [r.lastTouch, o?.lastTouch],
            linear: [r.linear, o?.linear],
          });
        });
        // The four exact models' totals from the naive sums; the others share each journeyed deal's
        // whole amount, so their totals are the journeyed amount.
        const total = n.groups.get("total");
        const exact: Record<string, number | undefined> = { ...total };
        for (const m of ATTRIBUTION_MODELS)
          diffs.push(
            ...differ("credited", { [m]: [s.credited[m], m in exact ? exact[m] : n.journeyedAmount] }),
          );
        diffs.push(
          ...differ("won", { deals: [s.wonDeals, n.wonDeals], revenue: [s.revenueMinor, n.revenueMinor] }),
        );
        diffs.push(
          ...onlyIn(
            s.rows.map((r) => r.programId),
            [...n.groups.keys()].filter((k) => k !== "total"),
            "naive query",
          ),
        );
        return diffs;
      },
    });
  });
}

/** Source effectiveness's figures against the naive ones (paying leads from the service's own counts). */
async function compareEffect(
  x: CaseContext,
  rows: {
    key: string | null;
    leads: number;
    customers: number;
    revenueMinor: number;
    costMinor: number | null;
    medianDaysToClose: number | null;
  }[],
  n: Map<string | null, NaiveEffect>,
  f: { from: string; to: string; groupBy: "program" | "channel" },
) {
  const counts = await effectivenessCounts(x.deps.db, {
    workspaceId: x.actor.workspaceId,
    ...f,
    currency: "USD",
  });
  const diffs = rows.flatMap((r) => {
    const o = n.get(r.key);
    return differ(r.key ?? "no program", {
      leads: [r.leads, o?.leads],
      customers: [r.customers, o?.customers],
      revenue: [r.revenueMinor, o?.revenue],
      payingLeads: [counts.get(r.key)?.revenues.length, o?.paying],
      cost: [r.costMinor, o?.cost],
      medianSecondsToClose: [
        r.medianDaysToClose === null ? null : r.medianDaysToClose * 86_400,
        o?.medianSecondsToClose,
      ],
    });
  });
  return [
    ...diffs,
    ...onlyIn(
      rows.map((r) => r.key),
      n.keys(),
      "naive query",
    ),
  ];
}

export function effectivenessCases(x: CaseContext): ReportCase[] {
  return [label("last quarter", x.quarter), label("a year", x.year)].map((name, i) => {
    const p = i === 0 ? x.quarter : x.year;
    const query = EffectivenessQuerySchema.parse({ ...p, groupBy: "program" });
    return reportCase({
      report: "Source effectiveness",
      name: `${name}, by program`,
      service: (deps) => sourceEffectiveness(deps, x.actor, query),
      naive: () =>
        naiveEffectiveness(x.pool, {
          workspaceId: x.actor.workspaceId,
          ...p,
          currency: "USD",
          groupBy: "program",
        }),
      compared:
        "leads, customers, revenue, paying leads, cost and median time to close per program and in total",
      compare: (s, n) =>
        compareEffect(
          x,
          [...s.rows.map((r) => ({ ...r, key: r.programId })), { ...s.totals, key: "total" }],
          n,
          { ...p, groupBy: "program" },
        ),
    });
  });
}

export function budgetCases(x: CaseContext): ReportCase[] {
  return [label("last quarter", x.quarter), label("a year", x.year)].map((name, i) => {
    const p = i === 0 ? x.quarter : x.year;
    const query = BudgetAdviceQuerySchema.parse({ ...p, groupBy: "channel" });
    return reportCase({
      report: "Budget advice",
      name: `${name}, by channel`,
      service: (deps) => budgetAdvice(deps, x.actor, query),
      naive: () =>
        naiveEffectiveness(x.pool, {
          workspaceId: x.actor.workspaceId,
          ...p,
          currency: "USD",
          groupBy: "channel",
        }),
      compared:
        "each judged channel's leads, customers and cost (what its posterior is drawn from); which channels are judged",
      compare: (s, n) => {
        const diffs = s.judged.flatMap((j) => {
          const o = n.get(j.key);
          return differ(j.key, {
            leads: [j.leads, o?.leads],
            customers: [j.customers, o?.customers],
            cost: [j.costMinor, o?.cost],
          });
        });
        const judgeable = [...n].filter(
          ([k, o]) => k !== null && k !== "total" && (o.cost ?? 0) > 0 && o.leads >= 30,
        );
        diffs.push(
          ...onlyIn(
            s.judged.map((j) => j.key),
            judgeable.map(([k]) => k),
            "naive judgeable set",
          ),
        );
        return diffs;
      },
    });
  });
}
