import { AppError } from "../../domain/errors.ts";
import type { Executor } from "../../store/db.ts";
import { existingIds } from "../../store/queries/ingest.ts";
import { checkAssignee } from "../users/assignee.ts";

/**
 * A body naming a company or an owner that does not exist is refused before any write, and so is
 * an owner who is deactivated. Callers pass `ownerId` only when they give the contacts to them.
 */
export async function checkContactReferences(
  ex: Executor,
  workspaceId: string,
  refs: { companyId?: string | null; ownerId?: string | null },
): Promise<void> {
  if (
    refs.companyId &&
    !(await existingIds(ex, "companies", workspaceId, [refs.companyId])).has(refs.companyId)
  ) {
    throw new AppError("unknown_reference", `Company ${refs.companyId} was not found.`);
  }
  if (refs.ownerId) await checkAssignee(ex, workspaceId, refs.ownerId);
}
