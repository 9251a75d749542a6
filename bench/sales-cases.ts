// The sales side's cases of the issue-10 reports benchmark: what sales heard, plans with actuals,
// the reverse funnel and the hand-off report.
import { addMonths, monthOf } from "../src/domain/months.ts";
import { reasonLabel } from "../src/domain/sales-feedback.ts";
import { listPlans } from "../src/services/plans/plans.ts";
import { handoffReport } from "../src/services/reports/handoff-report.ts";
import { reverseFunnelReport } from "../src/services/reports/reverse-funnel.ts";
import { salesFeedback } from "../src/services/reports/sales-feedback.ts";
import { type CaseContext, differ, label, onlyIn, type ReportCase, reportCase } from "./feedback-case.ts";
import { quarterOf } from "./feedback-fixture.ts";
import { naiveSalesFeedback } from "./feedback-naive.ts";
import { naiveHandoffs } from "./handoff-naive.ts";
import { naivePlanFigures, naiveReverseFunnel } from "./plan-naive.ts";

export function salesFeedbackCases(x: CaseContext): ReportCase[] {
  return [label("last quarter", x.quarter), label("a year", x.year)].map((name, i) => {
    const p = i === 0 ? x.quarter : x.year;
    return reportCase({
      report: "What sales heard",
      name,
      service: (deps) => salesFeedback(deps, x.actor, p),
      naive: () => naiveSalesFeedback(x.pool, { workspaceId: x.actor.workspaceId, ...p }),
      compared:
        "leads, and every recycle reason's, objection's (and overcome) and loss reason's count, per program and in total",
      compare: (s, n) => {
        const flat = (id: string | null | "total", h: (typeof s)["total"]) => [
          [`${id} leads`, h.leads],
          ...h.recycled.map((r) => [`${id} recycled ${r.label}`, r.count]),
          ...h.objections.flatMap((o) => [
            [`${id} objection ${o.label}`, o.count],
            [`${id} overcome ${o.label}`, o.overcome],
          ]),
          ...h.lost.map((r) => [`${id} lost ${r.label}`, r.count]),
        ];
        const ours = new Map([...s.rows.flatMap((r) => flat(r.programId, r)), ...flat("total", s.total)] as [
          string,
          number,
        ][]);
        const theirs = new Map<string, number>();
        const add = (k: string, v: number) => theirs.set(k, (theirs.get(k) ?? 0) + v);
        for (const r of n) {
          const words =
            r.what === "recycled"
              ? reasonLabel(r.label)
              : r.what === "objections"
                ? (r.label ?? "Other")
                : (r.label ?? "No reason");
          for (const id of [r.programId, "total"]) {
            if (r.what === "leads") add(`${id} leads`, r.count);
            else if (r.what === "objections") {
              add(`${id} objection ${words}`, r.count);
              add(`${id} overcome ${words}`, r.overcome);
            } else add(`${id} ${r.what} ${words}`, r.count);
          }
        }
        return [...new Set([...ours.keys(), ...theirs.keys()])]
          .filter((k) => ours.get(k) !== theirs.get(k))
          .map((k) => `${k}: ${ours.get(k)} vs ${theirs.get(k)}`);
      },
    });
  });
}

export function planCases(x: CaseContext): ReportCase[] {
  const current = quarterOf(monthOf(x.now));
  return [
    { name: `last quarter's plans (${addMonths(current, -3)})`, startsOn: addMonths(current, -3) },
    { name: `this quarter's plans (${current}, under way)`, startsOn: current },
  ].map(({ name, startsOn }) =>
    reportCase({
      report: "Plans with actuals",
      name,
      service: (deps) => listPlans(deps, x.actor, { period: "quarter", startsOn }),
      naive: () =>
        naivePlanFigures(x.pool, {
          workspaceId: x.actor.workspaceId,
          start: `${startsOn}T00:00:00Z`,
          end: `${addMonths(startsOn, 3)}T00:00:00Z`,
          currency: "USD",
        }),
      compared: "each plan's five actuals (leads, sales-ready, pipeline, revenue, spend)",
      compare: (s, n) =>
        s.data.flatMap((plan) => {
          const scope = plan.programId ? `program ${plan.programId}` : (plan.channel ?? "workspace");
          const rows = n.filter((r) =>
            plan.programId
              ? r.programId === plan.programId
              : plan.channel
                ? r.channel === plan.channel
                : true,
          );
          return differ(
            scope,
            Object.fromEntries(
              plan.lines.map((l) => [
                l.figure,
                [l.actual, rows.filter((r) => r.figure === l.figure).reduce((t, r) => t + r.value, 0)],
              ]),
            ),
          );
        }),
    }),
  );
}

export function reverseFunnelCases(x: CaseContext): ReportCase[] {
  const thisMonth = monthOf(x.now);
  return [
    {
      name: `this quarter (${quarterOf(thisMonth)})`,
      period: "quarter" as const,
      startsOn: quarterOf(thisMonth),
    },
    { name: `this month (${thisMonth})`, period: "month" as const, startsOn: thisMonth },
  ].map(({ name, period, startsOn }) =>
    reportCase({
      report: "Reverse funnel",
      name: `${name}, the 12 months before as its rates`,
      service: (deps) => reverseFunnelReport(deps, x.actor, { period, startsOn }),
      naive: () =>
        naiveReverseFunnel(x.pool, {
          workspaceId: x.actor.workspaceId,
          start: `${addMonths(thisMonth, -12)}T00:00:00Z`,
          end: `${thisMonth}T00:00:00Z`,
          period,
          startsOn,
          currency: "USD",
        }),
      compared:
        "the lookback's leads, sales-ready, opportunities, won, lost and average deal; the quota total and reps; the planned leads",
      compare: (s, n) =>
        differ("", {
          leads: [s.observed.leads, n.leads],
          salesReady: [s.observed.salesReady, n.salesReady],
          opportunities: [s.observed.opportunities, n.opportunities],
          won: [s.observed.won, n.won],
          lost: [s.observed.lost, n.lost],
          averageDealMinor: [s.observed.averageDealMinor, n.averageDealMinor],
          quotaMinor: [s.quotaMinor, n.quotaMinor],
          reps: [s.reps, n.reps],
          plannedLeads: [s.plannedLeads, n.plannedLeads],
        }),
    }),
  );
}

export function handoffCases(x: CaseContext): ReportCase[] {
  return [
    { name: label("last quarter", x.quarter), p: x.quarter, groupBy: "owner" as const },
    { name: label("a year", x.year), p: x.year, groupBy: "owner" as const },
    { name: "last quarter", p: x.quarter, groupBy: "program" as const },
  ].map(({ name, p, groupBy }) =>
    reportCase({
      report: "Hand-offs",
      name: `${name}, by ${groupBy}`,
      service: (deps) => handoffReport(deps, x.actor, { ...p, groupBy }),
      naive: () => naiveHandoffs(x.pool, { workspaceId: x.actor.workspaceId, ...p, groupBy, now: x.now }),
      compared:
        "hand-offs, pending, accepted, recycled, within SLA, SLA due, cooled, first-touch median and p75, recycle reasons; per row and in total",
      compare: (s, n) => {
        const rows = [...s.rows, { ...s.total, key: "total" as string | null }];
        return [
          ...rows.flatMap((r) => {
            const o = n.get(r.key);
            const reasons = new Map<string, number>();
            for (const [code, count] of o?.reasons ?? []) reasons.set(reasonLabel(code || null), count);
            return differ(r.key ?? "none", {
              handoffs: [r.handoffs, o?.handoffs],
              pending: [r.pending, o?.pending],
              accepted: [r.accepted, o?.accepted],
              recycled: [r.recycled, o?.recycled],
              withinSla: [r.withinSla, o?.withinSla],
              slaDue: [r.slaDue, o?.slaDue],
              cooled: [r.cooled, o?.cooled],
              medianFirstTouch: [r.medianFirstTouchSeconds, o?.median],
              p75FirstTouch: [r.p75FirstTouchSeconds, o?.p75],
              ...Object.fromEntries(
                [...new Set([...reasons.keys(), ...r.recycleReasons.map((x) => x.label)])].map((l) => [
                  `reason ${l}`,
                  [r.recycleReasons.find((x) => x.label === l)?.count, reasons.get(l)],
                ]),
              ),
            });
          }),
          ...onlyIn(
            rows.map((r) => r.key),
            n.keys(),
            "naive query",
          ),
        ];
      },
    }),
  );
}
