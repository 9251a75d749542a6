// Sales conversion (product.md §4): per rep and for the team, hand-offs to wins.
import { SALES_DEFINITIONS, salesFigures } from "../../domain/sales-conversion.ts";
import {
  emptySalesRow,
  mainDealCurrency,
  repNames,
  type SalesRow,
  salesCounts,
} from "../../store/queries/reports/sales.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { resolvePeriod } from "./period.ts";
import type { SalesQuery } from "./report-schemas.ts";

const present = (r: SalesRow, name: string | null) => {
  const { userId, medianFirstTouchSeconds, medianCycleSeconds, ...counts } = r;
  return { userId, name, ...salesFigures(counts), medianFirstTouchSeconds, medianCycleSeconds };
};

export async function salesConversion(deps: Deps, actor: Actor, query: SalesQuery) {
  authorize(actor, STAFF, "read reports");
  const period = resolvePeriod(deps, query);
  const currency = query.currency ?? (await mainDealCurrency(deps.db, actor.workspaceId)) ?? "USD";
  const [counts, users] = await Promise.all([
    salesCounts(deps.db, {
      workspaceId: actor.workspaceId,
      ...period,
      currency,
      ...(query.ownerId ? { ownerId: query.ownerId } : {}),
    }),
    repNames(deps.db, actor.workspaceId),
  ]);
  // Every sales user has a row (a rep with nothing yet is a figure too), and anyone else with figures.
  const rows = users
    .filter((u) => counts.has(u.id) || (u.role === "sales" && (!query.ownerId || u.id === query.ownerId)))
    .map((u) => present(counts.get(u.id) ?? emptySalesRow(u.id), u.name));
  return {
    report: "sales-conversion" as const,
    title: "Sales conversion",
    ...period,
    currency,
    definitions: [...SALES_DEFINITIONS],
    rows,
    team: present(counts.get(null) ?? emptySalesRow(null), null),
  };
}
export type SalesConversion = Awaited<ReturnType<typeof salesConversion>>;
