import { ConfigError } from "../config.ts";
import { AppError, type ErrorCode } from "../domain/errors.ts";

// The one table from error codes to process exit codes (sysexits-style where one fits).
const EXIT_CODE: Record<ErrorCode, number> = {
  validation_failed: 65,
  unauthenticated: 77,
  forbidden: 77,
  not_found: 66,
  unknown_reference: 66,
  conflict: 73,
  idempotency_mismatch: 65,
  payload_too_large: 65,
  unsupported_media_type: 65,
  data_dir_locked: 75,
  rate_limited: 75,
  unavailable: 75,
  internal: 70,
};

/** Prints a clear message and exits with the code that matches the error. */
export function exitWithError(err: unknown): never {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(78);
  }
  if (err instanceof AppError) {
    console.error(`baton: ${err.message}`);
    process.exit(EXIT_CODE[err.code]);
  }
  // Never a bare "undefined": a failure without a message still says that something failed.
  console.error(
    err instanceof Error
      ? (err.stack ?? err.message)
      : `baton: failed without a reason (${String(err)}); run again with LOG_LEVEL=debug to see more.`,
  );
  process.exit(70);
}
