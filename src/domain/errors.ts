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
