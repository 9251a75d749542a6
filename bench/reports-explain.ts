// Where the scorecard's time goes: the statements programScorecard sends, captured, then each
// timed on its own and explained with EXPLAIN (ANALYZE, BUFFERS).
import { type SQL, sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Actor, Deps } from "../src/services/context.ts";
import { programScorecard } from "../src/services/reports/program-scorecard.ts";
import type { ScorecardQuery } from "../src/services/reports/report-schemas.ts";
import type { Database } from "../src/store/db.ts";
import { percentile, timed } from "./support.ts";

export async function scorecardStatements(deps: Deps, actor: Actor, query: ScorecardQuery): Promise<SQL[]> {
  const captured: SQL[] = [];
  const db = new Proxy(deps.db, {
    get(target, prop, receiver) {
      if (prop === "execute")
        return (q: SQL) => {
          captured.push(q);
          return target.execute(q);
        };
      return Reflect.get(target, prop, receiver);
    },
  });
  await programScorecard({ ...deps, db }, actor, query);
  return captured;
}

/** Each statement's p50 over `runs`, its first line, and its plan with the time it took. */
const dialect = new PgDialect();

export async function explainStatements(database: Database, statements: SQL[], runs = 5) {
  const out: { head: string; p50: number; plan: string }[] = [];
  for (const q of statements) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push((await timed(() => database.db.execute(q))).ms);
    const plan = await database.db.execute<{ "QUERY PLAN": string }>(sql`explain (analyze, buffers) ${q}`);
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
