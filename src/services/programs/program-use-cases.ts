import type { Role } from "../../domain/catalogue.ts";
import { AppError } from "../../domain/errors.ts";
import { costPer, programStatus, utcDay } from "../../domain/programs.ts";
import { listProgramRows, programTotals } from "../../store/queries/programs.ts";
import { firstReachDay, invalidateReachRollup } from "../../store/queries/reports/reach-rollup.ts";
import type { programs } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps, SETTINGS_EDITORS, STAFF } from "../context.ts";
import { pageById } from "../pagination.ts";
import { loadAssignee, refuseDeactivated } from "../users/assignee.ts";
import type { ProgramInput, ProgramListQuery, UpdateProgramInput } from "./program-schemas.ts";
import { programStore } from "./program-store.ts";

type ProgramRow = typeof programs.$inferSelect;

const present = (
  p: ProgramRow,
  totals: { costToDateMinor: number | null; leads: number; customers: number },
  today: string,
) => ({
  id: p.id,
  name: p.name,
  channel: p.channel,
  description: p.description,
  status: programStatus({ startsOn: p.startsOn, endsOn: p.endsOn, archived: p.archivedAt !== null }, today),
  budgetMinor: p.budgetMinor,
  currency: p.currency,
  startsOn: p.startsOn,
  endsOn: p.endsOn,
  callToAction: p.callToAction,
  utmCampaign: p.utmCampaign,
  ownerId: p.ownerId,
  archivedAt: p.archivedAt?.toISOString() ?? null,
  costToDateMinor: totals.costToDateMinor,
  leads: totals.leads,
  customers: totals.customers,
  costPerLeadMinor: costPer(totals.costToDateMinor, totals.leads),
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
});
export type ProgramView = ReturnType<typeof present>;

async function presentAll(deps: Deps, workspaceId: string, rows: ProgramRow[]): Promise<ProgramView[]> {
  const today = utcDay(deps.now());
  const totals = await programTotals(
    deps.db,
    workspaceId,
    rows.map((r) => r.id),
    today,
  );
  return rows.map((r) =>
    present(r, totals.get(r.id) ?? { costToDateMinor: null, leads: 0, customers: 0 }, today),
  );
}

// The owner runs the program: an active marketer or admin of the workspace.
async function checkOwner(deps: Deps, actor: Actor, ownerId: string | null | undefined) {
  if (!ownerId) return;
  const owner = await loadAssignee(deps.db, actor.workspaceId, ownerId);
  if (!owner || !SETTINGS_EDITORS.includes(owner.role as Role)) {
    throw new AppError("unknown_reference", `No marketing user or admin ${ownerId} in this workspace.`, {
      field: "ownerId",
    });
  }
  refuseDeactivated(owner);
}

// Programs are marketing's budget: marketing and admins change them, everyone on staff reads them.
export async function createProgram(deps: Deps, actor: Actor, input: ProgramInput) {
  authorize(actor, SETTINGS_EDITORS, "create programs");
  await checkOwner(deps, actor, input.ownerId);
  const row = await programStore.create(deps.db, actor.workspaceId, input, deps.now());
  return (await presentAll(deps, actor.workspaceId, [row]))[0]!;
}

export async function getProgram(deps: Deps, actor: Actor, id: string) {
  authorize(actor, STAFF, "read programs");
  const row = await programStore.get(deps.db, actor.workspaceId, id);
  return (await presentAll(deps, actor.workspaceId, [row]))[0]!;
}

export async function updateProgram(deps: Deps, actor: Actor, id: string, input: UpdateProgramInput) {
  authorize(actor, SETTINGS_EDITORS, "update programs");
  const { archived, ...fields } = input;
  const current = await programStore.get(deps.db, actor.workspaceId, id);
  // The owner it already has stays, even one since deactivated or moved to another role.
  if (input.ownerId !== current.ownerId) await checkOwner(deps, actor, input.ownerId);
  const values: Record<string, unknown> = { ...fields };
  // Archiving keeps the first archive instant; restoring clears it.
  if (archived === true && current.archivedAt === null) values.archivedAt = deps.now();
  if (archived === false) values.archivedAt = null;
  const startsOn = fields.startsOn === undefined ? current.startsOn : fields.startsOn;
  const endsOn = fields.endsOn === undefined ? current.endsOn : fields.endsOn;
  if (startsOn && endsOn && endsOn < startsOn) {
    throw new AppError("validation_failed", "endsOn must not be before startsOn", { field: "endsOn" });
  }
  const row = await inTransaction(deps.db, async (tx) => {
    const updated = await programStore.update(tx, actor.workspaceId, id, values, deps.now());
    // Its reach moves to the other channel, in every month it touched anyone.
    if (updated.channel !== current.channel) {
      const first = await firstReachDay(tx, actor.workspaceId, { programId: id });
      if (first) await invalidateReachRollup(tx, actor.workspaceId, first, deps.now());
    }
    return updated;
  });
  return (await presentAll(deps, actor.workspaceId, [row]))[0]!;
}

export async function deleteProgram(deps: Deps, actor: Actor, id: string) {
  authorize(actor, SETTINGS_EDITORS, "delete programs");
  await programStore.remove(deps.db, actor.workspaceId, id);
}

export async function listPrograms(
  deps: Deps,
  actor: Actor,
  query: ProgramListQuery & { limit: number; cursor?: string },
) {
  authorize(actor, STAFF, "list programs");
  const result = await pageById(query, (q) => listProgramRows(deps.db, actor.workspaceId, query, q));
  return { data: await presentAll(deps, actor.workspaceId, result.data), nextCursor: result.nextCursor };
}
