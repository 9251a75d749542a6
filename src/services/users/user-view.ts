// What the API says about a workspace member. Never a password hash or an invitation token.
import { and, asc, eq, sql } from "drizzle-orm";
import type { Role } from "../../domain/catalogue.ts";
import { type UserStatus, userStatus } from "../../domain/users.ts";
import type { Executor } from "../../store/db.ts";
import { invitations, users } from "../../store/schema/index.ts";

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  partnerId: string | null;
  status: UserStatus;
  lastLoginAt: Date | null;
  /** When the pending invitation's link stops working; null when none is pending. */
  invitationExpiresAt: Date | null;
}

/** The workspace's users by name, or the one named by `userId`. */
export async function readUserViews(ex: Executor, workspaceId: string, userId?: string): Promise<UserView[]> {
  const rows = await ex
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      partnerId: users.partnerId,
      lastLoginAt: users.lastLoginAt,
      deactivatedAt: users.deactivatedAt,
      invitationExpiresAt: invitations.expiresAt,
    })
    .from(users)
    .leftJoin(
      invitations,
      and(eq(invitations.workspaceId, users.workspaceId), eq(invitations.userId, users.id)),
    )
    .where(and(eq(users.workspaceId, workspaceId), userId ? eq(users.id, userId) : undefined))
    .orderBy(asc(sql`lower(${users.name})`), asc(users.id));
  return rows.map(({ deactivatedAt, ...row }) => ({
    ...row,
    status: userStatus({ deactivatedAt, invited: row.invitationExpiresAt !== null }),
  }));
}
