import { and, eq, gt, isNull } from "drizzle-orm";
import { apiKeys, sessions, users, workspaces } from "../../store/schema/index.ts";
import type { Actor, Deps } from "../context.ts";
import { noteKeyUse } from "./key-use.ts";
import { sha256 } from "./secrets.ts";

export interface Identity extends Actor {
  user: { id: string; email: string; name: string; role: string };
  workspace: { id: string; name: string };
}

const identityColumns = { user: users, workspace: workspaces };

function toIdentity(row: {
  user: typeof users.$inferSelect;
  workspace: typeof workspaces.$inferSelect;
}): Identity {
  return {
    workspaceId: row.user.workspaceId,
    userId: row.user.id,
    role: row.user.role,
    partnerId: row.user.partnerId,
    user: { id: row.user.id, email: row.user.email, name: row.user.name, role: row.user.role },
    workspace: { id: row.workspace.workspaceId, name: row.workspace.name },
  };
}

// Deactivation deletes the user's sessions and revokes their keys in its transaction; the
// deactivated check here is the second lock on the same door.

/**
 * The user behind an API key, or null if the key is unknown or revoked, or its user deactivated.
 * A key that works has its use noted (at most once a minute).
 */
export async function resolveApiKey(deps: Deps, key: string): Promise<Identity | null> {
  const [row] = await deps.db
    .select({ ...identityColumns, key: { id: apiKeys.id, lastUsedAt: apiKeys.lastUsedAt } })
    .from(apiKeys)
    .innerJoin(users, and(eq(users.workspaceId, apiKeys.workspaceId), eq(users.id, apiKeys.userId)))
    .innerJoin(workspaces, eq(workspaces.workspaceId, users.workspaceId))
    .where(and(eq(apiKeys.keyHash, sha256(key)), isNull(apiKeys.revokedAt), isNull(users.deactivatedAt)));
  if (!row) return null;
  await noteKeyUse(deps, { workspaceId: row.user.workspaceId, ...row.key });
  return { ...toIdentity(row), via: "api_key" };
}

/** The user behind a web session cookie, or null if it is unknown or expired. */
export async function resolveSession(deps: Deps, token: string): Promise<Identity | null> {
  const [row] = await deps.db
    .select(identityColumns)
    .from(sessions)
    .innerJoin(users, and(eq(users.workspaceId, sessions.workspaceId), eq(users.id, sessions.userId)))
    .innerJoin(workspaces, eq(workspaces.workspaceId, users.workspaceId))
    .where(
      and(
        eq(sessions.tokenHash, sha256(token)),
        gt(sessions.expiresAt, deps.now()),
        isNull(users.deactivatedAt),
      ),
    );
  return row ? { ...toIdentity(row), via: "session" } : null;
}
