// When a key last worked, for the keys panel ("is that script still running?"). Noted at most once
// a minute per key, so a busy integration does not write on every request: the read that
// authenticates returns the last note, and only a stale one is rewritten. The UPDATE repeats the
// test, so concurrent requests with one key write it once.
import { and, eq, isNull, lte, or } from "drizzle-orm";
import { apiKeys } from "../../store/schema/index.ts";
import type { Deps } from "../context.ts";

/** How fine "last used" is: a note younger than this is left as it is. */
export const KEY_USE_RESOLUTION_MS = 60_000;

export const keyUseIsStale = (lastUsedAt: Date | null, now: Date) =>
  lastUsedAt === null || now.getTime() - lastUsedAt.getTime() >= KEY_USE_RESOLUTION_MS;

export async function noteKeyUse(
  deps: Deps,
  key: { workspaceId: string; id: string; lastUsedAt: Date | null },
): Promise<void> {
  const now = deps.now();
  if (!keyUseIsStale(key.lastUsedAt, now)) return;
  await deps.db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiKeys.workspaceId, key.workspaceId),
        eq(apiKeys.id, key.id),
        or(
          isNull(apiKeys.lastUsedAt),
          lte(apiKeys.lastUsedAt, new Date(now.getTime() - KEY_USE_RESOLUTION_MS)),
        ),
      ),
    );
}
