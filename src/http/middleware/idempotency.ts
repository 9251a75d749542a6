import { sql } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import { AppError } from "../../domain/errors.ts";
import { sha256 } from "../../services/auth/secrets.ts";
import type { AppEnv } from "../env.ts";

// A write carrying an Idempotency-Key returns, when repeated, the first successful response.
// The key is claimed before the work starts, so two concurrent repeats never both run; a claim
// left by a crashed request is taken over after ten minutes. Failed requests release their key
// so the client can retry with the same key. Keys belong to the user who sent them: another
// user repeating a key never receives someone else's stored response.
const ABANDONED_AFTER = "10 minutes";

export function idempotency(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const clientKey = c.req.header("Idempotency-Key");
    if (clientKey === undefined || c.req.method === "GET") return next();
    if (clientKey.length < 1 || clientKey.length > 255) {
      throw new AppError("validation_failed", "Idempotency-Key must be 1 to 255 characters.");
    }
    const { db } = c.get("deps");
    const identity = c.get("identity");
    const workspaceId = identity.workspaceId;
    const key = `${identity.userId}:${clientKey}`;
    const url = new URL(c.req.url);
    const requestHash = sha256(`${c.req.method} ${url.pathname}${url.search}\n${await c.req.text()}`);
    const claimed = await db.execute(sql`
      insert into idempotency_keys (workspace_id, key, request_hash) values (${workspaceId}, ${key}, ${requestHash})
      on conflict (workspace_id, key) do update set request_hash = excluded.request_hash, created_at = now()
        where idempotency_keys.status is null and idempotency_keys.created_at < now() - interval '${sql.raw(ABANDONED_AFTER)}'
      returning key`);
    if (claimed.rowCount === 0) {
      const found = await db.execute<{ request_hash: string; status: number | null; body: unknown }>(sql`
        select request_hash, status, body from idempotency_keys where workspace_id = ${workspaceId} and key = ${key}`);
      const first = found.rows[0]!;
      if (first.request_hash !== requestHash) {
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
      c.header("Idempotent-Replayed", "true");
      if (first.status === 204) return c.body(null, 204);
      return c.json(first.body as object, first.status as 200);
    }
    try {
      await next();
    } finally {
      if (c.res.status >= 200 && c.res.status < 300) {
        const body = c.res.status === 204 ? null : await c.res.clone().json();
        await db.execute(sql`update idempotency_keys set status = ${c.res.status}, body = ${JSON.stringify(body)}::jsonb
          where workspace_id = ${workspaceId} and key = ${key}`);
      } else {
        await db.execute(
          sql`delete from idempotency_keys where workspace_id = ${workspaceId} and key = ${key}`,
        );
      }
    }
  };
}
