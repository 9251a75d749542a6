import { AppError } from "../../domain/errors.ts";
import type { Executor } from "../../store/db.ts";
import { existingIds } from "../../store/queries/ingest.ts";

/** A body naming a company or an owner that does not exist is refused before any write. */
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
  if (refs.ownerId && !(await existingIds(ex, "users", workspaceId, [refs.ownerId])).has(refs.ownerId)) {
    throw new AppError("unknown_reference", `User ${refs.ownerId} was not found.`);
  }
}
