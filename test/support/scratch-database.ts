// A database of its own, on the test server, for suites that run a worker: a worker takes every
// due job in its database, so it must not share one with suites running in parallel.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { type Database, migrateDatabase, openDatabase } from "../../src/store/db.ts";
import { testDatabaseUrl } from "./database.ts";

export interface ScratchDatabase extends Database {
  url: string;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

export async function scratchDatabase(prefix: string): Promise<ScratchDatabase> {
  const base = new URL(testDatabaseUrl());
  const name = `${prefix}_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = openDatabase(url.toString(), { max: 8 });
  await migrateDatabase(database.pool);
  return {
    ...database,
    url: url.toString(),
    async drop() {
      await database.close();
      const a = new pg.Client({ connectionString: base.toString() });
      await a.connect();
      try {
        await a.query(`drop database if exists ${name} with (force)`);
      } finally {
        await a.end();
      }
    },
  };
}
