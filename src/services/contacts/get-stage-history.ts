import { and, eq } from "drizzle-orm";
import { notFound } from "../../domain/errors.ts";
import { readStageHistory } from "../../store/queries/stage-history.ts";
import { contacts } from "../../store/schema/index.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { CONTACT_READERS, visibleContacts } from "./contact-access.ts";

/** Every stage transition of a contact, oldest first: from, to, when, and what caused it. */
export async function getStageHistory(deps: Deps, actor: Actor, input: { contactId: string }) {
  authorize(actor, CONTACT_READERS, "read contacts");
  const [found] = await deps.db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(visibleContacts(actor), eq(contacts.id, input.contactId)));
  if (!found) throw notFound("Contact", input.contactId);
  const rows = await readStageHistory(deps.db, actor.workspaceId, input.contactId);
  return {
    data: rows.map((r) => ({
      id: r.id,
      from: r.from,
      to: r.to,
      at: r.at.toISOString(),
      cause: r.cause,
      causeId: r.causeId,
      userId: r.userId,
      userName: r.userName,
      reason: r.reason,
    })),
  };
}
