// Reads and locks behind the membership use cases (invite, change role, deactivate).
import { and, asc, eq, isNull, notExists, sql } from "drizzle-orm";
import type { Tx } from "../db.ts";
import { invitations, users } from "../schema/index.ts";

/**
 * Serialises every change that can remove an admin in one workspace, until commit. Taken first,
 * so the next statement's snapshot (READ COMMITTED) already sees whatever the previous holder
 * committed: two admins demoting each other at once are decided one after the other.
 */
export async function lockMembership(tx: Tx, workspaceId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('baton.membership'), hashtext(${workspaceId}))`);
}

/** Admins who can act: not deactivated and not still waiting on their invitation. */
export async function activeAdminIds(tx: Tx, workspaceId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.workspaceId, workspaceId),
        eq(users.role, "admin"),
        isNull(users.deactivatedAt),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(invitations)
            .where(and(eq(invitations.workspaceId, users.workspaceId), eq(invitations.userId, users.id))),
        ),
      ),
    )
    .orderBy(asc(users.id));
  return rows.map((r) => r.id);
}

/** One user of the workspace with whether an invitation is pending, locked for the change. */
export async function lockUser(tx: Tx, workspaceId: string, userId: string) {
  const [row] = await tx
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      partnerId: users.partnerId,
      deactivatedAt: users.deactivatedAt,
      invited: sql<boolean>`exists (select 1 from ${invitations} i where i.workspace_id = ${users.workspaceId} and i.user_id = ${users.id})`,
    })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), eq(users.id, userId)))
    .for("update");
  return row;
}
