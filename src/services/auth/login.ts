import { and, eq, sql } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import { LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_ADDRESS } from "../../domain/rate-limits.ts";
import { sessions, users, workspaces } from "../../store/schema/index.ts";
import type { Deps } from "../context.ts";
import { clearHits, refuseIfSpent, takeHit } from "../limits/rate-limit.ts";
import { hashPassword, sha256, verifyPassword } from "./secrets.ts";
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
  input: { email: string; password: string; workspace?: string; clientAddress?: string | null },
): Promise<LoginResult> {
  const now = deps.now();
  const account = input.email.toLowerCase();
  // Guessing is slowed per address (failures only, so a busy office logging in is never refused)
  // and per account (every attempt counts, a success clears them: at most ten guesses a window,
  // however many run at once).
  if (input.clientAddress) await refuseIfSpent(deps.db, LOGIN_FAILURES_PER_ADDRESS, input.clientAddress, now);
  await takeHit(deps.db, LOGIN_FAILURES_PER_ACCOUNT, account, now);
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
  // An unknown email runs the same hash as a known one: the answer's timing tells nothing.
  if (candidates.length === 0) await verifyPassword(input.password, await unknownUsersHash());
  if (matches.length === 0) {
    if (input.clientAddress) await takeHit(deps.db, LOGIN_FAILURES_PER_ADDRESS, input.clientAddress, now);
    throw new AppError("unauthenticated", "Wrong email or password.");
  }
  await clearHits(deps.db, LOGIN_FAILURES_PER_ACCOUNT, account);
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

let dummyHash: Promise<string> | undefined;
/** A hash of no one's password, made once, for unknown emails to be checked against. */
const unknownUsersHash = () => {
  dummyHash ??= hashPassword("no such user");
  return dummyHash;
};

export async function logout(deps: Deps, token: string): Promise<void> {
  await deps.db.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
}
