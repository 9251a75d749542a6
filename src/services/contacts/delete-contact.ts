import { and, eq } from "drizzle-orm";
import { notFound } from "../../domain/errors.ts";
import { loadScoringSettings } from "../../store/queries/scoring.ts";
import { contacts } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { type Actor, authorize, type Deps } from "../context.ts";

/** Deletes a contact with its touchpoints and stage history (GDPR erasure). */
export async function deleteContact(deps: Deps, actor: Actor, input: { id: string }): Promise<void> {
  authorize(actor, ["admin", "marketing"], "delete contacts");
  await inTransaction(deps.db, async (tx) => {
    // Like ingest, wait for a running rescore rather than delete a row it is rewriting.
    await loadScoringSettings(tx, actor.workspaceId, "share");
    const deleted = await tx
      .delete(contacts)
      .where(and(eq(contacts.workspaceId, actor.workspaceId), eq(contacts.id, input.id)))
      .returning({ id: contacts.id });
    if (deleted.length === 0) throw notFound("Contact", input.id);
  });
}
