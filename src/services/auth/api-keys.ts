import { and, asc, eq, isNull } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import { apiKeys, users } from "../../store/schema/index.ts";
import type { Deps } from "../context.ts";
import { newToken, sha256 } from "./secrets.ts";

/** Creates an API key acting as `userId`. The key itself is returned once and never stored. */
export async function createApiKey(
  deps: Deps,
  input: { workspaceId: string; userId: string; name: string },
): Promise<{ id: string; key: string; prefix: string }> {
  const key = newToken("baton");
  const prefix = key.slice(0, 12);
  const [row] = await deps.db
    .insert(apiKeys)
    .values({
      workspaceId: input.workspaceId,
      userId: input.userId,
      name: input.name,
      prefix,
      keyHash: sha256(key),
    })
    .returning({ id: apiKeys.id });
  return { id: row!.id, key, prefix };
}

export async function revokeApiKey(deps: Deps, input: { workspaceId: string; id: string }): Promise<void> {
  const revoked = await deps.db
    .update(apiKeys)
    .set({ revokedAt: deps.now() })
    .where(
      and(eq(apiKeys.workspaceId, input.workspaceId), eq(apiKeys.id, input.id), isNull(apiKeys.revokedAt)),
    )
    .returning({ id: apiKeys.id });
  if (revoked.length === 0) throw new AppError("not_found", `Active API key ${input.id} was not found.`);
}

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
