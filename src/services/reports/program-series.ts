// One program's reach, leads and cost over time, for its page's chart.
import { programSeries as seriesRows } from "../../store/queries/reports/scorecard.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { programStore } from "../programs/program-store.ts";
import { resolvePeriod } from "./period.ts";
import type { SeriesQuery } from "./report-schemas.ts";

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
