// Budget advice, the reverse funnel and the plans as plain tables (CSV and the command line), so
// every issue-10 figure has the same three doors: the API's JSON, the page, and a table.
import { channelLabel } from "../../domain/catalogue.ts";
import type { PlanView } from "../plans/plans.ts";
import type { BudgetAdviceReport } from "./budget-advice.ts";
import { type Cell, majorUnits, type ReportTable } from "./report-table.ts";
import type { ReverseFunnelReport } from "./reverse-funnel.ts";

/** The judged sources with their posterior, then the advice itself as the last line. */
export function budgetAdviceTable(r: BudgetAdviceReport): ReportTable {
  const money = (minor: number | null) => majorUnits(minor, r.currency);
  const rows: Cell[][] = r.judged.map((s) => [
    s.label,
    "judged",
    s.leads,
    s.customers,
    money(s.costMinor),
    s.customersPerThousand.median,
    s.customersPerThousand.low,
    s.customersPerThousand.high,
    null,
  ]);
  for (const x of r.excluded)
    rows.push([x.label, "not judged", null, null, null, null, null, null, x.reason]);
  const a = r.advice;
  rows.push([
    "Advice",
    a.kind,
    null,
    null,
    a.kind === "none" ? null : money(a.amountMinor),
    a.kind === "none" ? null : a.effect.median,
    a.kind === "none" ? null : a.effect.low,
    a.kind === "none" ? null : a.effect.high,
    a.kind === "none"
      ? a.reason
      : `from ${a.from} to ${a.to}${a.kind === "not_enough_data" && a.moreLeadsNeeded !== null ? `; about ${a.moreLeadsNeeded} more leads would settle it` : ""}`,
  ]);
  return {
    columns: [
      "Source",
      "Status",
      "Leads",
      "Customers",
      `Spend (${r.currency})`,
      "Customers per 1,000 (median) / effect",
      "90 % low",
      "90 % high",
      "Note",
    ],
    rows,
  };
}

/** The workspace's tiers, then each program's, one line per tier. */
export function reverseFunnelTable(r: ReverseFunnelReport): ReportTable {
  const line = (scope: string, t: ReverseFunnelReport["tiers"][number], coverage: string | null): Cell[] => [
    scope,
    t.tier,
    t.needed,
    t.range?.low ?? null,
    t.range?.high ?? null,
    t.rate,
    t.rateInterval?.low ?? null,
    t.rateInterval?.high ?? null,
    t.tier === "leads" ? coverage : null,
  ];
  return {
    columns: ["Scope", "Tier", "Needed", "Low", "High", "Rate", "Rate low", "Rate high", "Plan covers it"],
    rows: [
      ...r.tiers.map((t) => line("Workspace", t, r.coverage)),
      ...r.programs.flatMap((p) =>
        p.tiers.map((t) => line(`${p.name} (${channelLabel(p.channel)})`, t, p.coverage)),
      ),
    ],
  };
}

/** One line per plan and figure: target, actual, gap and the projection to the period's end. */
export function plansTable(list: { data: PlanView[]; programNames: Record<string, string> }): ReportTable {
  const programNames = new Map(Object.entries(list.programNames));
  const rows: Cell[][] = [];
  for (const p of list.data) {
    const scope = p.programId
      ? (programNames.get(p.programId) ?? p.programId)
      : p.channel
        ? channelLabel(p.channel)
        : "Workspace";
    for (const l of p.lines) {
      const money = l.figure.endsWith("Minor");
      const cell = (n: number | null) =>
        n === null ? null : money ? majorUnits(Math.round(n), p.currency) : n;
      rows.push([
        p.period,
        p.startsOn,
        scope,
        l.figure.replace(/Minor$/, ""),
        cell(l.target),
        cell(l.actual),
        cell(l.gap),
        l.projected === null ? null : money ? majorUnits(Math.round(l.projected), p.currency) : l.projected,
        l.projectedGap === null
          ? null
          : money
            ? majorUnits(Math.round(l.projectedGap), p.currency)
            : l.projectedGap,
      ]);
    }
  }
  return {
    columns: [
      "Period",
      "Starts on",
      "Scope",
      "Figure",
      "Target",
      "Actual",
      "Gap",
      "Projected",
      "Projected gap",
    ],
    rows,
  };
}
