import { eq, type SQL, sql } from "drizzle-orm";
import { defaultScoringSettings } from "../../domain/scoring-defaults.ts";
import type { ScoringSettings } from "../../domain/temperature.ts";
import type { Executor } from "../db.ts";
import { scoringSettings } from "../schema/index.ts";

const HOUR_MS = 3_600_000;

/**
 * The workspace's scoring settings. Ingest reads them `for share` and a settings change `for
 * update`, so a rescore never interleaves with a batch scored under the old weights.
 */
export async function loadScoringSettings(
  ex: Executor,
  workspaceId: string,
  lock?: "share" | "update",
): Promise<ScoringSettings> {
  const query = ex.select().from(scoringSettings).where(eq(scoringSettings.workspaceId, workspaceId));
  const [row] = lock ? await query.for(lock) : await query;
  if (!row) return defaultScoringSettings();
  return {
    halfLifeMs: row.halfLifeHours * HOUR_MS,
    warmThreshold: row.warmThreshold,
    hotThreshold: row.hotThreshold,
    weights: row.weights,
  };
}

export async function saveScoringSettings(
  ex: Executor,
  workspaceId: string,
  s: ScoringSettings,
): Promise<void> {
  const values = {
    workspaceId,
    halfLifeHours: s.halfLifeMs / HOUR_MS,
    warmThreshold: s.warmThreshold,
    hotThreshold: s.hotThreshold,
    weights: s.weights,
    updatedAt: new Date(),
  };
  await ex
    .insert(scoringSettings)
    .values(values)
    .onConflictDoUpdate({ target: scoringSettings.workspaceId, set: values });
}

// Beyond 200 half-lives a contribution is below 1e-60 of its weight; PostgreSQL raises an
// underflow error rather than returning 0, so such terms are written as 0 explicitly.
const MAX_HALF_LIVES = 200;

/** SQL for w · 2^(−(at − occurred)/H), the §3 term; `elapsedSeconds` is a float8 expression. */
export function decaySql(elapsedSeconds: SQL, halfLifeSeconds: number): SQL {
  return sql`(case when (${elapsedSeconds}) / ${halfLifeSeconds}::float8 > ${MAX_HALF_LIVES} then 0::float8
    else power(2::float8, -(${elapsedSeconds}) / ${halfLifeSeconds}::float8) end)`;
}

/** SQL for the instant E₀ at t₀ cools below θ: t₀ + H·log₂(E₀/θ), null when E₀ < θ. */
function coolingSql(e0: SQL, t0: SQL, threshold: number, halfLifeSeconds: number): SQL {
  if (threshold <= 0) return sql`null::timestamptz`;
  return sql`case when ${e0} >= ${threshold}::float8
    then ${t0} + make_interval(secs => ${halfLifeSeconds}::float8 * ln(${e0} / ${threshold}::float8) / ln(2::float8))
    end`;
}

/**
 * Recomputes E₀, t₀, the cooling instants and the touch counters of every touched contact of a
 * workspace in one set-based statement: the SQL transcription of domain/temperature.ts (checked
 * against it in the API tests). Run inside a transaction. Returns the number of contacts rescored.
 */
export async function rescoreWorkspace(
  ex: Executor,
  workspaceId: string,
  s: ScoringSettings,
): Promise<number> {
  const h = s.halfLifeMs / 1000;
  const elapsed = sql`date_part('epoch', x.t0) - date_part('epoch', x.occurred_at)`;
  // Reading every touchpoint once, a sort in memory beats walking the index row by row
  // (measured: 6 s against 28 s for 3 M touchpoints; see BENCHMARKS.md).
  await ex.execute(sql`set local work_mem = '256MB'`);
  await ex.execute(sql`set local enable_indexscan = off`);
  await ex.execute(sql`set local enable_bitmapscan = off`);
  const result = await ex.execute(sql`
    with w as (
      select key as kind, value::float8 as weight from jsonb_each_text(${JSON.stringify(s.weights)}::jsonb)
    ), agg as (
      select x.contact_id, max(x.t0) as t0, sum(coalesce(w.weight, 0) * ${decaySql(elapsed, h)}) as e0,
        count(*) as touch_count, min(x.occurred_at) as first_touch_at
      from (
        select contact_id, kind, occurred_at, max(occurred_at) over (partition by contact_id) as t0
        from touchpoints where workspace_id = ${workspaceId}
      ) x left join w on w.kind = x.kind
      group by x.contact_id
    )
    insert into contact_scores as cs (workspace_id, contact_id, e0, t0, warm_until, hot_until, touch_count, first_touch_at)
    select ${workspaceId}, agg.contact_id, agg.e0, agg.t0,
      ${coolingSql(sql`agg.e0`, sql`agg.t0`, s.warmThreshold, h)},
      ${coolingSql(sql`agg.e0`, sql`agg.t0`, s.hotThreshold, h)},
      agg.touch_count, agg.first_touch_at
    from agg
    on conflict (workspace_id, contact_id) do update set e0 = excluded.e0, t0 = excluded.t0,
      warm_until = excluded.warm_until, hot_until = excluded.hot_until,
      touch_count = excluded.touch_count, first_touch_at = excluded.first_touch_at`);
  await ex.execute(sql`reset enable_indexscan`);
  await ex.execute(sql`reset enable_bitmapscan`);
  return result.rowCount ?? 0;
}

/** SQL for a contact's engagement at `at` summed from its touchpoints (for instants before t₀). */
export function engagementFromTouchpointsSql(contactAlias: SQL, at: Date, s: ScoringSettings): SQL {
  const h = s.halfLifeMs / 1000;
  const elapsed = sql`date_part('epoch', ${at.toISOString()}::timestamptz) - date_part('epoch', t.occurred_at)`;
  return sql`(select coalesce(sum(coalesce((${JSON.stringify(s.weights)}::jsonb ->> t.kind)::float8, 0) * ${decaySql(elapsed, h)}), 0)
    from touchpoints t
    where t.workspace_id = ${contactAlias}.workspace_id and t.contact_id = ${contactAlias}.id
      and t.occurred_at <= ${at.toISOString()}::timestamptz)`;
}
