// The orders a user may pick for the contacts list, and the keyset cursor each one pages with.
import type { Temperature } from "../../domain/catalogue.ts";
import { SCORE_CURSOR_KEY } from "../../store/queries/contact-by-score.ts";
import type { ContactOrder } from "../../store/queries/contacts.ts";
import { isIdCursor, isRealTimestamp } from "../pagination.ts";

export const CONTACT_SORTS = ["newest", "name", "last_touch"] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];

/**
 * The order of a page. A sort the user picked wins; without one, the board's columns read now
 * are ordered by engagement (hot and warm by cooling instant, cold by score key) and everything
 * else — a column as of a past instant included — newest first.
 */
export function contactOrder(input: {
  sort?: ContactSort;
  temperature?: Temperature;
  at?: Date;
}): ContactOrder {
  if (input.sort === "name") return "name";
  if (input.sort === "last_touch") return "last_touch";
  if (input.sort === "newest" || input.at || !input.temperature) return "id";
  return input.temperature === "hot" ? "hot_until" : input.temperature === "warm" ? "warm_until" : "score";
}

export interface ContactCursorValue {
  /** Which order the cursor belongs to: a cursor of one order is refused by another. */
  order: ContactOrder;
  key: string | null;
  id: string;
}

/** A guard for cursors of `order`: the key each order writes, nothing else. */
export function isCursorOf(order: ContactOrder) {
  return (v: unknown): v is ContactCursorValue => {
    if (!isIdCursor({ ...(v as object), key: null })) return false;
    const c = v as { order?: unknown; key?: unknown };
    if (c.order !== order) return false;
    switch (order) {
      case "id":
        return c.key === null;
      case "name":
        return typeof c.key === "string" && c.key.length <= 1000;
      case "last_touch":
        return c.key === null || isRealTimestamp(c.key, "postgres");
      case "score":
        return typeof c.key === "string" && SCORE_CURSOR_KEY.test(c.key) && isFiniteKey(c.key);
      default:
        return isIdCursor(v);
    }
  };
}

/** "gain 1e999" has the shape of a score key but no value PostgreSQL's double precision holds. */
function isFiniteKey(key: string): boolean {
  const value = key.split(" ")[1];
  return value === undefined || Number.isFinite(Number(value));
}
