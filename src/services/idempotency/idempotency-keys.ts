// A write carrying an Idempotency-Key returns, when repeated, the first successful response.
// The key is claimed before the work starts, so two concurrent repeats never both run; a claim
// left by a crashed request is taken over after ten minutes. Failed requests release their key
// so the client can retry with the same key. Keys belong to the user who sent them: another
// user repeating a key never receives someone else's stored response.
import { sql } from "drizzle-orm";
import { AppError } from "../../domain/errors.ts";
import type { Actor, Deps } from "../context.ts";

const ABANDONED_AFTER = "10 minutes";

export interface IdempotentRequest {
  clientKey: string;
  /** A hash of the method, path, query and body: the same key with another request is refused. */
  requestHash: string;
}

/** The stored response of an earlier request with this key, or null: the key is now ours. */
export async function claimIdempotencyKey(
  deps: Deps,
  actor: Actor,
  request: IdempotentRequest,
): Promise<{ status: number; body: unknown } | null> {
  const key = `${actor.userId}:${request.clientKey}`;
  const claimed = await deps.db.execute(sql`
    insert into idempotency_keys (workspace_id, key, request_hash) values (${actor.workspaceId}, ${key}, ${request.requestHash})
    on conflict (workspace_id, key) do update set request_hash = excluded.request_hash, created_at = now()
      where idempotency_keys.status is null and idempotency_keys.created_at < now() - interval '${sql.raw(ABANDONED_AFTER)}'
    returning key`);
  if (claimed.rowCount !== 0) return null;
  const found = await deps.db.execute<{ request_hash: string; status: number | null; body: unknown }>(sql`
    select request_hash, status, body from idempotency_keys where workspace_id = ${actor.workspaceId} and key = ${key}`);
  const first = found.rows[0]!;
  if (first.request_hash !== request.requestHash) {
    throw new AppError(
      "idempotency_mismatch",
      "This Idempotency-Key was already used with a different request.",
    );
  }
  if (first.status === null) {
    throw new AppError(
      "conflict",
      "A request with this Idempotency-Key is still being processed; retry shortly.",
    );
  }
  return { status: first.status, body: first.body };
}

/** Keeps a successful (2xx) response for repeats; any other outcome releases the key. */
export async function settleIdempotencyKey(
  deps: Deps,
  actor: Actor,
  outcome: { clientKey: string; status: number; body: unknown },
): Promise<void> {
  const key = `${actor.userId}:${outcome.clientKey}`;
  if (outcome.status >= 200 && outcome.status < 300) {
    await deps.db.execute(sql`update idempotency_keys set status = ${outcome.status}, body = ${JSON.stringify(outcome.body)}::jsonb
      where workspace_id = ${actor.workspaceId} and key = ${key}`);
  } else {
    await deps.db.execute(
      sql`delete from idempotency_keys where workspace_id = ${actor.workspaceId} and key = ${key}`,
    );
  }
}
