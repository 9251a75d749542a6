import { and, eq } from "drizzle-orm";
import { notFound } from "../../domain/errors.ts";
import { contacts } from "../../store/schema/index.ts";
import { type Actor, authorize, type Deps } from "../context.ts";

/** Deletes a contact with its touchpoints and stage history (GDPR erasure). */
export async function deleteContact(deps: Deps, actor: Actor, input: { id: string }): Promise<void> {
  authorize(actor, ["admin", "marketing"], "delete contacts");
  const deleted = await deps.db
    .delete(contacts)
    .where(and(eq(contacts.workspaceId, actor.workspaceId), eq(contacts.id, input.id)))
    .returning({ id: contacts.id });
  if (deleted.length === 0) throw notFound("Contact", input.id);
}
