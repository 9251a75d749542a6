// A subcommand run as one of a workspace's users: `--workspace <slug>` and `--as <email>` (the
// workspace's first admin by default), then the use case with that actor.
import type { Command } from "commander";
import type { Actor, Deps } from "../services/context.ts";
import { cliActor } from "../services/users/find-user.ts";
import { withDatabase, workspaceIdOf } from "./with-database.ts";

export type Options = Record<string, string | undefined>;

/** A subcommand run as a workspace's user, with the usual --workspace and --as options. */
export function asUser(
  command: Command,
  work: (deps: Deps, actor: Actor, args: string[], o: Options) => Promise<void>,
) {
  return command
    .requiredOption("--workspace <slug>", "the workspace's slug")
    .option("--as <email>", "run as this user (default: the workspace's first admin)")
    .action((...params: unknown[]) => {
      const args = params.filter((p): p is string => typeof p === "string");
      const o = params.find((p) => typeof p === "object" && p !== null && !("args" in p)) as Options;
      return withDatabase(async (deps) => {
        const workspaceId = await workspaceIdOf(deps, o.workspace!);
        await work(deps, await cliActor(deps, workspaceId, o.as), args, o);
      });
    });
}
