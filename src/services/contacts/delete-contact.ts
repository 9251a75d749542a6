import { and, eq } from "drizzle-orm";
import { notFound } from "../../domain/errors.ts";
import type { Tx } from "../../store/db.ts";
import { firstReachDay, invalidateReachRollup } from "../../store/queries/reports/reach-rollup.ts";
import { loadScoringSettings } from "../../store/queries/scoring.ts";
import { contacts } from "../../store/schema/index.ts";
import { inTransaction } from "../../store/transaction.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { type Actor, authorize, type Deps } from "../context.ts";

/**
 * Deletes a contact with its touchpoints, stage history, tasks, mail and deals (they cascade).
 * Erasure (erase-contact.ts) is the GDPR form: it keeps the deals and leaves a hash.
 */
export async function deleteContact(deps: Deps, actor: Actor, input: { id: string }): Promise<void> {
  authorize(actor, ["admin", "marketing"], "delete contacts");
  await inTransaction(deps.db, async (tx) => {
    await removeContactRow(tx, actor.workspaceId, input.id, deps.now());
    // By id only: the log must not keep a person's data after they are gone.
    await recordAudit(
      tx,
      actor,
      { action: "contact.deleted", targetType: "contact", targetId: input.id, summary: "Deleted a contact" },
      deps.now(),
    );
  });
}

/**
 * Deletes the contact row (what references it cascades), keeping the counts and the reach
 * rollup true. The contact_counts triggers follow the delete in the same transaction.
 */
export async function removeContactRow(tx: Tx, workspaceId: string, id: string, now: Date): Promise<void> {
  // Like ingest, wait for a running rescore rather than delete a row it is rewriting.
  await loadScoringSettings(tx, workspaceId, "share");
  // Its reach rows go with it: the months they were in no longer hold.
  const first = await firstReachDay(tx, workspaceId, { contactId: id });
  if (first) await invalidateReachRollup(tx, workspaceId, first, now);
  const deleted = await tx
    .delete(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), eq(contacts.id, id)))
    .returning({ id: contacts.id });
  if (deleted.length === 0) throw notFound("Contact", id);
}
