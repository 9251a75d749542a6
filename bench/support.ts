// Shared bench setup: a fresh embedded PostgreSQL in a temporary folder, migrated, with one
// workspace, an admin and an API key. Each benchmark measures its baseline in the same run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createApiKey } from "../src/services/auth/api-keys.ts";
import type { Deps } from "../src/services/context.ts";
import { createUser } from "../src/services/users/create-user.ts";
import { createWorkspace } from "../src/services/workspaces/create-workspace.ts";
import { type Database, migrateDatabase, openDatabase } from "../src/store/db.ts";
import { startEmbeddedPostgres } from "../src/store/embedded-postgres.ts";

export interface BenchEnv {
  url: string;
  database: Database;
  deps: Deps;
  workspaceId: string;
  apiKey: string;
  close(): Promise<void>;
}

export async function benchEnv(): Promise<BenchEnv> {
  const dir = mkdtempSync(path.join(tmpdir(), "baton-bench-"));
  // `BENCH_STATEMENTS=1` loads pg_stat_statements, for benchmarks that report where PostgreSQL's
  // time goes statement by statement.
  const server = await startEmbeddedPostgres(
    dir,
    undefined,
    process.env.BENCH_STATEMENTS
      ? ["shared_preload_libraries=pg_stat_statements", "pg_stat_statements.track_planning=on"]
      : [],
  );
  const database = openDatabase(server.url, { max: 8 });
  await migrateDatabase(database.pool);
  const deps: Deps = { db: database.db, now: () => new Date(), publicUrl: "http://localhost:3000" };
  const { id: workspaceId } = await createWorkspace(deps, { name: "Bench", slug: `bench-${Date.now()}` });
  const { id: userId } = await createUser(deps, {
    workspaceId,
    email: "bench@example.com",
    name: "Bench",
    role: "admin",
  });
  const { key } = await createApiKey(deps, { workspaceId, userId, name: "bench" });
  return {
    url: server.url,
    database,
    deps,
    workspaceId,
    apiKey: key,
    async close() {
      await database.close();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

export const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
