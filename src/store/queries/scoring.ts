import { eq, type SQL, sql } from "drizzle-orm";
import { defaultScoringSettings, weightsOverDefaults } from "../../domain/scoring-defaults.ts";
import type { ScoringSettings } from "../../domain/temperature.ts";
import type { Executor } from "../db.ts";
import { scoringSettings } from "../schema/index.ts";
import { decaySql, scoreKeySql } from "./temperature-sql.ts";

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
    weights: weightsOverDefaults(row.weights),
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

/**
 * SQL for the last instant E₀ at t₀ is still ≥ θ: t₀ + H·log₂(E₀/θ), null when E₀ < θ. Truncated
 * to milliseconds, as the ingest path stores it, so cursors built from JS Dates match exactly.
 */
function coolingSql(e0: SQL, t0: SQL, threshold: number, halfLifeSeconds: number): SQL {
  if (threshold <= 0) return sql`null::timestamptz`;
  return sql`case when ${e0} >= ${threshold}::float8
    then date_trunc('milliseconds', ${t0} + make_interval(secs => ${halfLifeSeconds}::float8 * ln(${e0} / ${threshold}::float8) / ln(2::float8)))
    end`;
}

/**
 * Recomputes E₀, t₀, the cooling instants, the score key and the touch counters of every touched contact of a
 * workspace in one set-based statement: the SQL transcription of domain/temperature.ts (checked
 * against it in the API tests). Two hashed passes over the touchpoints (t₀ per contact, then the
 * decayed sum), then an UPDATE of the existing score rows and an INSERT of the missing ones —
 * measured much faster than INSERT … ON CONFLICT for a million rows. Run inside a transaction.
 * Returns the number of contacts rescored.
 */
export async function rescoreWorkspace(
  ex: Executor,
  workspaceId: string,
  s: ScoringSettings,
): Promise<number> {
  const h = s.halfLifeMs / 1000;
  const elapsed = sql`date_part('epoch', f.t0) - date_part('epoch', t.occurred_at)`;
  // Enough memory to hash a million contacts without spilling to disk.
  await ex.execute(sql`set local work_mem = '256MB'`);
  const result = await ex.execute<{ n: number }>(sql`
    with w as (
      select key as kind, value::float8 as weight from jsonb_each_text(${JSON.stringify(s.weights)}::jsonb)
    ), firsts as (
      select contact_id, max(occurred_at) as t0, count(*) as touch_count, min(occurred_at) as first_touch_at
      from touchpoints where workspace_id = ${workspaceId} group by contact_id
    ), agg as (
      select f.contact_id, f.t0, f.touch_count, f.first_touch_at, sum(coalesce(w.weight, 0) * ${decaySql(elapsed, h)}) as e0
      from touchpoints t join firsts f on f.contact_id = t.contact_id left join w on w.kind = t.kind
      where t.workspace_id = ${workspaceId}
      group by f.contact_id, f.t0, f.touch_count, f.first_touch_at
    ), scored as (
      select agg.*,
        ${coolingSql(sql`agg.e0`, sql`agg.t0`, s.warmThreshold, h)} as warm_until,
        ${coolingSql(sql`agg.e0`, sql`agg.t0`, s.hotThreshold, h)} as hot_until,
        ${scoreKeySql(sql`agg.e0`, sql`agg.t0`, s)} as score_key
      from agg
    ), updated as (
      update contact_scores cs set e0 = sc.e0, t0 = sc.t0, warm_until = sc.warm_until, hot_until = sc.hot_until,
        score_key = sc.score_key, touch_count = sc.touch_count, first_touch_at = sc.first_touch_at
      from scored sc where cs.workspace_id = ${workspaceId} and cs.contact_id = sc.contact_id
      returning cs.contact_id
    ), inserted as (
      insert into contact_scores (workspace_id, contact_id, e0, t0, warm_until, hot_until, score_key, touch_count, first_touch_at)
      select ${workspaceId}, sc.contact_id, sc.e0, sc.t0, sc.warm_until, sc.hot_until, sc.score_key, sc.touch_count, sc.first_touch_at
      from scored sc where not exists (select 1 from updated u where u.contact_id = sc.contact_id)
      returning contact_id
    )
    select (select count(*) from updated) + (select count(*) from inserted) as n`);
  return Number(result.rows[0]?.n ?? 0);
}
