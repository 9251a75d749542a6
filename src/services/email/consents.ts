// A contact's consent as recorded: granted or withdrawn, for what, where it came from, the words
// shown, when, and by whom. The latest row per purpose is the current consent; rows are never
// changed, so the history stays as evidence.
import { and, desc, eq } from "drizzle-orm";
import { AppError, notFound } from "../../domain/errors.ts";
import type { Executor } from "../../store/db.ts";
import { consents, contacts } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { visibleContacts } from "../contacts/contact-access.ts";
import { type Actor, authorize, type Deps, STAFF } from "../context.ts";
import { FUTURE_TOLERANCE_MS } from "../touchpoints/touchpoint-input.ts";
import { enqueueWebhookEvent } from "../webhooks/enqueue.ts";
import type { ConsentInput } from "./email-schemas.ts";

const present = (c: typeof consents.$inferSelect) => ({
  id: c.id,
  contactId: c.contactId,
  purpose: c.purpose,
  granted: c.granted,
  source: c.source,
  text: c.text,
  occurredAt: c.occurredAt.toISOString(),
  recordedBy: c.recordedBy,
});
export type ConsentView = ReturnType<typeof present>;

async function assertVisible(ex: Executor, actor: Actor, contactId: string): Promise<void> {
  const [row] = await ex
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(visibleContacts(actor), eq(contacts.id, contactId)));
  if (!row) throw notFound("Contact", contactId);
}

export async function recordConsent(
  deps: Deps,
  actor: Actor,
  input: { contactId: string; consent: ConsentInput },
): Promise<ConsentView> {
  authorize(actor, STAFF, "record consent");
  const now = deps.now();
  const occurredAt = input.consent.occurredAt ?? now;
  if (occurredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new AppError("validation_failed", "occurredAt: must not be in the future.");
  }
  return inTransaction(deps.db, async (tx) => {
    await assertVisible(tx, actor, input.contactId);
    const [row] = await tx
      .insert(consents)
      .values({
        workspaceId: actor.workspaceId,
        contactId: input.contactId,
        purpose: input.consent.purpose,
        granted: input.consent.granted,
        source: input.consent.source,
        text: input.consent.text ?? null,
        occurredAt,
        recordedBy: actor.userId,
      })
      .returning();
    // Withdrawing marketing consent is unsubscribing, whoever records it (the link does too).
    if (row!.purpose === "marketing" && !row!.granted) {
      await enqueueWebhookEvent(
        tx,
        actor.workspaceId,
        "contact.unsubscribed",
        { contactId: row!.contactId, source: row!.source, consentId: row!.id, userId: actor.userId },
        now,
      );
    }
    return present(row!);
  });
}

export async function listConsents(deps: Deps, actor: Actor, contactId: string) {
  authorize(actor, STAFF, "read consent");
  await assertVisible(deps.db, actor, contactId);
  const rows = await deps.db
    .select()
    .from(consents)
    .where(and(eq(consents.workspaceId, actor.workspaceId), eq(consents.contactId, contactId)))
    .orderBy(desc(consents.occurredAt), desc(consents.id))
    .limit(500);
  const latest = rows.find((r) => r.purpose === "marketing");
  return {
    /** The current marketing consent: true, false (withdrawn) or null (never recorded). */
    marketing: latest ? latest.granted : null,
    data: rows.map(present),
  };
}
