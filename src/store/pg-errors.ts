// PostgreSQL error codes the services turn into clear answers. Drizzle wraps the driver's error,
// so the code sits on the error or on its cause.
export const UNIQUE_VIOLATION = "23505";
export const FOREIGN_KEY_VIOLATION = "23503";

export function pgErrorCode(err: unknown): string | undefined {
  return (err as { code?: string }).code ?? (err as { cause?: { code?: string } }).cause?.code;
}
