// GDPR erasure (issue 12, item 7): the contact and everything that holds their personal data go
// in one transaction; what stays is the deals (the company's records, without the person) and a
// hash of the address, so they are never mailed again. docs/PRIVACY.md says it for operators.
import { and, eq, sql } from "drizzle-orm";
import { normalisedEmail } from "../../domain/erasure.ts";
import { AppError, notFound } from "../../domain/errors.ts";
import type { Tx } from "../../store/db.ts";
import { detachFromDeals, keepErasedHash, removeMentions } from "../../store/queries/erasure.ts";
import { contacts, webhookDeliveries } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { removeContactRow } from "./delete-contact.ts";

export interface ErasureResult {
  contactId: string;
  /** Deals kept for the revenue reports, now without the person. */
  dealsKept: number;
  erasedAt: string;
}

/**
 * Webhook deliveries whose payload names this contact — queued, dead and delivered alike: a
 * delivered one still holds the address and names it was sent with.
 */
export async function eraseFromWebhookQueue(tx: Tx, workspaceId: string, contactId: string): Promise<number> {
  const removed = await tx
    .delete(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.workspaceId, workspaceId),
        sql`${webhookDeliveries.payload}->'data'->>'contactId' = ${contactId}`,
      ),
    )
    .returning({ id: webhookDeliveries.id });
  return removed.length;
}

/**
 * Erases a contact. Admins only; `confirmEmail` must be the contact's address typed back, so an
 * erasure is never a slip of the mouse. What cascades with the contact row: touchpoints (the
 * timeline), scores, stage history, lifecycle and reach facts, tasks, hand-offs, guard overrides,
 * enrolments and their events, consents, outbox rows (bodies, recipients, links) and proposals.
 */
export async function eraseContact(
  deps: Deps,
  actor: Actor,
  input: { id: string; confirmEmail: string },
): Promise<ErasureResult> {
  authorize(actor, ["admin"], "erase a contact's personal data");
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    const [contact] = await tx
      .select({
        id: contacts.id,
        email: contacts.email,
        firstName: contacts.firstName,
        lastName: contacts.lastName,
      })
      .from(contacts)
      .where(and(eq(contacts.workspaceId, actor.workspaceId), eq(contacts.id, input.id)))
      .for("update");
    if (!contact) throw notFound("Contact", input.id);
    if (normalisedEmail(input.confirmEmail) !== normalisedEmail(contact.email)) {
      throw new AppError(
        "validation_failed",
        "Type the contact's email address exactly to confirm the erasure.",
        {
          issues: [{ path: "confirmEmail", message: "does not match the contact's email address" }],
        },
      );
    }
    const fullName = [contact.firstName, contact.lastName].filter(Boolean).join(" ").trim();
    // A lone first name ("Anna") is too common to strike from free text; the full name and the
    // address are what identify the person.
    const needles = [contact.email, ...(fullName.includes(" ") ? [fullName] : [])];
    const dealsKept = await detachFromDeals(tx, actor.workspaceId, contact.id, needles);
    const mentions = await removeMentions(tx, actor.workspaceId, contact, needles);
    const webhooks = await eraseFromWebhookQueue(tx, actor.workspaceId, contact.id);
    await removeContactRow(tx, actor.workspaceId, contact.id, now);
    const hash = await keepErasedHash(tx, actor.workspaceId, contact.email, now);
    await recordAudit(
      tx,
      actor,
      {
        action: "contact.erased",
        targetType: "contact",
        targetId: contact.id,
        summary: `Erased a contact's personal data (GDPR); ${dealsKept} ${dealsKept === 1 ? "deal" : "deals"} kept without them`,
        details: { emailHash: hash, dealsKept, ...mentions, webhookDeliveries: webhooks },
      },
      now,
    );
    return { contactId: contact.id, dealsKept, erasedAt: now.toISOString() };
  });
}
