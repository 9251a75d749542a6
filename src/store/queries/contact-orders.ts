// The contacts list's user-chosen orders beside newest first: by name and by last touch. Each is a
// keyset over an index, so any page of a million contacts costs about what the first one does.
import { type SQL, sql } from "drizzle-orm";

/**
 * The name as the list shows it — first and last name, or the email when there is none —
 * lower-cased and compared byte by byte ("C"), so the order is the same on every server whatever
 * its default collation. Character for character the expression of `contacts_name_idx`.
 */
export const CONTACT_NAME_KEY = sql.raw(
  `(lower(coalesce(nullif(btrim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, '')), ''), c.email)) collate "C")`,
);

/** The last row of a page: its sort key as text (null past the keyed part) and its id. */
export interface KeysetPosition {
  key: string | null;
  id: string;
}

type Page = { limit: number; cursor?: KeysetPosition };

/** A–Z by name, ties by id: one range of `contacts_name_idx`. */
export function byNameSql(select: (extra: SQL) => SQL, where: SQL, page: Page): SQL {
  const after = page.cursor
    ? sql`and (${CONTACT_NAME_KEY}, c.id) > (${page.cursor.key ?? ""}, ${page.cursor.id}::uuid)`
    : sql``;
  return sql`${select(sql`, ${CONTACT_NAME_KEY} as sort_text`)}
    where ${where} ${after}
    order by ${CONTACT_NAME_KEY}, c.id
    limit ${page.limit}`;
}

/**
 * Most recently touched first — the touched contacts, a backward range of
 * `contact_scores_t0_idx` — then those never touched, newest first. The cursor's key is the last
 * touch as PostgreSQL writes it (microseconds kept, so a page never splits an instant), or null
 * once the list is among the untouched.
 */
export function byLastTouchSql(
  select: (extra: SQL) => SQL,
  where: SQL,
  page: Page,
): { touched: SQL | null; untouched: SQL } {
  const cursor = page.cursor;
  const touched =
    cursor && cursor.key === null
      ? null
      : sql`${select(sql`, s.t0::text as sort_text`)}
    where ${where} and s.t0 is not null
      ${cursor ? sql`and (s.t0, s.contact_id) < (${cursor.key}::timestamptz, ${cursor.id}::uuid)` : sql``}
    order by s.t0 desc, s.contact_id desc
    limit ${page.limit}`;
  // "Never touched" as an anti-join: the planner estimates it well and walks the primary key
  // backwards; written as `s.t0 is null` on the outer join it chose a full sort instead.
  const untouched = sql`${select(sql`, null::text as sort_text`)}
    where ${where} and not exists (select 1 from contact_scores t where t.workspace_id = c.workspace_id
      and t.contact_id = c.id and t.t0 is not null)
      ${cursor && cursor.key === null ? sql`and c.id < ${cursor.id}` : sql``}
    order by c.id desc
    limit ${page.limit}`;
  return { touched, untouched };
}
