// Rows passed to a set-based statement as one array parameter per column, read back with
// `unnest(…) as alias(columns)`. Unlike a JSON recordset, which the planner always guesses at 100
// rows, an array's length is known when the statement is planned: a hand-off's one-row update is
// planned as one index probe, not a scan of every contact of the workspace (BENCHMARKS.md,
// 2026-12-02). The arrays are also smaller to send and cheaper to parse than the same rows as JSON.
import { type SQL, sql } from "drizzle-orm";

type Cell = string | number | boolean | null | undefined | object;

/** A PostgreSQL array literal; every element quoted (the type's input function parses it). */
export function arrayLiteral(values: readonly Cell[]): string {
  let out = "{";
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ",";
    const v = values[i];
    if (v === null || v === undefined) {
      out += "NULL";
      continue;
    }
    const text = typeof v === "object" ? JSON.stringify(v) : String(v);
    out += `"${text.replace(/["\\]/g, "\\$&")}"`;
  }
  return `${out}}`;
}

/**
 * `unnest($1::type[], …) as alias(column, …)` over `rows`, one parameter per column. The column
 * names and types are the caller's constants, never input.
 */
export function unnestRows<T extends object>(
  rows: readonly T[],
  alias: string,
  columns: { [K in keyof T]?: string },
): SQL {
  const names = Object.keys(columns) as (keyof T & string)[];
  const arrays = names.map(
    (name) => sql`${arrayLiteral(rows.map((r) => r[name] as Cell))}::${sql.raw(columns[name] as string)}[]`,
  );
  return sql`unnest(${sql.join(arrays, sql`, `)}) as ${sql.raw(alias)}(${sql.raw(names.join(", "))})`;
}

/**
 * `column = any($1::uuid[])` over the rows' ids: written beside a join with `unnestRows`, it gives
 * the planner an index condition on the table with the exact row count, so the rows are probed
 * by index whatever its statistics say (stale after a burst of writes, they made it scan every
 * lead transition of the workspace once per batch row).
 */
export function anyId(column: SQL, ids: readonly string[]): SQL {
  return sql`${column} = any(${arrayLiteral(ids)}::uuid[])`;
}
