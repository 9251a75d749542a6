import { notFound } from "../../domain/errors.ts";
import type { Executor } from "../../store/db.ts";
import { getContactRow } from "../../store/queries/contacts.ts";
import { loadScoringSettings } from "../../store/queries/scoring.ts";
import { type Actor, authorize, type Deps } from "../context.ts";
import { CONTACT_READERS, partnerScope } from "./contact-access.ts";
import { type ContactView, presentContact } from "./present-contact.ts";

export async function getContact(
  deps: Deps,
  actor: Actor,
  input: { id: string; at?: Date },
): Promise<ContactView> {
  authorize(actor, CONTACT_READERS, "read contacts");
  return readContact(deps.db, actor.workspaceId, input.id, input.at ?? deps.now(), partnerScope(actor));
}

/** Reads and presents one contact; used by the other contact use cases to answer. */
export async function readContact(
  ex: Executor,
  workspaceId: string,
  id: string,
  at: Date,
  partnerId?: string,
): Promise<ContactView> {
  const settings = await loadScoringSettings(ex, workspaceId);
  const row = await getContactRow(ex, workspaceId, id, settings, at, partnerId);
  if (!row) throw notFound("Contact", id);
  return presentContact(row, at, settings);
}
