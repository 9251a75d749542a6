import { type Config, config } from "../config.ts";
import { AppError } from "../domain/errors.ts";
import type { Deps } from "../services/context.ts";
import { findWorkspaceBySlug } from "../services/workspaces/create-workspace.ts";
import { type Connection, connect } from "../store/connect.ts";

/** What the use cases get from a command: its database, the wall clock and the settings they take. */
export const depsOf = (connection: Connection, c: Config): Deps => ({
  db: connection.db,
  now: () => new Date(),
  publicUrl: c.publicUrl,
});

/** Runs a CLI command against Baton's database, then closes it (stopping an embedded server). */
export async function withDatabase<T>(work: (deps: Deps, connection: Connection) => Promise<T>): Promise<T> {
  const connection = await connect(config(), "tool", (m) => {
    if (config().logLevel === "debug") console.error(m);
  });
  try {
    return await work(depsOf(connection, config()), connection);
  } finally {
    await connection.close();
  }
}

export async function workspaceIdOf(deps: Deps, slug: string): Promise<string> {
  const ws = await findWorkspaceBySlug(deps, slug);
  if (!ws)
    throw new AppError(
      "not_found",
      `No workspace with the slug "${slug}". Create one with 'baton workspace create'.`,
    );
  return ws.workspaceId;
}
