// Touches to close: the "about eight touches" rule of thumb measured on the workspace's own data.
import {
  byFirstChannel,
  RULE_OF_THUMB,
  TOUCHES_DEFINITIONS,
  touchDistribution,
  touchHistogram,
} from "../../domain/touches-to-close.ts";
import { wonCustomers } from "../../store/queries/reports/touches.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { resolvePeriod } from "./period.ts";
import type { TouchesQuery } from "./report-schemas.ts";

export async function touchesToClose(deps: Deps, actor: Actor, query: TouchesQuery) {
  authorize(actor, STAFF, "read reports");
  const period = resolvePeriod(deps, query);
  const customers = await wonCustomers(deps.db, {
    workspaceId: actor.workspaceId,
    ...period,
    ...(query.ownerId ? { ownerId: query.ownerId } : {}),
  });
  return {
    report: "touches-to-close" as const,
    title: "Touches to close",
    ...period,
    ruleOfThumb: RULE_OF_THUMB,
    definitions: [...TOUCHES_DEFINITIONS],
    overall: touchDistribution(customers),
    histogram: touchHistogram(customers),
    byFirstChannel: byFirstChannel(customers),
  };
}
export type TouchesToClose = Awaited<ReturnType<typeof touchesToClose>>;
