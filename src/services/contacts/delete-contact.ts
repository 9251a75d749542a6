import { and, eq } from "drizzle-orm";
import { notFound } from "../../domain/errors.ts";
import { firstReachDay, invalidateReachRollup } from "../../store/queries/reports/reach-rollup.ts";
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
    // Its reach rows go with it: the months they were in no longer hold.
    const first = await firstReachDay(tx, actor.workspaceId, { contactId: input.id });
    if (first) await invalidateReachRollup(tx, actor.workspaceId, first, deps.now());
    const deleted = await tx
      .delete(contacts)
      .where(and(eq(contacts.workspaceId, actor.workspaceId), eq(contacts.id, input.id)))
      .returning({ id: contacts.id });
    if (deleted.length === 0) throw notFound("Contact", input.id);
  });
}
