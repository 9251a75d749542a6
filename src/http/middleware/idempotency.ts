import type { MiddlewareHandler } from "hono";
import { AppError } from "../../domain/errors.ts";
import { sha256 } from "../../services/auth/secrets.ts";
import { claimIdempotencyKey, settleIdempotencyKey } from "../../services/idempotency/idempotency-keys.ts";
import type { AppEnv } from "../env.ts";

// Idempotency-Key on a write: a repeat gets the first successful response back
// (services/idempotency/idempotency-keys.ts keeps the keys and says what a repeat gets).
export function idempotency(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const clientKey = c.req.header("Idempotency-Key");
    if (clientKey === undefined || c.req.method === "GET") return next();
    if (clientKey.length < 1 || clientKey.length > 255) {
      throw new AppError("validation_failed", "Idempotency-Key must be 1 to 255 characters.");
    }
    const deps = c.get("deps");
    const actor = c.get("identity");
    const url = new URL(c.req.url);
    const requestHash = sha256(`${c.req.method} ${url.pathname}${url.search}\n${await c.req.text()}`);
    const first = await claimIdempotencyKey(deps, actor, { clientKey, requestHash });
    if (first) {
      c.header("Idempotent-Replayed", "true");
      if (first.status === 204) return c.body(null, 204);
      return c.json(first.body as object, first.status as 200);
    }
    try {
      await next();
    } finally {
      const { status } = c.res;
      const body = status >= 200 && status < 300 && status !== 204 ? await c.res.clone().json() : null;
      const outcome = { clientKey, status, body };
      await settleIdempotencyKey(deps, actor, outcome).catch((err: unknown) => {
        settleLater(() => settleIdempotencyKey(deps, actor, outcome));
        throw err;
      });
    }
  };
}

/**
 * A key the database could not settle (it went away mid-request) would hold its claim for ten
 * minutes, refusing every retry as "still being processed": settle it once the database is back,
 * trying every two seconds for five minutes. The request itself answers with the failure.
 */
function settleLater(settle: () => Promise<void>, attemptsLeft = 150): void {
  setTimeout(() => {
    settle().catch(() => {
      if (attemptsLeft > 1) settleLater(settle, attemptsLeft - 1);
    });
  }, 2_000).unref();
}
