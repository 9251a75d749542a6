import { uuidv7 } from "uuidv7";
import { AppError } from "../../domain/errors.ts";
import { contacts } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { changeStage } from "../lifecycle/change-stage.ts";
import { recordCreations } from "../lifecycle/touch-stages.ts";
import { checkContactReferences } from "./check-references.ts";
import { CONTACT_READERS, partnerScope } from "./contact-access.ts";
import type { CreateContactInput } from "./contact-schemas.ts";
import { readContact } from "./get-contact.ts";
import type { ContactView } from "./present-contact.ts";
import { holdConflictingRegistration, type RegistrationUnderReview } from "./registration-conflict.ts";

export async function createContact(
  deps: Deps,
  actor: Actor,
  input: CreateContactInput,
): Promise<ContactView | RegistrationUnderReview> {
  authorize(actor, CONTACT_READERS, "create contacts");
  // A partner registers leads for its organisation; it does not assign the workspace's owners.
  const partnerId = partnerScope(actor);
  if (partnerId && (input.ownerId || input.companyId || input.stage)) {
    throw new AppError("forbidden", "A partner registers a contact without an owner, company or stage.");
  }
  const now = deps.now();
  return inTransaction(deps.db, async (tx) => {
    await checkContactReferences(tx, actor.workspaceId, input);
    const id = uuidv7();
    const { stage, ...fields } = input;
    const inserted = await tx
      .insert(contacts)
      .values({
        ...fields,
        partnerId: partnerId ?? null,
        workspaceId: actor.workspaceId,
        id,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: contacts.id });
    if (inserted.length === 0) {
      if (partnerId) return holdConflictingRegistration(tx, { ...actor, partnerId }, input.email, now);
      throw new AppError("conflict", `A contact with the email ${input.email} already exists.`);
    }
    // Every contact starts as a prospect; one entered in a later stage moves there through the
    // lifecycle at once (a sales-ready one is handed over, a customer one arrives as won).
    await recordCreations(
      tx,
      actor.workspaceId,
      [{ contactId: id, stage: "prospect", at: now, cause: "user", userId: actor.userId, reason: "created" }],
      now,
    );
    if (stage && stage !== "prospect") {
      await changeStage(tx, {
        workspaceId: actor.workspaceId,
        contactId: id,
        to: stage,
        cause: "user",
        userId: actor.userId,
        reason: "entered in this stage",
        ownerId: input.ownerId,
        now,
      });
    }
    return readContact(tx, actor.workspaceId, id, now);
  });
}
