// A program's cost, entered as dated lines so that any period's cost is exact.
import { uuidv7 } from "uuidv7";
import { AppError, notFound } from "../../domain/errors.ts";
import {
  type CostLineRow,
  deleteCostLine,
  insertCostLine,
  listCostLines,
} from "../../store/queries/programs.ts";
import { asDate } from "../../store/queries/rows.ts";
import { type Actor, authorize, type Deps, SETTINGS_EDITORS, STAFF } from "../context.ts";
import type { CostLineInput } from "./program-schemas.ts";
import { programStore } from "./program-store.ts";

const present = (r: CostLineRow, currency: string) => ({
  id: r.id,
  programId: r.program_id,
  incurredOn: r.incurred_on,
  amountMinor: Number(r.amount_minor),
  currency,
  note: r.note,
  createdBy: r.created_by,
  createdAt: asDate(r.created_at).toISOString(),
});
export type CostLineView = ReturnType<typeof present>;

export async function addCostLine(deps: Deps, actor: Actor, programId: string, input: CostLineInput) {
  authorize(actor, SETTINGS_EDITORS, "enter program costs");
  const program = await programStore.get(deps.db, actor.workspaceId, programId);
  if (program.archivedAt !== null) {
    throw new AppError("conflict", "This program is archived; restore it before entering costs.");
  }
  const row = await insertCostLine(
    deps.db,
    actor.workspaceId,
    {
      id: uuidv7(),
      programId,
      incurredOn: input.incurredOn,
      amountMinor: input.amountMinor,
      note: input.note ?? null,
      createdBy: actor.userId,
    },
    deps.now(),
  );
  return present(row, program.currency);
}

export async function listProgramCosts(deps: Deps, actor: Actor, programId: string) {
  authorize(actor, STAFF, "read program costs");
  const program = await programStore.get(deps.db, actor.workspaceId, programId);
  const rows = await listCostLines(deps.db, actor.workspaceId, programId);
  return { data: rows.map((r) => present(r, program.currency)) };
}

export async function removeCostLine(deps: Deps, actor: Actor, programId: string, id: string) {
  authorize(actor, SETTINGS_EDITORS, "remove program costs");
  if (!(await deleteCostLine(deps.db, actor.workspaceId, programId, id))) throw notFound("Cost line", id);
}
