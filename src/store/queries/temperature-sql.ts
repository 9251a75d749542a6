// Temperature in SQL at one instant — "now" or any `at`, read the same way on every path
// (product.md §3: E(t) sums the touchpoints with tᵢ ≤ t). The stored state (E₀ at t₀ and the
// cooling instants) is exact for t ≥ t₀. A contact whose latest touch is after t — a touch dated
// a few minutes ahead for clock skew, read now, or any read in the past — is read from its
// arrival note (E settled before the touch ahead, decayed) or else summed from its touchpoints
// up to t. At now those contacts are few and found by the t₀ index.
// Every expression here reads a `contact_scores` row aliased `s` (possibly null: never touched).
import { type SQL, sql } from "drizzle-orm";
import type { Temperature } from "../../domain/catalogue.ts";
import type { ScoringSettings } from "../../domain/temperature.ts";
import type { Executor } from "../db.ts";

// Beyond 200 half-lives a contribution is below 1e-60 of its weight; PostgreSQL raises an
// underflow error rather than returning 0, so such terms are written as 0 explicitly.
const MAX_HALF_LIVES = 200;

/** SQL for w · 2^(−(at − occurred)/H), the §3 term; `elapsedSeconds` is a float8 expression. */
export function decaySql(elapsedSeconds: SQL, halfLifeSeconds: number): SQL {
  return sql`(case when (${elapsedSeconds}) / ${halfLifeSeconds}::float8 > ${MAX_HALF_LIVES} then 0::float8
    else power(2::float8, -(${elapsedSeconds}) / ${halfLifeSeconds}::float8) end)`;
}

/** An instant as SQL: a Date, or already a timestamptz expression (one per row). */
export const instantSql = (at: Date | SQL): SQL =>
  at instanceof Date ? sql`${at.toISOString()}::timestamptz` : at;

/** E(at) of the contact of `s`, summed from its touchpoints with occurred_at ≤ at. */
export function engagementFromTouchpointsSql(at: Date | SQL, s: ScoringSettings): SQL {
  const h = s.halfLifeMs / 1000;
  const elapsed = sql`date_part('epoch', ${instantSql(at)}) - date_part('epoch', t.occurred_at)`;
  return sql`(select coalesce(sum(coalesce((${JSON.stringify(s.weights)}::jsonb ->> t.kind)::float8, 0) * ${decaySql(elapsed, h)}), 0)
    from touchpoints t
    where t.workspace_id = s.workspace_id and t.contact_id = s.contact_id
      and t.occurred_at <= ${instantSql(at)})`;
}

/** Whether the stored state of `s` holds a touch after `at` (then it is not exact at `at`). */
export const aheadOfSql = (at: Date): SQL => sql`s.t0 > ${instantSql(at)}`;

/**
 * E(at) of a contact whose stored state is not exact at `at`: its arrival note's settled E
 * decayed to `at` when `at` lies between the note's settled instant and its next touch ahead (no
 * touch in between: one index lookup), else the sum of its touchpoints up to `at`.
 */
export function engagementAheadSql(at: Date, s: ScoringSettings): SQL {
  const when = instantSql(at);
  const elapsed = sql`date_part('epoch', ${when}) - date_part('epoch', n.settled_at)`;
  return sql`coalesce(
    (select n.e_settled * ${decaySql(elapsed, s.halfLifeMs / 1000)} from touch_arrivals n
      where n.workspace_id = s.workspace_id and n.contact_id = s.contact_id
        and n.settled_at <= ${when} and n.arrives_at > ${when}),
    ${engagementFromTouchpointsSql(at, s)})`;
}

/** E(at) where the stored state is not exact at `at`, else null (then the stored state is). */
export function engagementWhereAheadSql(at: Date, s: ScoringSettings): SQL {
  return sql`case when ${aheadOfSql(at)} then ${engagementAheadSql(at, s)} end`;
}

/** The temperature predicate on the stored cooling instants (exact where s.t0 ≤ at). */
export function storedTemperatureSql(t: Temperature, at: Date): SQL {
  const when = instantSql(at);
  return {
    hot: sql`s.hot_until >= ${when}`,
    warm: sql`s.warm_until >= ${when} and (s.hot_until is null or s.hot_until < ${when})`,
    cold: sql`(s.warm_until is null or s.warm_until < ${when})`,
  }[t];
}

/** The temperature predicate on an engagement value (`e`, a float8 expression). */
export function temperatureOfSql(t: Temperature, e: SQL, s: ScoringSettings): SQL {
  return {
    hot: sql`${e} >= ${s.hotThreshold}::float8`,
    warm: sql`${e} >= ${s.warmThreshold}::float8 and ${e} < ${s.hotThreshold}::float8`,
    cold: sql`${e} < ${s.warmThreshold}::float8`,
  }[t];
}

/** The temperature at `at`, exact for every contact: the stored instants, else the note or the sum. */
export function temperatureAtSql(t: Temperature, at: Date, s: ScoringSettings): SQL {
  const summed = temperatureOfSql(t, engagementAheadSql(at, s), s);
  return sql`((s.t0 is null or s.t0 <= ${instantSql(at)}) and ${storedTemperatureSql(t, at)}
    or (${aheadOfSql(at)} and ${summed}))`;
}

/**
 * The instant E computed from the touches up to `at` would fall below θ, truncated to
 * milliseconds like the stored instants: at + H·log₂(E/θ). It orders a summed contact among the
 * stored ones by the same key (E(at) = θ·2^((key − at)/H) for both), and does not move with `at`
 * while no touch arrives, so keyset pages stay stable.
 */
export function coolingKeySql(e: SQL, threshold: number, at: Date, s: ScoringSettings): SQL {
  const h = s.halfLifeMs / 1000;
  return sql`date_trunc('milliseconds', ${instantSql(at)}
    + make_interval(secs => ${h}::float8 * ln(${e} / ${threshold}::float8) / ln(2::float8)))`;
}

/**
 * The order key of engagement `e` at instant `at`: log₂|e| + at/H (seconds), negated for e < 0,
 * null for e = 0. E decays as e·2^(−(t − at)/H), so the key is the same at every later instant:
 * among contacts of one sign, a larger key is a larger E at any instant after their latest
 * touches, and a page's key in a cursor stays valid while the clock runs. Stored as
 * `contact_scores.score_key` from (E₀, t₀) and computed at read time for a contact summed at now.
 */
export function scoreKeySql(e: SQL, at: Date | SQL, s: ScoringSettings): SQL {
  const h = s.halfLifeMs / 1000;
  const halfLives = sql`date_part('epoch', ${instantSql(at)}) / ${h}::float8`;
  // `e` twice, not four times: at read time it is a sum over touchpoints (ln of null is null).
  return sql`(sign(${e}) * (ln(nullif(abs(${e}), 0)) / ln(2::float8) + ${halfLives}))`;
}

/** E(at) of each contact summed from its touchpoints, for the few whose stored state is not exact at `at`. */
export async function summedEngagements(
  ex: Executor,
  workspaceId: string,
  contactIds: string[],
  at: Date,
  settings: ScoringSettings,
): Promise<Map<string, number>> {
  if (contactIds.length === 0) return new Map();
  const result = await ex.execute<{ contact_id: string; e: number }>(sql`
    select s.contact_id, ${engagementFromTouchpointsSql(at, settings)} as e
    from (select ${workspaceId}::uuid as workspace_id, unnest(${`{${contactIds.join(",")}}`}::uuid[]) as contact_id) s`);
  return new Map(result.rows.map((r) => [r.contact_id, Number(r.e)]));
}
