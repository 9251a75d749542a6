// The database the store and API suites run against: scripts/test.ts starts an embedded server
// (or points at TEST_DATABASE_URL), migrates it once, and passes its URL in BATON_TEST_DATABASE_URL.
// Every test makes its own workspace, so files run in parallel on one database.
import { randomUUID } from "node:crypto";
import { type Database, openDatabase } from "../../src/store/db.ts";

export function testDatabaseUrl(): string {
  const url = process.env.BATON_TEST_DATABASE_URL;
  if (!url) throw new Error("BATON_TEST_DATABASE_URL is not set: run the suite with `npm test`.");
  return url;
}

export function openTestDatabase(): Database {
  return openDatabase(testDatabaseUrl(), { max: 6 });
}

export const uniqueSlug = (prefix = "t") => `${prefix}-${randomUUID().slice(0, 12)}`;
