// Where the scorecard's time goes: the statements programScorecard sends, captured, then each
// timed on its own and explained with EXPLAIN (ANALYZE, BUFFERS).
import { type SQL, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Deps } from "../src/services/context.ts";
import type { Database } from "../src/store/db.ts";
import { percentile, timed } from "./support.ts";

/**
 * The statements a report sends, captured in order — those in its own transactions too. SET
 * LOCAL lines are dropped: each statement is timed and explained on its own, with the settings
 * the report's transaction would give it (see explainStatements).
 */
export async function reportStatements(deps: Deps, run: (deps: Deps) => Promise<unknown>): Promise<SQL[]> {
  const captured: SQL[] = [];
  const capture = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(t, prop, receiver) {
        if (prop === "execute")
          return (q: SQL) => {
            const text = dialect.sqlToQuery(q).sql.trim().toLowerCase();
            if (!text.startsWith("set local")) captured.push(q);
            return (t as { execute(q: SQL): Promise<unknown> }).execute(q);
          };
        if (prop === "transaction")
          return (work: (tx: unknown) => Promise<unknown>, config?: unknown) =>
            (
              t as { transaction(w: (tx: object) => Promise<unknown>, c?: unknown): Promise<unknown> }
            ).transaction((tx) => work(capture(tx)), config);
        return Reflect.get(t, prop, receiver);
      },
    });
  await run({ ...deps, db: capture(deps.db) });
  return captured;
}

/** Each statement's p50 over `runs`, its first line, and its plan with the time it took. */
const dialect = new PgDialect();

export async function explainStatements(database: Database, statements: SQL[], runs = 5, serial = true) {
  const out: { head: string; p50: number; plan: string }[] = [];
  for (const q of statements) {
    const times: number[] = [];
    // As the scorecard and the funnel run them: serial plans and 64 MB of work_mem (scorecard.ts
    // says why); `serial` false for reports that run with the server's defaults.
    const inReportSettings = <T>(work: (tx: Database["db"]) => Promise<T>) =>
      database.db.transaction(async (tx) => {
        if (serial) {
          await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
          await tx.execute(sql`set local work_mem = '64MB'`);
        }
        return work(tx as unknown as Database["db"]);
      });
    for (let i = 0; i < runs; i++)
      times.push((await timed(() => inReportSettings((tx) => tx.execute(q)))).ms);
    const plan = await inReportSettings((tx) =>
      tx.execute<{ "QUERY PLAN": string }>(sql`explain (analyze, buffers) ${q}`),
    );
    const text = dialect.sqlToQuery(q).sql.replace(/\s+/g, " ").trim();
    out.push({
      head: text.slice(0, 160),
      p50: percentile(
        times.sort((a, b) => a - b),
        50,
      ),
      plan: plan.rows.map((r) => r["QUERY PLAN"]).join("\n"),
    });
  }
  return out;
}
