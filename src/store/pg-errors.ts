// PostgreSQL error codes the services turn into clear answers. Drizzle wraps the driver's error,
// so the code sits on the error or on its cause.
export const UNIQUE_VIOLATION = "23505";
export const FOREIGN_KEY_VIOLATION = "23503";

export function pgErrorCode(err: unknown): string | undefined {
  return (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
}

type Cause = { code?: unknown; message?: unknown; cause?: unknown };

/** An error and the errors it wraps (Drizzle wraps the driver's), outermost first, at most five deep. */
function* causes(err: unknown): Generator<Cause> {
  for (let e = err as Cause | undefined, depth = 0; e && depth < 5; depth++, e = e.cause as Cause | undefined)
    yield e;
}

/** Whether PostgreSQL refused a write because its disk is full (53100, "could not extend file"). */
export function isDiskFull(err: unknown): boolean {
  for (const e of causes(err)) if (e.code === "53100") return true;
  return false;
}

/**
 * Whether the database could not be reached or went away mid-statement (a restart, a failover):
 * a passing condition, not a fault of the request. Connection classes 08 and 57P0x, refused or
 * reset sockets, and the driver's "terminated" errors.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (const e of causes(err)) {
    const code = typeof e.code === "string" ? e.code : "";
    if (/^08|^57P0[1-3]$|^ECONNREFUSED$|^ECONNRESET$|^EPIPE$|^ETIMEDOUT$/.test(code)) return true;
    if (
      typeof e.message === "string" &&
      /Connection terminated|connection timeout|Client has encountered a connection error/i.test(e.message)
    )
      return true;
  }
  return false;
}
