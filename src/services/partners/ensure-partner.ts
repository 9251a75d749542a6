import { and, eq, sql } from "drizzle-orm";
import { partners } from "../../store/schema/index.ts";
import type { Deps } from "../context.ts";

/** The partner organisation named `name` in the workspace, created as a reseller if missing. */
export async function ensurePartner(deps: Deps, workspaceId: string, name: string): Promise<string> {
  const where = and(
    eq(partners.workspaceId, workspaceId),
    sql`lower(${partners.name}) = ${name.toLowerCase()}`,
  );
  const [found] = await deps.db.select({ id: partners.id }).from(partners).where(where);
  if (found) return found.id;
  const [created] = await deps.db
    .insert(partners)
    .values({ workspaceId, name, kind: "reseller" })
    .returning({ id: partners.id });
  return created!.id;
}
