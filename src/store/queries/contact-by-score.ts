// The cold column by engagement, highest first, read now. E can be positive, zero (never touched,
// or only by weightless touches such as a sent email) or negative (an unsubscribe, a bounce), so
// the column is three parts read in turn, each a keyset: E > 0 by score key (a backward range of
// `contact_scores_gain_idx` from the warm line down), E = 0 newest first, E < 0 by score key
// (`contact_scores_loss_idx`). Within a part the order is E's at any instant after the contacts'
// latest touches (scoreKeySql), so a cursor stays true while the clock runs; the few contacts
// holding a touch dated ahead of now are summed, keyed at now and merged into their part.
import { type SQL, sql } from "drizzle-orm";
import type { ScoringSettings } from "../../domain/temperature.ts";
import type { KeysetPosition } from "./contact-orders.ts";
import {
  aheadOfSql,
  engagementAheadSql,
  instantSql,
  scoreKeySql,
  storedTemperatureSql,
  temperatureOfSql,
} from "./temperature-sql.ts";

const PARTS = ["gain", "zero", "loss"] as const;
type Part = (typeof PARTS)[number];

/** A cursor key of this order: the part, and within the gain or loss part the score key. */
export const SCORE_CURSOR_KEY = /^(?:zero|(?:gain|loss) -?\d+(?:\.\d+)?(?:e[+-]?\d+)?)$/;

type Page = { limit: number; cursor?: KeysetPosition };

/**
 * The SQL of each part still to read, in order: from the cursor's part on. The caller runs them
 * in turn until a page is full, so the E = 0 part (an anti-join walking the primary key) is read
 * only once the positive scores are exhausted.
 */
export function byScoreParts(
  workspaceId: string,
  select: (extra: SQL) => SQL,
  where: SQL,
  at: Date,
  s: ScoringSettings,
  page: Page,
): SQL[] {
  const sums = aheadSums(workspaceId, at, s);
  const [part, key] = parseKey(page.cursor?.key ?? null);
  const from = page.cursor ? PARTS.indexOf(part) : 0;
  return PARTS.slice(from).map((p) => {
    // Only the cursor's own part starts after it; the parts after it start at their beginning.
    const after = page.cursor && p === part ? { key, id: page.cursor.id } : undefined;
    return p === "zero"
      ? zeroPart(select, where, sums, at, page.limit, after?.id)
      : signedPart(p, select, where, sums, at, s, page.limit, after);
  });
}

function parseKey(key: string | null): [Part, string | null] {
  if (!key || key === "zero") return ["zero", null];
  const [part, value] = key.split(" ") as [Part, string];
  return [part, value];
}

/** E > 0 or E < 0, highest E first: larger keys first in both (a loss key is negated). */
function signedPart(
  part: "gain" | "loss",
  select: (extra: SQL) => SQL,
  where: SQL,
  sums: SQL,
  at: Date,
  s: ScoringSettings,
  limit: number,
  after?: { key: string | null; id: string },
): SQL {
  const sign = part === "gain" ? sql`> 0` : sql`< 0`;
  const since = (k: SQL, id: SQL) =>
    after ? sql`and (${k}, ${id}) < (${after.key}::float8, ${after.id}::uuid)` : sql``;
  // Positive and cold is below the warm line: a key under that of E = θ_warm a second from now
  // (a second of slack over the millisecond the stored cooling instants are truncated to). The
  // exact test is the stored one; this bound only starts the index range at the warm line.
  const belowWarm =
    part === "gain"
      ? sql`and s.score_key <= ${scoreKeySql(sql`${s.warmThreshold}::float8`, new Date(at.getTime() + 1000), s)}
        and ${storedTemperatureSql("cold", at)}`
      : sql``;
  const exact = sql`${select(sql`, s.score_key as sort_score`)}
    where ${where} and s.e0 ${sign} and s.t0 <= ${instantSql(at)} ${belowWarm} ${since(sql`s.score_key`, sql`s.contact_id`)}
    order by s.score_key desc, s.contact_id desc limit ${limit}`;
  const key = scoreKeySql(sql`a.e`, at, s);
  const ahead = sql`select * from (
      select b.*, ${key} as sort_score
      from (${select(sql``)} where ${where} and ${aheadOfSql(at)}) b join ${sums} on a.contact_id = b.id
      where a.e ${sign} and ${temperatureOfSql("cold", sql`a.e`, s)}
    ) x where true ${since(sql`x.sort_score`, sql`x.id`)}
    order by x.sort_score desc, x.id desc limit ${limit}`;
  // The cursor's key as text, once per row out. The part is one of two fixed words, written into
  // the SQL as a literal (never a request's text).
  return sql`select u.*, ${sql.raw(`'${part} '`)} || u.sort_score::text as sort_text
    from ((${exact}) union all (${ahead})) u
    order by u.sort_score desc, u.id desc limit ${limit}`;
}

/** E = 0, newest first: never touched, or touched by weightless kinds only. */
function zeroPart(
  select: (extra: SQL) => SQL,
  where: SQL,
  sums: SQL,
  at: Date,
  limit: number,
  afterId?: string,
): SQL {
  const since = (id: SQL) => (afterId ? sql`and ${id} < ${afterId}::uuid` : sql``);
  const extra = sql`, null::float8 as sort_score, 'zero' as sort_text`;
  // An anti-join, as the last-touch order reads the never-touched: the planner walks the
  // primary key backwards (contact-orders.ts).
  const exact = sql`${select(extra)}
    where ${where} and not exists (select 1 from contact_scores t where t.workspace_id = c.workspace_id
      and t.contact_id = c.id and (t.e0 <> 0 or t.t0 > ${instantSql(at)})) ${since(sql`c.id`)}
    order by c.id desc limit ${limit}`;
  const ahead = sql`select b.*, null::float8 as sort_score, 'zero' as sort_text
    from (${select(sql``)} where ${where} and ${aheadOfSql(at)}) b join ${sums} on a.contact_id = b.id
    where a.e = 0 ${since(sql`b.id`)}`;
  return sql`select * from ((${exact}) union all (${ahead})) u order by u.id desc limit ${limit}`;
}

/**
 * E at `at` of the few contacts holding a touch ahead of it, each summed once (aliased `a`).
 * `offset 0` keeps it a subquery: inlined, the sum was copied into every filter and sort key
 * above, and on 200,000 contacts its estimated cost led the planner into a full scan of the
 * contacts for a deep page (110 ms) and past PostgreSQL's JIT threshold for the first (compiling:
 * 230 ms of 320).
 */
function aheadSums(workspaceId: string, at: Date, s: ScoringSettings): SQL {
  return sql`(select s.contact_id, ${engagementAheadSql(at, s)} as e from contact_scores s
    where s.workspace_id = ${workspaceId} and ${aheadOfSql(at)} offset 0) a`;
}
