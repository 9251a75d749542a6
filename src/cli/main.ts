#!/usr/bin/env node
// The `baton` command line. Every command calls services; none holds business logic.
// First: it adds .openapi() to zod, and http/schemas.ts calls it on schemas that services
// create — which must therefore be created after it, whatever order the commands import in.
import "@hono/zod-openapi";
import { Command } from "commander";
import { config } from "../config.ts";
import { installPlainValidationMessages } from "../services/plain-errors.ts";
import { registerAdminCommands } from "./commands/admin.ts";
import { registerAuditCommands } from "./commands/audit.ts";
import { registerProposalCommands } from "./commands/proposal.ts";
import { registerReportCommand } from "./commands/report.ts";
import { registerServeCommands } from "./commands/serve.ts";
import { registerWebhookCommands } from "./commands/webhook.ts";
import { registerWorkerCommand } from "./commands/worker.ts";
import { exitWithError } from "./exit-codes.ts";

const program = new Command()
  .name("baton")
  .description(
    "Baton: marketing and sales as one process.\nConfiguration comes from the environment: DATABASE_URL, BATON_DATA_DIR (default ./.baton), PORT (3000), HOST (localhost), LOG_LEVEL (info), BATON_PUBLIC_URL (http://localhost:PORT).",
  )
  .showHelpAfterError()
  .hook("preAction", () => {
    config(); // fail fast, with a clear message, on a bad setting
  });

registerServeCommands(program);
registerAdminCommands(program);
registerAuditCommands(program);
registerWorkerCommand(program);
registerReportCommand(program);
registerProposalCommands(program);
registerWebhookCommands(program);

try {
  installPlainValidationMessages();
  await program.parseAsync(process.argv);
} catch (err) {
  exitWithError(err);
}
