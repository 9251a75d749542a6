import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ZodError } from "zod";
import { AppError, type ErrorCode } from "../domain/errors.ts";
import { currentOutage, isDatabaseUnavailable, isDiskFull } from "../services/availability.ts";

// The one table from error codes to HTTP statuses.
export const HTTP_STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  idempotency_mismatch: 422,
  unknown_reference: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  data_dir_locked: 409,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

export function errorBody(code: ErrorCode, message: string, details?: unknown) {
  return { error: { code, message, details: details ?? null } };
}

export function validationError(error: ZodError): AppError {
  const issues = error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  const first = issues[0];
  const summary = first ? `${first.path ? `${first.path}: ` : ""}${first.message}` : "Invalid request";
  const more =
    issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
  return new AppError("validation_failed", `${summary}${more}`, { issues });
}

export function handleError(err: Error, c: Context, log: (m: string) => void) {
  if (err instanceof AppError) {
    const retryAfter = (err.details as { retryAfterSeconds?: number } | null)?.retryAfterSeconds;
    if (err.code === "rate_limited" && retryAfter) c.header("Retry-After", String(retryAfter));
    return c.json(errorBody(err.code, err.message, err.details), HTTP_STATUS[err.code]);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    const code: ErrorCode =
      status === 413 ? "payload_too_large" : status === 401 ? "unauthenticated" : "validation_failed";
    const message = status === 413 ? "The request body is too large." : err.message || "Bad request";
    return c.json(errorBody(code, message), status === 413 ? 413 : status === 401 ? 401 : 400);
  }
  if (isDiskFull(err)) {
    // Nothing of the request was saved (its transaction rolled back); it can be sent again later.
    log(`Database disk full on ${c.req.method} ${c.req.path}: ${err.message.split("\n")[0]}`);
    c.header("Retry-After", "60");
    return c.json(
      errorBody(
        "unavailable",
        "The database's disk is full, so nothing was saved; try again once an administrator has freed space.",
      ),
      503,
    );
  }
  if (isDatabaseUnavailable(err)) {
    // A restart or failover of PostgreSQL: the pool reconnects by itself; the client should retry.
    log(`Database unavailable on ${c.req.method} ${c.req.path}: ${err.message.split("\n")[0]}`);
    c.header("Retry-After", "5");
    return c.json(
      errorBody(
        "unavailable",
        currentOutage() ?? "The database cannot be reached for a moment; try again shortly.",
      ),
      503,
    );
  }
  log(`Unhandled error on ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
  return c.json(errorBody("internal", "Something went wrong on our side; it has been logged."), 500);
}
