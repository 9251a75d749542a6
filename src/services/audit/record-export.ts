import type { Executor } from "../../store/db.ts";
import type { Actor, Deps } from "../context.ts";
import { recordAudit } from "./record-audit.ts";

/**
 * A CSV download, recorded as it is answered: which export, and how many rows left Baton. Reads
 * write nothing else, so this is its own small transaction.
 */
export async function recordExport(
  deps: Deps,
  actor: Actor,
  exported: { name: string; rows?: number; what?: string },
  ex: Executor = deps.db,
): Promise<void> {
  await recordAudit(
    ex,
    actor,
    {
      action: "export.downloaded",
      targetType: "export",
      targetId: exported.name,
      summary:
        exported.rows === undefined
          ? `Downloaded ${exported.what ?? exported.name}`
          : `Downloaded ${exported.what ?? exported.name} (${exported.rows} ${exported.rows === 1 ? "person" : "people"})`,
      details: { name: exported.name, ...(exported.rows === undefined ? {} : { rows: exported.rows }) },
    },
    deps.now(),
  );
}
