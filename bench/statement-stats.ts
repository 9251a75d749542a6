// Where PostgreSQL's time goes, statement by statement (pg_stat_statements, loaded when the bench
// runs with `BENCH_STATEMENTS=1`): execution and planning time per unit of work, top first.
import type pg from "pg";

/** Resets the counters; `stop(units)` returns Markdown-ready lines, times divided by `units`. */
export async function statementStats(pool: pg.Pool) {
  await pool.query("create extension if not exists pg_stat_statements");
  await pool.query("select pg_stat_statements_reset()");
  return {
    async stop(units: number, top = 25): Promise<string[]> {
      const rows = (
        await pool.query(`
          select regexp_replace(left(query, 110), '\\s+', ' ', 'g') as query, calls,
            total_exec_time + total_plan_time as ms, total_plan_time as plan_ms, rows
          from pg_stat_statements
          where dbid = (select oid from pg_database where datname = current_database())
            and query not ilike '%pg_stat_statements%'
          order by ms desc`)
      ).rows as { query: string; calls: string; ms: number; plan_ms: number; rows: string }[];
      const total = rows.reduce((s, r) => s + r.ms, 0);
      const per = (n: number) => (n / units).toFixed(2);
      return [
        `statements: ${rows.length}, execution + planning ${per(total)} ms per unit, ${per(rows.reduce((s, r) => s + Number(r.calls), 0))} calls per unit`,
        ...rows
          .slice(0, top)
          .map(
            (r) =>
              `  - ${per(r.ms)} ms (plan ${per(r.plan_ms)}), ${per(Number(r.calls))} calls, ${per(Number(r.rows))} rows: \`${r.query}\``,
          ),
      ];
    },
  };
}
