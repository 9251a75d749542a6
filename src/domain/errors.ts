// Errors are codes. One table (http/errors.ts, cli/exit-codes.ts) maps each code to an HTTP
// status and a CLI exit code; the message is written for the user.
export type ErrorCode =
  | "validation_failed"
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "unknown_reference"
  | "conflict"
  | "idempotency_mismatch"
  | "payload_too_large"
  | "unsupported_media_type"
  | "data_dir_locked"
  | "rate_limited"
  | "unavailable"
  | "internal";

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }
}

export const notFound = (what: string, id: string) =>
  new AppError("not_found", `${what} ${id} was not found.`);

/**
 * Whether running the same work again may succeed. A wrong request (invalid, unknown, not
 * allowed) fails the same way every time; a conflict can clear once a concurrent change lands;
 * an internal error or a locked data folder may be passing. A Record, so a new code needs a say.
 */
const RETRY_MAY_HELP: Record<ErrorCode, boolean> = {
  validation_failed: false,
  unauthenticated: false,
  forbidden: false,
  not_found: false,
  unknown_reference: false,
  conflict: true,
  idempotency_mismatch: false,
  payload_too_large: false,
  unsupported_media_type: false,
  data_dir_locked: true,
  rate_limited: true,
  unavailable: true,
  internal: true,
};

/** An AppError that no retry can fix. */
export const isPermanentFailure = (err: unknown): err is AppError =>
  err instanceof AppError && !RETRY_MAY_HELP[err.code];
