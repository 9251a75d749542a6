// Webhook subscriptions: admins only, since a subscription sends the workspace's contacts to an
// address outside it. The signing secret is made by Baton and returned only when made (create,
// rotate); lists show its last four characters so an admin can tell which one a receiver holds.
// Every change is in the audit log (never the secret): a webhook sends data out of the workspace.
import { and, desc, eq } from "drizzle-orm";
import { settingsDiff } from "../../domain/audit.ts";
import type { Role } from "../../domain/catalogue.ts";
import { AppError, notFound } from "../../domain/errors.ts";
import type { Executor } from "../../store/db.ts";
import { webhookSubscriptions } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { hostProblem } from "./address-guard.ts";
import { newWebhookSecret } from "./signature.ts";
import type { CreateWebhookInput, UpdateWebhookInput } from "./webhook-schemas.ts";

export const WEBHOOK_ADMINS: readonly Role[] = ["admin"];

type Row = typeof webhookSubscriptions.$inferSelect;

const present = (s: Row) => ({
  id: s.id,
  url: s.url,
  events: s.events,
  active: s.active,
  pausedReason: s.pausedReason,
  description: s.description,
  secretHint: `…${s.secret.slice(-4)}`,
  createdBy: s.createdBy,
  createdAt: s.createdAt.toISOString(),
  updatedAt: s.updatedAt.toISOString(),
});
export type WebhookView = ReturnType<typeof present>;
export type WebhookWithSecret = WebhookView & { secret: string };

const byId = (workspaceId: string, id: string) =>
  and(eq(webhookSubscriptions.workspaceId, workspaceId), eq(webhookSubscriptions.id, id));

export async function loadSubscription(ex: Executor, workspaceId: string, id: string, lock = false) {
  const query = ex.select().from(webhookSubscriptions).where(byId(workspaceId, id));
  const [row] = await (lock ? query.for("update") : query);
  if (!row) throw notFound("Webhook", id);
  return row;
}

/** A URL whose host is written as a private address is refused now, not at its first delivery. */
function assertPublicHost(deps: Deps, url: string | undefined): void {
  if (url === undefined) return;
  const problem = hostProblem(new URL(url), deps.webhooks?.allowAddresses);
  if (!problem) return;
  const message = `The URL must reach a public address: ${problem}.`;
  throw new AppError("validation_failed", `url: ${message}`, { issues: [{ path: "url", message }] });
}

export async function listWebhooks(deps: Deps, actor: Actor): Promise<{ data: WebhookView[] }> {
  authorize(actor, WEBHOOK_ADMINS, "manage webhooks");
  const rows = await deps.db
    .select()
    .from(webhookSubscriptions)
    .where(eq(webhookSubscriptions.workspaceId, actor.workspaceId))
    .orderBy(desc(webhookSubscriptions.id))
    .limit(500);
  return { data: rows.map(present) };
}

export async function getWebhook(deps: Deps, actor: Actor, id: string): Promise<WebhookView> {
  authorize(actor, WEBHOOK_ADMINS, "manage webhooks");
  return present(await loadSubscription(deps.db, actor.workspaceId, id));
}

export async function createWebhook(
  deps: Deps,
  actor: Actor,
  input: CreateWebhookInput,
): Promise<WebhookWithSecret> {
  authorize(actor, WEBHOOK_ADMINS, "manage webhooks");
  assertPublicHost(deps, input.url);
  const now = deps.now();
  const row = await inTransaction(deps.db, async (tx) => {
    const [created] = await tx
      .insert(webhookSubscriptions)
      .values({
        workspaceId: actor.workspaceId,
        url: input.url,
        events: input.events,
        description: input.description ?? null,
        active: input.active ?? true,
        secret: newWebhookSecret(),
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(
      tx,
      actor,
      {
        action: "webhook.created",
        targetType: "webhook",
        targetId: created!.id,
        summary: `Webhook to ${created!.url} added (${created!.events.join(", ")})`,
        details: { url: created!.url, events: created!.events, active: created!.active },
      },
      now,
    );
    return created;
  });
  return { ...present(row!), secret: row!.secret };
}

export async function updateWebhook(
  deps: Deps,
  actor: Actor,
  id: string,
  input: UpdateWebhookInput,
): Promise<WebhookView> {
  authorize(actor, WEBHOOK_ADMINS, "manage webhooks");
  assertPublicHost(deps, input.url);
  return inTransaction(deps.db, async (tx) => {
    const before = await loadSubscription(tx, actor.workspaceId, id, true);
    const [row] = await tx
      .update(webhookSubscriptions)
      .set({
        ...(input.url !== undefined && { url: input.url }),
        ...(input.events !== undefined && { events: input.events }),
        ...(input.description !== undefined && { description: input.description }),
        // Switching it on or off by hand clears the reason Baton paused it for.
        ...(input.active !== undefined && { active: input.active, pausedReason: null }),
        updatedAt: deps.now(),
      })
      .where(byId(actor.workspaceId, id))
      .returning();
    const fields = (w: Row) => ({
      url: w.url,
      events: w.events,
      description: w.description,
      active: w.active,
    });
    const changes = settingsDiff(fields(before), fields(row!));
    if (Object.keys(changes).length > 0) {
      await recordAudit(
        tx,
        actor,
        {
          action: "webhook.changed",
          targetType: "webhook",
          targetId: id,
          summary: `Webhook to ${row!.url} changed: ${Object.keys(changes).join(", ")}`,
          details: changes,
        },
        deps.now(),
      );
    }
    return present(row!);
  });
}

/** Deleting a subscription deletes its deliveries with it. */
export async function deleteWebhook(deps: Deps, actor: Actor, id: string): Promise<void> {
  authorize(actor, WEBHOOK_ADMINS, "manage webhooks");
  await inTransaction(deps.db, async (tx) => {
    const deleted = await tx
      .delete(webhookSubscriptions)
      .where(byId(actor.workspaceId, id))
      .returning({ id: webhookSubscriptions.id, url: webhookSubscriptions.url });
    if (deleted.length === 0) throw notFound("Webhook", id);
    await recordAudit(
      tx,
      actor,
      {
        action: "webhook.deleted",
        targetType: "webhook",
        targetId: id,
        summary: `Webhook to ${deleted[0]!.url} deleted`,
      },
      deps.now(),
    );
  });
}

/** A new secret at once; deliveries attempted from now on are signed with it. */
export async function rotateWebhookSecret(deps: Deps, actor: Actor, id: string): Promise<WebhookWithSecret> {
  authorize(actor, WEBHOOK_ADMINS, "manage webhooks");
  return inTransaction(deps.db, async (tx) => {
    const [row] = await tx
      .update(webhookSubscriptions)
      .set({ secret: newWebhookSecret(), updatedAt: deps.now() })
      .where(byId(actor.workspaceId, id))
      .returning();
    if (!row) throw notFound("Webhook", id);
    await recordAudit(
      tx,
      actor,
      {
        action: "webhook.secret_rotated",
        targetType: "webhook",
        targetId: id,
        summary: `Webhook to ${row.url}: signing secret rotated`,
      },
      deps.now(),
    );
    return { ...present(row), secret: row.secret };
  });
}
