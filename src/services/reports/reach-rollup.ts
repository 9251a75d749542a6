// Keeps reach per closed month (store/queries/reports/reach-rollup.ts) for every workspace: the
// worker runs this every minute; it does work only when a month has settled or a write changed a
// closed month since the last run.
import { lastSettledMonth } from "../../domain/months.ts";
import { rollUpReachMonths, staleReachRollups } from "../../store/queries/reports/reach-rollup.ts";
import type { Deps } from "../context.ts";

export async function rollUpReach(
  deps: Pick<Deps, "db" | "now">,
  workspaceId?: string,
): Promise<{ workspaces: number }> {
  const through = lastSettledMonth(deps.now());
  let done = 0;
  for (const state of await staleReachRollups(deps.db, through, workspaceId)) {
    if (await rollUpReachMonths(deps.db, state.workspaceId, state, through)) done++;
  }
  return { workspaces: done };
}
