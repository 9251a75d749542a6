import { and, eq, sql } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import { sessions, users, workspaces } from "../../store/schema/index.ts";
import type { Deps } from "../context.ts";
import { sha256, verifyPassword } from "./secrets.ts";
import { startSession } from "./sessions.ts";

export interface LoginResult {
  token: string;
  expiresAt: Date;
  user: { id: string; email: string; name: string; role: string };
  workspace: { id: string; name: string };
}

/** Password login; a user who belongs to several workspaces picks one by slug. */
export async function login(
  deps: Deps,
  input: { email: string; password: string; workspace?: string },
): Promise<LoginResult> {
  const candidates = await deps.db
    .select({ user: users, workspace: workspaces })
    .from(users)
    .innerJoin(workspaces, eq(workspaces.workspaceId, users.workspaceId))
    .where(
      and(
        sql`lower(${users.email}) = ${input.email.toLowerCase()}`,
        input.workspace ? eq(workspaces.slug, input.workspace) : undefined,
      ),
    );
  const matches = [];
  // A deactivated user is dropped only after the password check, so the answer (and its timing)
  // is the same as for a wrong password: nobody learns that the account exists but is off.
  for (const c of candidates) {
    if ((await verifyPassword(input.password, c.user.passwordHash)) && !c.user.deactivatedAt) matches.push(c);
  }
  if (matches.length === 0) throw new AppError("unauthenticated", "Wrong email or password.");
  if (matches.length > 1) {
    throw new AppError("validation_failed", "This email belongs to several workspaces: name one.", {
      workspaces: matches.map((m) => m.workspace.slug),
    });
  }
  const { user, workspace } = matches[0]!;
  const { token, expiresAt } = await startSession(deps.db, deps, {
    workspaceId: user.workspaceId,
    userId: user.id,
  });
  return {
    token,
    expiresAt,
    user: { id: user.id, email: user.email, name: user.name, role: user.role },
    workspace: { id: workspace.workspaceId, name: workspace.name },
  };
}

export async function logout(deps: Deps, token: string): Promise<void> {
  await deps.db.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
}
