// What sales heard (issue 10, item 4): per program, the recycle reasons, objections and loss
// reasons of the leads it made in the period; and the same for all programs together.
import { byCount, reasonLabel, SALES_FEEDBACK_DEFINITIONS } from "../../domain/sales-feedback.ts";
import { salesFeedbackRows } from "../../store/queries/reports/sales-feedback.ts";
import { scorecardPrograms } from "../../store/queries/reports/scorecard.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { resolvePeriod } from "./period.ts";
import type { FunnelQuery } from "./report-schemas.ts";

type Heard = {
  leads: number;
  recycled: { label: string; count: number }[];
  objections: { label: string; count: number; overcome: number }[];
  lost: { label: string; count: number }[];
};

const empty = (): Heard => ({ leads: 0, recycled: [], objections: [], lost: [] });

/** Adds a count to the list entry with this label (the totals merge the programs' lists). */
function add<T extends { label: string; count: number }>(
  list: T[],
  item: T,
  merge: (into: T, from: T) => void,
) {
  const found = list.find((x) => x.label === item.label);
  if (found) merge(found, item);
  else list.push({ ...item });
}

export async function salesFeedback(
  deps: Deps,
  actor: Actor,
  query: Pick<FunnelQuery, "from" | "to" | "channel">,
) {
  authorize(actor, STAFF, "read reports");
  const period = resolvePeriod(deps, query);
  const filter = {
    workspaceId: actor.workspaceId,
    ...period,
    ...(query.channel ? { channel: query.channel } : {}),
  };
  const [rows, programs] = await Promise.all([
    salesFeedbackRows(deps.db, filter),
    scorecardPrograms(deps.db, { ...filter, currency: "", groupBy: "program" }),
  ]);
  const byProgram = new Map<string | null, Heard>();
  const total = empty();
  const slot = (id: string | null) => {
    if (!byProgram.has(id)) byProgram.set(id, empty());
    return byProgram.get(id)!;
  };
  const sum = (into: { count: number }, from: { count: number }) => {
    into.count += from.count;
  };
  for (const r of rows.leads) {
    slot(r.program_id).leads += r.leads;
    total.leads += r.leads;
  }
  for (const r of rows.recycled) {
    const item = { label: reasonLabel(r.reason), count: r.count };
    for (const h of [slot(r.program_id), total]) add(h.recycled, item, sum);
  }
  for (const r of rows.objections) {
    const item = { label: r.label ?? "Other", count: r.count, overcome: r.overcome };
    for (const h of [slot(r.program_id), total])
      add(h.objections, item, (into, from) => {
        into.count += from.count;
        into.overcome += from.overcome;
      });
  }
  for (const r of rows.lost) {
    const item = { label: r.label ?? "No reason", count: r.count };
    for (const h of [slot(r.program_id), total]) add(h.lost, item, sum);
  }
  const sorted = (h: Heard): Heard => ({
    leads: h.leads,
    recycled: byCount(h.recycled),
    objections: byCount(h.objections),
    lost: byCount(h.lost),
  });
  const byId = new Map(programs.map((p) => [p.id, p]));
  return {
    report: "sales-feedback" as const,
    title: "What sales heard",
    ...period,
    definitions: [...SALES_FEEDBACK_DEFINITIONS],
    rows: [...byProgram]
      .map(([id, h]) => ({
        programId: id,
        programName: id ? (byId.get(id)?.name ?? null) : null,
        channel: id ? (byId.get(id)?.channel ?? null) : null,
        ...sorted(h),
      }))
      .sort((a, b) => b.leads - a.leads || (a.programName ?? "").localeCompare(b.programName ?? "")),
    total: sorted(total),
  };
}
export type SalesFeedback = Awaited<ReturnType<typeof salesFeedback>>;
