// A `baton worker` process for the webhook fault suite: the command's own code (runWorker), with
// the loopback receivers named in BATON_TEST_WEBHOOK_ALLOW let through the address guard — the
// allow-list the in-process webhook suites put in Deps, which no setting of Baton can set.
import "@hono/zod-openapi";
import { runWorker } from "../../src/cli/commands/worker.ts";
import { installPlainValidationMessages } from "../../src/services/plain-errors.ts";

installPlainValidationMessages();
const allowAddresses = (process.env.BATON_TEST_WEBHOOK_ALLOW ?? "").split(",").filter(Boolean);
await runWorker({ tick: 1, supervise: 2 }, { webhooks: { allowAddresses } });
