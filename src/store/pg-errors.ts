// PostgreSQL error codes the services turn into clear answers. Drizzle wraps the driver's error,
// so the code sits on the error or on its cause.
export const UNIQUE_VIOLATION = "23505";
export const FOREIGN_KEY_VIOLATION = "23503";

export function pgErrorCode(err: unknown): string | undefined {
  return (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
}

/** Whether PostgreSQL refused a write because its disk is full (53100, "could not extend file"). */
export function isDiskFull(err: unknown): boolean {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.code === "53100") return true;
    e = e.cause as typeof e;
  }
  return false;
}

/**
 * Whether the database could not be reached or went away mid-statement (a restart, a failover):
 * a passing condition, not a fault of the request. Connection classes 08 and 57P0x, refused or
 * reset sockets, and the driver's "terminated" errors.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (
    let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 5;
    depth++
  ) {
    const code = typeof e.code === "string" ? e.code : "";
    if (/^08|^57P0[1-3]$|^ECONNREFUSED$|^ECONNRESET$|^EPIPE$|^ETIMEDOUT$/.test(code)) return true;
    if (
      typeof e.message === "string" &&
      /Connection terminated|connection timeout|Client has encountered a connection error/i.test(e.message)
    )
      return true;
    e = e.cause as typeof e;
  }
  return false;
}
