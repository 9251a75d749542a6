// Workspace, user and API key management, and rescoring.

import type { Command } from "commander";
import { ROLES, type Role } from "../../domain/catalogue.ts";
import { AppError } from "../../domain/errors.ts";
import { createApiKey, listApiKeys, revokeApiKey } from "../../services/auth/api-keys.ts";
import { ensurePartner } from "../../services/partners/ensure-partner.ts";
import { rescoreAll } from "../../services/scoring/scoring-settings.ts";
import { createUser } from "../../services/users/create-user.ts";
import { findUserByEmail } from "../../services/users/find-user.ts";
import { createWorkspace } from "../../services/workspaces/create-workspace.ts";
import { withDatabase, workspaceIdOf } from "../with-database.ts";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

export function registerAdminCommands(program: Command): void {
  program
    .command("migrate")
    .description("Apply pending database migrations (start does this too)")
    .action(() =>
      // Opening the database applies pending migrations (store/connect.ts), under an advisory lock.
      withDatabase(async (_deps, connection) => {
        console.log(`Migrations applied (${connection.description}).`);
      }),
    );

  const workspace = program.command("workspace").description("Manage workspaces (tenants)");
  workspace
    .command("create")
    .description("Create a workspace")
    .requiredOption("--name <name>", 'display name, e.g. "Acme Inc."')
    .requiredOption("--slug <slug>", "short unique name used by the CLI and at login, e.g. acme")
    .action((o: { name: string; slug: string }) =>
      withDatabase(async (deps) => {
        const { id } = await createWorkspace(deps, o);
        console.log(`Workspace "${o.name}" created (slug ${o.slug}, id ${id}).`);
      }),
    );

  const user = program.command("user").description("Manage users");
  user
    .command("create")
    .description("Create a user who can log in to the web app")
    .requiredOption("--workspace <slug>", "the workspace's slug")
    .requiredOption("--email <email>", "login email")
    .requiredOption("--name <name>", "full name")
    .requiredOption("--role <role>", `one of ${ROLES.join(", ")}`)
    .option(
      "--password <password>",
      "at least 8 characters (visible to other local users: prefer --password-stdin)",
    )
    .option("--password-stdin", "read the password from standard input")
    .option("--partner <name>", "for a partner user: the partner organisation (created as a reseller if new)")
    .action(
      (o: {
        workspace: string;
        email: string;
        name: string;
        role: string;
        password?: string;
        passwordStdin?: boolean;
        partner?: string;
      }) =>
        withDatabase(async (deps) => {
          const password = o.passwordStdin ? await readStdin() : o.password;
          if (!password)
            throw new AppError("validation_failed", "Give a password with --password-stdin or --password.");
          if (!ROLES.includes(o.role as Role)) {
            throw new AppError("validation_failed", `The role must be one of ${ROLES.join(", ")}.`);
          }
          if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(o.email))
            throw new AppError("validation_failed", `"${o.email}" is not an email address.`);
          if ((o.role === "partner") !== Boolean(o.partner)) {
            throw new AppError(
              "validation_failed",
              o.role === "partner"
                ? "A partner user needs --partner <organisation>."
                : "Only partner users (--role partner) take --partner.",
            );
          }
          const workspaceId = await workspaceIdOf(deps, o.workspace);
          const partnerId = o.partner ? await ensurePartner(deps, workspaceId, o.partner) : undefined;
          const { id } = await createUser(deps, {
            email: o.email,
            name: o.name,
            password,
            workspaceId,
            role: o.role as Role,
            partnerId,
          });
          console.log(`User ${o.email} (${o.role}) created with id ${id}.`);
        }),
    );

  const apikey = program.command("apikey").description("Manage API keys");
  apikey
    .command("create")
    .description("Create an API key acting as a user; the key is printed once")
    .requiredOption("--workspace <slug>", "the workspace's slug")
    .requiredOption("--user <email>", "the user the key acts as")
    .option("--name <name>", "what the key is for", "CLI key")
    .action((o: { workspace: string; user: string; name: string }) =>
      withDatabase(async (deps) => {
        const workspaceId = await workspaceIdOf(deps, o.workspace);
        const found = await findUserByEmail(deps, workspaceId, o.user);
        if (!found) throw new AppError("not_found", `No user ${o.user} in workspace ${o.workspace}.`);
        const key = await createApiKey(deps, { workspaceId, userId: found.id, name: o.name });
        console.log(`API key ${key.id} created. Keep it now; it will not be shown again:\n\n  ${key.key}\n`);
        console.log(`Use it as: Authorization: Bearer ${key.prefix}…`);
      }),
    );
  apikey
    .command("list")
    .description("List a workspace's API keys (ids, names, prefixes; never the keys themselves)")
    .requiredOption("--workspace <slug>", "the workspace's slug")
    .action((o: { workspace: string }) =>
      withDatabase(async (deps) => {
        const keys = await listApiKeys(deps, await workspaceIdOf(deps, o.workspace));
        if (keys.length === 0) console.log("No API keys.");
        for (const k of keys) {
          const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : "active";
          console.log(
            `${k.id}  ${k.prefix}…  ${k.name}  (${k.user}, created ${k.createdAt.toISOString()}, ${state})`,
          );
        }
      }),
    );
  apikey
    .command("revoke")
    .description("Revoke an API key by id")
    .requiredOption("--workspace <slug>", "the workspace's slug")
    .requiredOption("--id <id>", "the key's id")
    .action((o: { workspace: string; id: string }) =>
      withDatabase(async (deps) => {
        if (!/^[0-9a-f-]{36}$/i.test(o.id))
          throw new AppError("validation_failed", `"${o.id}" is not an API key id.`);
        await revokeApiKey(deps, { workspaceId: await workspaceIdOf(deps, o.workspace), id: o.id });
        console.log(`API key ${o.id} revoked.`);
      }),
    );

  program
    .command("rescore")
    .description("Recompute every contact's temperature from its touchpoints with the current settings")
    .requiredOption("--workspace <slug>", "the workspace's slug")
    .action((o: { workspace: string }) =>
      withDatabase(async (deps) => {
        const started = performance.now();
        const n = await rescoreAll(deps, await workspaceIdOf(deps, o.workspace));
        console.log(`Rescored ${n} contacts in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      }),
    );
}
