// The hand-off report (issue 10, item 7): per rep or per program, how the baton was caught.
import {
  HANDOFF_REPORT_DEFINITIONS,
  type HandoffCounts,
  handoffFigures,
} from "../../domain/handoff-report.ts";
import { byCount, reasonLabel } from "../../domain/sales-feedback.ts";
import { handoffCounts } from "../../store/queries/reports/handoffs.ts";
import { repNames } from "../../store/queries/reports/sales.ts";
import { scorecardPrograms } from "../../store/queries/reports/scorecard.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { resolvePeriod } from "./period.ts";

const EMPTY: HandoffCounts = {
  handoffs: 0,
  pending: 0,
  accepted: 0,
  recycled: 0,
  withinSla: 0,
  slaDue: 0,
  cooled: 0,
  medianFirstTouchSeconds: null,
  p75FirstTouchSeconds: null,
  recycleReasons: [],
};

export async function handoffReport(
  deps: Deps,
  actor: Actor,
  query: { from?: string; to?: string; groupBy: "owner" | "program" },
) {
  authorize(actor, STAFF, "read reports");
  const period = resolvePeriod(deps, query);
  const counts = await handoffCounts(deps.db, {
    workspaceId: actor.workspaceId,
    ...period,
    groupBy: query.groupBy,
    now: deps.now(),
  });
  const names =
    query.groupBy === "owner"
      ? new Map((await repNames(deps.db, actor.workspaceId)).map((u) => [u.id, u.name]))
      : new Map(
          (
            await scorecardPrograms(deps.db, {
              workspaceId: actor.workspaceId,
              ...period,
              currency: "",
              groupBy: "program",
            })
          ).map((p) => [p.id, p.name]),
        );
  const present = (c: HandoffCounts) =>
    handoffFigures({
      ...c,
      recycleReasons: byCount(
        c.recycleReasons.map((r) => ({ label: reasonLabel(r.label || null), count: r.count })),
      ),
    });
  return {
    report: "handoffs" as const,
    title: "Hand-offs",
    ...period,
    groupBy: query.groupBy,
    definitions: [...HANDOFF_REPORT_DEFINITIONS],
    rows: [...counts]
      .filter(([key]) => key !== "total")
      .map(([key, c]) => ({ key, name: key ? (names.get(key) ?? null) : null, ...present(c) }))
      .sort((a, b) => b.handoffs - a.handoffs || (a.name ?? "").localeCompare(b.name ?? "")),
    total: present(counts.get("total") ?? EMPTY),
  };
}
export type HandoffReport = Awaited<ReturnType<typeof handoffReport>>;
