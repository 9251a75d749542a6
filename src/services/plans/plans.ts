// Marketing plans (issue 10, item 5): targets per period and scope, each set against its actual,
// the gap, and a projection to the period's end. Marketing and admins plan; the staff read.
import { and, asc, eq } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import { PLAN_DEFINITIONS, type PlanFigure, planLine, projectToEnd } from "../../domain/plans.ts";
import { periodBounds } from "../../domain/quota.ts";
import { existingIds } from "../../store/queries/ingest.ts";
import { planActuals } from "../../store/queries/plans.ts";
import { recordStore } from "../../store/queries/records.ts";
import { marketingPlans, programs } from "../../store/schema/index.ts";
import { type Actor, authorize, type Deps, SETTINGS_EDITORS, STAFF } from "../context.ts";
import type { PlanInput, PlanUpdate } from "./plan-schemas.ts";

type PlanRow = typeof marketingPlans.$inferSelect;

const store = recordStore({
  table: marketingPlans,
  label: "Plan",
  conflictMessage: "There is already a plan for this period and scope; change that one.",
  inUseMessage: "This plan is in use.",
});

const TARGETS: Record<PlanFigure, keyof PlanRow> = {
  leads: "leadsTarget",
  salesReady: "salesReadyTarget",
  pipelineMinor: "pipelineTargetMinor",
  revenueMinor: "revenueTargetMinor",
  spendMinor: "plannedSpendMinor",
};

async function present(deps: Deps, row: PlanRow) {
  const { start, end } = periodBounds(row.period, row.startsOn);
  const actuals = await planActuals(deps.db, {
    workspaceId: row.workspaceId,
    channel: row.channel,
    programId: row.programId,
    currency: row.currency.trim(),
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
    today: deps.now().toISOString().slice(0, 10),
  });
  const now = deps.now().getTime();
  return {
    id: row.id,
    period: row.period,
    startsOn: row.startsOn,
    channel: row.channel,
    programId: row.programId,
    currency: row.currency.trim(),
    lines: (Object.keys(TARGETS) as PlanFigure[]).map((figure) =>
      planLine(
        figure,
        (row[TARGETS[figure]] as number | null) ?? null,
        actuals[figure],
        projectToEnd(
          actuals[figure],
          row.period,
          row.startsOn,
          now,
          figure === "spendMinor" ? actuals.spendAheadMinor : 0,
        ),
      ),
    ),
    definitions: [...PLAN_DEFINITIONS],
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type PlanView = Awaited<ReturnType<typeof present>>;

export async function createPlan(deps: Deps, actor: Actor, input: PlanInput) {
  authorize(actor, SETTINGS_EDITORS, "plan");
  if (input.programId && !(await existingIds(deps.db, "programs", actor.workspaceId, [input.programId])).size)
    throw new AppError("unknown_reference", `Program ${input.programId} was not found.`, {
      field: "programId",
    });
  const row = await store.create(deps.db, actor.workspaceId, input, deps.now());
  return present(deps, row);
}

export async function updatePlan(deps: Deps, actor: Actor, id: string, input: PlanUpdate) {
  authorize(actor, SETTINGS_EDITORS, "plan");
  return present(deps, await store.update(deps.db, actor.workspaceId, id, input, deps.now()));
}

export async function deletePlan(deps: Deps, actor: Actor, id: string) {
  authorize(actor, SETTINGS_EDITORS, "plan");
  await store.remove(deps.db, actor.workspaceId, id);
}

export async function getPlan(deps: Deps, actor: Actor, id: string) {
  authorize(actor, STAFF, "read plans");
  return present(deps, await store.get(deps.db, actor.workspaceId, id));
}

export async function listPlans(
  deps: Deps,
  actor: Actor,
  query: { period?: "month" | "quarter"; startsOn?: string },
) {
  authorize(actor, STAFF, "read plans");
  const where = [eq(marketingPlans.workspaceId, actor.workspaceId)];
  if (query.period) where.push(eq(marketingPlans.period, query.period));
  if (query.startsOn) where.push(eq(marketingPlans.startsOn, query.startsOn));
  const rows = await deps.db
    .select()
    .from(marketingPlans)
    .where(and(...where))
    .orderBy(asc(marketingPlans.startsOn), asc(marketingPlans.channel), asc(marketingPlans.programId))
    .limit(500);
  return { data: await Promise.all(rows.map((r) => present(deps, r))) };
}

/** Program names for the plans' table (CSV and the command line). */
export async function planProgramNames(deps: Deps, actor: Actor): Promise<Map<string, string>> {
  authorize(actor, STAFF, "read plans");
  const rows = await deps.db
    .select({ id: programs.id, name: programs.name })
    .from(programs)
    .where(eq(programs.workspaceId, actor.workspaceId));
  return new Map(rows.map((r) => [r.id, r.name]));
}
