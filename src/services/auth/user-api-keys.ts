// API keys in the app: everyone manages their own; admins also see and revoke everyone's (a key
// a departed colleague left in a script). The three use cases share one small file, like the
// plain records do. A key is shown once, at creation, and never again.
import { and, desc, eq, isNull } from "drizzle-orm";
import { AppError, notFound } from "../../domain/errors.ts";
import { apiKeys, users } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor, Deps } from "../context.ts";
import { createApiKey, revokedEntry } from "./api-keys.ts";

export interface ApiKeyView {
  id: string;
  name: string;
  /** The key's first characters, to recognise it; never the key. */
  prefix: string;
  userId: string;
  userName: string;
  createdAt: Date;
  /** When a request last authenticated with it, to the minute; null if never. */
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const columns = {
  id: apiKeys.id,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  userId: apiKeys.userId,
  userName: users.name,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
};

function readKeys(deps: Deps, workspaceId: string, where: { userId?: string; id?: string }) {
  return deps.db
    .select(columns)
    .from(apiKeys)
    .innerJoin(users, and(eq(users.workspaceId, apiKeys.workspaceId), eq(users.id, apiKeys.userId)))
    .where(
      and(
        eq(apiKeys.workspaceId, workspaceId),
        where.userId ? eq(apiKeys.userId, where.userId) : undefined,
        where.id ? eq(apiKeys.id, where.id) : undefined,
      ),
    )
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

/** The actor's keys, or with `everyone` (admins only) the whole workspace's. */
export async function listUserApiKeys(
  deps: Deps,
  actor: Actor,
  options: { everyone?: boolean } = {},
): Promise<ApiKeyView[]> {
  if (options.everyone && actor.role !== "admin")
    throw new AppError("forbidden", `Your role (${actor.role}) may not list other users' API keys.`);
  return readKeys(deps, actor.workspaceId, { userId: options.everyone ? undefined : actor.userId });
}

/** A key acting as the actor; the answer carries the key itself, this once. */
export async function createOwnApiKey(deps: Deps, actor: Actor, input: { name: string }) {
  const created = await createApiKey(
    deps,
    { workspaceId: actor.workspaceId, userId: actor.userId, name: input.name },
    actor,
  );
  const [view] = await readKeys(deps, actor.workspaceId, { id: created.id });
  return { ...view!, key: created.key };
}

/**
 * Revokes one key at once: the next request with it is refused. A key of someone else is
 * "not found" unless the actor is an admin, so its existence leaks to nobody else.
 * Revoking a revoked key changes nothing.
 */
export async function revokeUserApiKey(deps: Deps, actor: Actor, id: string): Promise<ApiKeyView> {
  await inTransaction(deps.db, async (tx) => {
    const [key] = await tx
      .select({
        userId: apiKeys.userId,
        name: apiKeys.name,
        prefix: apiKeys.prefix,
        revokedAt: apiKeys.revokedAt,
      })
      .from(apiKeys)
      .where(and(eq(apiKeys.workspaceId, actor.workspaceId), eq(apiKeys.id, id)))
      .for("update");
    if (!key || (key.userId !== actor.userId && actor.role !== "admin")) throw notFound("API key", id);
    if (key.revokedAt) return;
    await tx
      .update(apiKeys)
      .set({ revokedAt: deps.now() })
      .where(and(eq(apiKeys.workspaceId, actor.workspaceId), eq(apiKeys.id, id), isNull(apiKeys.revokedAt)));
    await recordAudit(tx, actor, revokedEntry({ id, ...key }), deps.now());
  });
  const [view] = await readKeys(deps, actor.workspaceId, { id });
  return view!;
}
