// The database connection: one pg pool and its Drizzle wrapper. Everything that talks to
// PostgreSQL receives a `Db` (or a transaction of one) as an argument.
import path from "node:path";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import * as schema from "./schema/index.ts";

export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A pool-backed database or an open transaction: queries accept either. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  pool: pg.Pool;
  close(): Promise<void>;
}

// Return timestamps as Date and bigint/numeric as JS numbers where drizzle asks for them.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));

export function openDatabase(url: string, options: { max?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // A client losing its server (a PostgreSQL restart) must not crash the process. Idle ones are
  // the pool's "error"; a checked-out one — mid-transaction, even mid-query — emits "error" on
  // itself, unheard unless listened to here, and Node ends the process. Its query has already
  // failed with the same error and the pool drops the client when it is released.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}

export const MIGRATIONS_FOLDER = path.join(import.meta.dirname, "migrations");

/** Applies pending migrations; an advisory lock keeps two starting Batons from racing. */
export async function migrateDatabase(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock(7406853210)");
    await migrate(drizzle(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query("select pg_advisory_unlock(7406853210)").catch(() => {});
    client.release();
  }
}
