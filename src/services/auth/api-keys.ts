import { and, asc, eq, isNull } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import { apiKeys, users } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type NoUser, recordAudit } from "../audit/record-audit.ts";
import type { Actor, Deps } from "../context.ts";
import { newToken, sha256 } from "./secrets.ts";

/**
 * Creates an API key acting as `userId`. The key itself is returned once and never stored (nor
 * logged: the audit event names the key's id and prefix). `by` is who asked; the CLI by default.
 */
export async function createApiKey(
  deps: Deps,
  input: { workspaceId: string; userId: string; name: string },
  by: Actor | NoUser = { workspaceId: input.workspaceId, via: "cli" },
): Promise<{ id: string; key: string; prefix: string }> {
  const key = newToken("baton");
  const prefix = key.slice(0, 12);
  return inTransaction(deps.db, async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({
        workspaceId: input.workspaceId,
        userId: input.userId,
        name: input.name,
        prefix,
        keyHash: sha256(key),
      })
      .returning({ id: apiKeys.id });
    await recordAudit(
      tx,
      by,
      {
        action: "apikey.created",
        targetType: "api_key",
        targetId: row!.id,
        summary: `API key "${input.name}" (${prefix}…) created`,
        details: { name: input.name, prefix, userId: input.userId },
      },
      deps.now(),
    );
    return { id: row!.id, key, prefix };
  });
}

/** The CLI's revocation (the app's is `revokeUserApiKey`). */
export async function revokeApiKey(deps: Deps, input: { workspaceId: string; id: string }): Promise<void> {
  await inTransaction(deps.db, async (tx) => {
    const revoked = await tx
      .update(apiKeys)
      .set({ revokedAt: deps.now() })
      .where(
        and(eq(apiKeys.workspaceId, input.workspaceId), eq(apiKeys.id, input.id), isNull(apiKeys.revokedAt)),
      )
      .returning({ id: apiKeys.id, name: apiKeys.name, prefix: apiKeys.prefix });
    const key = revoked[0];
    if (!key) throw new AppError("not_found", `Active API key ${input.id} was not found.`);
    await recordAudit(tx, { workspaceId: input.workspaceId, via: "cli" }, revokedEntry(key), deps.now());
  });
}

export const revokedEntry = (key: { id: string; name: string; prefix: string }) => ({
  action: "apikey.revoked" as const,
  targetType: "api_key",
  targetId: key.id,
  summary: `API key "${key.name}" (${key.prefix}…) revoked`,
});

/** A workspace's keys, without secrets: what `apikey revoke` needs to name one. */
export async function listApiKeys(deps: Deps, workspaceId: string) {
  return deps.db
    .select({
      id: apiKeys.id,
      name: apiKeys.name,
      prefix: apiKeys.prefix,
      user: users.email,
      createdAt: apiKeys.createdAt,
      revokedAt: apiKeys.revokedAt,
    })
    .from(apiKeys)
    .innerJoin(users, and(eq(users.workspaceId, apiKeys.workspaceId), eq(users.id, apiKeys.userId)))
    .where(eq(apiKeys.workspaceId, workspaceId))
    .orderBy(asc(apiKeys.createdAt));
}
