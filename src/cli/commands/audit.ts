// `baton audit list`: the workspace's audit log at the command line, newest first.

import type { Command } from "commander";
import { AUDIT_ACTIONS } from "../../domain/audit.ts";
import { AppError } from "../../domain/errors.ts";
import { AuditQuerySchema, listAuditEvents } from "../../services/audit/list-audit-events.ts";
import { cliActor } from "../../services/users/find-user.ts";
import { withDatabase, workspaceIdOf } from "../with-database.ts";

export function registerAuditCommands(program: Command): void {
  const audit = program.command("audit").description("Read the audit log (append-only)");
  audit
    .command("list")
    .description("List audit events, newest first")
    .requiredOption("--workspace <slug>", "the workspace's slug")
    .option("--action <action>", `one of ${AUDIT_ACTIONS.join(", ")}`)
    .option("--target <id>", "only events about this target id")
    .option("--from <instant>", "events at or after this ISO instant, e.g. 2026-05-01T00:00:00Z")
    .option("--to <instant>", "events before this ISO instant")
    .option("--limit <n>", "how many (at most 200)", "50")
    .option("--as <email>", "read as this admin (default: the workspace's first admin)")
    .option("--json", "print JSON instead of lines")
    .action(
      (o: {
        workspace: string;
        action?: string;
        target?: string;
        from?: string;
        to?: string;
        limit: string;
        as?: string;
        json?: boolean;
      }) =>
        withDatabase(async (deps) => {
          const parsed = AuditQuerySchema.safeParse({
            action: o.action,
            targetId: o.target,
            from: o.from,
            to: o.to,
            limit: o.limit,
          });
          if (!parsed.success) {
            const issue = parsed.error.issues[0]!;
            throw new AppError("validation_failed", `--${issue.path.join(".")}: ${issue.message}`);
          }
          const workspaceId = await workspaceIdOf(deps, o.workspace);
          const page = await listAuditEvents(deps, await cliActor(deps, workspaceId, o.as), parsed.data);
          if (o.json) {
            console.log(JSON.stringify(page, null, 2));
            return;
          }
          if (page.data.length === 0) console.log("No audit events.");
          for (const e of page.data) {
            const who = e.actor.name ?? (e.actor.via === "cli" ? "operator" : "Baton");
            console.log(`${e.at}  ${e.action.padEnd(24)} ${who} (${e.actor.via})  ${e.summary}`);
          }
          if (page.nextCursor) console.log(`… more: narrow with --from/--to or raise --limit.`);
        }),
    );
}
