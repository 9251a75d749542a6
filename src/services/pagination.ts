import { AppError } from "../domain/errors.ts";

// Cursors are opaque to clients: base64url JSON of the last row's sort key and id.
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

export function decodeCursor<T>(cursor: string | undefined, isValid: (v: unknown) => v is T): T | undefined {
  if (!cursor) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (isValid(value)) return value;
  } catch {}
  throw new AppError("validation_failed", "The cursor is not valid; use the nextCursor of a previous page.");
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// A timestamp as PostgreSQL writes it (e.g. the last-touch key): "2026-05-01 12:00:00.123456+00".
const PG_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?(?:([+-])(\d{2})(?::?(\d{2}))?|Z)$/;

/**
 * Whether a cursor's timestamp names a real instant PostgreSQL accepts. The shapes alone let
 * through February 30th (JavaScript rolls it over, PostgreSQL refuses it) and year 0 (PostgreSQL
 * has none): a forged cursor must be a 400, never a failed query.
 */
export function isRealTimestamp(text: unknown, shape: "iso" | "postgres" = "iso"): text is string {
  if (typeof text !== "string") return false;
  if (shape === "iso") {
    if (!ISO_INSTANT.test(text) || text.startsWith("0000")) return false;
    const parsed = Date.parse(text);
    return !Number.isNaN(parsed) && new Date(parsed).toISOString() === text;
  }
  const m = PG_TIMESTAMP.exec(text);
  if (!m) return false;
  const [, y, mo, d, h, mi, s, , offsetHours, offsetMinutes] = m;
  if (y === "0000" || Number(offsetHours ?? 0) > 15 || Number(offsetMinutes ?? 0) > 59) return false;
  const wallClock = `${y}-${mo}-${d}T${h}:${mi}:${s}.000Z`;
  const parsed = Date.parse(wallClock);
  return !Number.isNaN(parsed) && new Date(parsed).toISOString() === wallClock;
}

export function isIdCursor(v: unknown): v is { key: string | null; id: string } {
  const c = v as { key?: unknown; id?: unknown };
  return (
    typeof c === "object" &&
    c !== null &&
    typeof c.id === "string" &&
    UUID.test(c.id) &&
    (c.key === null || isRealTimestamp(c.key))
  );
}

/**
 * One page of a list ordered by id, newest first: `load` is asked for one row more than the limit,
 * which says whether another page follows without a count.
 */
export async function pageById<R extends { id: string }>(
  page: { limit: number; cursor?: string },
  load: (q: { limit: number; afterId?: string }) => Promise<R[]>,
): Promise<{ data: R[]; nextCursor: string | null }> {
  const cursor = decodeCursor(page.cursor, isIdCursor);
  const rows = await load({ limit: page.limit + 1, afterId: cursor?.id });
  const data = rows.slice(0, page.limit);
  const last = data.at(-1);
  return {
    data,
    nextCursor: rows.length > page.limit && last ? encodeCursor({ key: null, id: last.id }) : null,
  };
}
