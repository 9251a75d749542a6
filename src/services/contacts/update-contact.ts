import { and, eq } from "drizzle-orm";
import { AppError, notFound } from "../../domain/errors.ts";
import { pgErrorCode, UNIQUE_VIOLATION } from "../../store/pg-errors.ts";
import { contacts } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { changeStage } from "../lifecycle/change-stage.ts";
import { checkContactReferences } from "./check-references.ts";
import { CONTACT_READERS, partnerScope, visibleContacts } from "./contact-access.ts";
import type { UpdateContactInput } from "./contact-schemas.ts";
import { readContact } from "./get-contact.ts";
import type { ContactView } from "./present-contact.ts";

export async function updateContact(
  deps: Deps,
  actor: Actor,
  input: { id: string; changes: UpdateContactInput },
): Promise<ContactView> {
  authorize(actor, CONTACT_READERS, "update contacts");
  if (partnerScope(actor) && (input.changes.ownerId || input.changes.companyId || input.changes.stage)) {
    throw new AppError("forbidden", "A partner may not change a contact's owner, company or stage.");
  }
  const now = deps.now();
  const { stageReason, ...changes } = input.changes;
  return inTransaction(deps.db, async (tx) => {
    const where = and(visibleContacts(actor), eq(contacts.id, input.id));
    const [current] = await tx
      .select({ stage: contacts.stage, ownerId: contacts.ownerId })
      .from(contacts)
      .where(where)
      .for("no key update");
    if (!current) throw notFound("Contact", input.id);
    const toStage = changes.stage && changes.stage !== current.stage ? changes.stage : null;
    // Saving a form that leaves the owner as it was is no assignment, even of someone since
    // deactivated; a new owner, or one the stage change hands the lead to, is.
    const assigning = changes.ownerId !== current.ownerId || toStage !== null;
    await checkContactReferences(tx, actor.workspaceId, {
      companyId: changes.companyId,
      ownerId: assigning ? changes.ownerId : undefined,
    });
    const { stage: _stage, ...fields } = changes;
    try {
      await tx
        .update(contacts)
        .set({ ...fields, updatedAt: now })
        .where(where);
    } catch (err) {
      if (pgErrorCode(err) === UNIQUE_VIOLATION) {
        throw new AppError("conflict", `A contact with the email ${changes.email} already exists.`);
      }
      throw err;
    }
    // The stage moves through the lifecycle: passing the baton by hand gets an owner, a first
    // task and a deadline; moving on from a hand-off settles it; the move may be refused (409).
    if (toStage) {
      await changeStage(tx, {
        workspaceId: actor.workspaceId,
        contactId: input.id,
        to: toStage,
        cause: "user",
        userId: actor.userId,
        reason: stageReason ?? null,
        ownerId: changes.ownerId,
        now,
      });
    }
    return readContact(tx, actor.workspaceId, input.id, now);
  });
}
