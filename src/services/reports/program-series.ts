// One program's reach, leads and cost over time, for its page's chart.
import { recordStore } from "../../store/queries/records.ts";
import { programSeries as seriesRows } from "../../store/queries/reports/scorecard.ts";
import { programs } from "../../store/schema/index.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { resolvePeriod } from "./period.ts";
import type { SeriesQuery } from "./report-schemas.ts";

const programStore = recordStore({
  table: programs,
  label: "Program",
  conflictMessage: "",
  inUseMessage: "",
});

export async function programSeries(deps: Deps, actor: Actor, query: SeriesQuery) {
  authorize(actor, STAFF, "read reports");
  const program = await programStore.get(deps.db, actor.workspaceId, query.programId);
  const period = resolvePeriod(deps, query);
  const rows = await seriesRows(deps.db, {
    workspaceId: actor.workspaceId,
    programId: program.id,
    bucket: query.bucket,
    ...period,
  });
  return {
    report: "program-series" as const,
    programId: program.id,
    bucket: query.bucket,
    currency: program.currency,
    ...period,
    rows,
  };
}
