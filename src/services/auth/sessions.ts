// Web sessions: the cookie holds a random token, the table only its SHA-256.
import { and, eq, ne } from "drizzle-orm";
import type { Executor } from "../../store/db.ts";
import { sessions, users } from "../../store/schema/index.ts";
import type { Deps } from "../context.ts";
import { newToken, sha256 } from "./secrets.ts";

const SESSION_DAYS = 14;

/** Opens a session for the user and records the login; the token goes into the cookie only. */
export async function startSession(
  ex: Executor,
  deps: Deps,
  user: { workspaceId: string; userId: string },
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken("bts");
  const now = deps.now();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await ex.insert(sessions).values({ ...user, tokenHash: sha256(token), expiresAt });
  await ex
    .update(users)
    .set({ lastLoginAt: now })
    .where(and(eq(users.workspaceId, user.workspaceId), eq(users.id, user.userId)));
  return { token, expiresAt };
}

/** Ends the user's sessions, except the one whose token is `keep` (the browser asking). */
export async function endSessions(
  ex: Executor,
  user: { workspaceId: string; userId: string },
  keep?: string,
): Promise<void> {
  await ex
    .delete(sessions)
    .where(
      and(
        eq(sessions.workspaceId, user.workspaceId),
        eq(sessions.userId, user.userId),
        keep ? ne(sessions.tokenHash, sha256(keep)) : undefined,
      ),
    );
}
