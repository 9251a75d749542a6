import type { Config } from "../config.ts";
import { type Database, migrateDatabase, openDatabase } from "./db.ts";
import { runningServerUrl, startEmbeddedPostgres } from "./embedded-postgres.ts";
import type { StoreLog } from "./outage.ts";

export interface Connection extends Database {
  /** Where the data lives, for messages: "embedded (./.baton)" or the server's host. */
  description: string;
}

/**
 * Opens Baton's database: DATABASE_URL when set, else the embedded server in the data folder.
 * `server` mode owns the embedded server (and refuses a second owner); `tool` mode, for CLI
 * commands, reuses the server of a running Baton when there is one. Migrations are applied.
 */
export async function connect(
  config: Config,
  mode: "server" | "tool",
  log: StoreLog = () => {},
): Promise<Connection> {
  if (config.databaseUrl) {
    const database = openDatabase(config.databaseUrl);
    await migrateDatabase(database.pool);
    return { ...database, description: `PostgreSQL at ${new URL(config.databaseUrl).host}` };
  }
  const shared = mode === "tool" ? runningServerUrl(config.dataDir) : null;
  const embedded = shared ? null : await startEmbeddedPostgres(config.dataDir, log);
  const database = openDatabase(shared ?? embedded!.url);
  try {
    await migrateDatabase(database.pool);
  } catch (err) {
    await database.close();
    await embedded?.stop();
    throw err;
  }
  return {
    ...database,
    description: `embedded PostgreSQL in ${config.dataDir}`,
    async close() {
      await database.close();
      await embedded?.stop();
    },
  };
}
