// `baton webhook …`: the workspace's webhooks and their deliveries from a terminal — list them,
// read the dead letters, replay one, send a test — through the same use cases as the API.
import type { Command } from "commander";
import { AppError } from "../../domain/errors.ts";
import { DELIVERY_STATUSES, type DeliveryStatus } from "../../domain/webhooks.ts";
import { listDeliveries, replayDelivery, sendTestDelivery } from "../../services/webhooks/deliveries.ts";
import { listWebhooks } from "../../services/webhooks/subscriptions.ts";
import { asUser } from "../as-user.ts";

export function registerWebhookCommands(program: Command): void {
  const webhook = program.command("webhook").description("Outgoing webhooks and their deliveries (admins)");

  asUser(
    webhook.command("list").description("The webhooks: id, on or paused, events, URL"),
    async (deps, actor) => {
      for (const w of (await listWebhooks(deps, actor)).data) {
        console.log([w.id, w.active ? "on" : "paused", w.events.join(","), w.url].join("\t"));
      }
    },
  );

  asUser(
    webhook
      .command("deliveries")
      .description("Deliveries, newest first: id, status, attempts, event, last error")
      .option("--status <status>", `only this status (${DELIVERY_STATUSES.join(", ")})`)
      .option("--limit <n>", "how many", "50"),
    async (deps, actor, _args, o) => {
      if (o.status && !(DELIVERY_STATUSES as readonly string[]).includes(o.status)) {
        throw new AppError("validation_failed", `--status must be one of: ${DELIVERY_STATUSES.join(", ")}`);
      }
      const limit = Number(o.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
        throw new AppError("validation_failed", "--limit must be a whole number from 1 to 200");
      }
      const page = await listDeliveries(deps, actor, {
        status: o.status as DeliveryStatus | undefined,
        limit,
      });
      for (const d of page.data) {
        console.log([d.id, d.status, d.attempts, d.event, d.lastError ?? ""].join("\t"));
      }
    },
  );

  asUser(
    webhook.command("replay <deliveryId>").description("Send a failed or dead delivery again (due now)"),
    async (deps, actor, [id]) => {
      const d = await replayDelivery(deps, actor, id!);
      console.log(`${d.id}\t${d.status}: the worker sends it within seconds`);
    },
  );

  asUser(
    webhook.command("test <webhookId>").description("Queue a webhook.ping delivery to this webhook"),
    async (deps, actor, [id]) => {
      const d = await sendTestDelivery(deps, actor, id!);
      console.log(`${d.id}\t${d.status}`);
    },
  );
}
