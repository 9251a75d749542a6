// What a batch of touchpoints does to playbook enrolments, inside the touchpoint transaction:
// replies and booked meetings end sequences, an unsubscribe ends marketing, a stage that ends the
// journey (customer, disqualified) ends everything, and a contact whose temperature changed
// leaves its old tier's playbooks and enters the new tier's. A handful of statements per batch.
import type { Temperature } from "../../domain/catalogue.ts";
import { type ExitReason, endsAllEnrolments, exitsForTouches, tierEntered } from "../../domain/playbooks.ts";
import type { Stage } from "../../domain/stages.ts";
import type { Tx } from "../../store/db.ts";
import { enrolInTiers, exitEnrolmentsOf, exitOtherTiers } from "../../store/queries/enrolments.ts";

/** A touched contact as the touchpoint path reports it (before and after the batch, at `now`). */
export interface ReconcileContact {
  id: string;
  stageBefore: Stage;
  stageAfter: Stage;
  temperatureBefore: Temperature;
  temperatureAfter: Temperature;
  kinds: readonly string[];
  /** Whether these touches are the contact's first (it had none before the batch). */
  firstTouch: boolean;
}

export async function reconcileEnrolments(
  tx: Tx,
  workspaceId: string,
  contacts: readonly ReconcileContact[],
  now: Date,
): Promise<void> {
  if (contacts.length === 0) return;
  const endAll: { contact_id: string; reason: ExitReason }[] = [];
  const endMarketing: { contact_id: string; reason: ExitReason }[] = [];
  for (const c of contacts) {
    const exits = exitsForTouches(c.kinds);
    const stageEnded = endsAllEnrolments(c.stageAfter) && c.stageAfter !== c.stageBefore;
    const all = exits.all ?? (stageEnded ? "stage_changed" : null);
    if (all) endAll.push({ contact_id: c.id, reason: all });
    else if (exits.marketing) endMarketing.push({ contact_id: c.id, reason: exits.marketing });
  }
  await exitEnrolmentsOf(tx, workspaceId, endAll, "all", now);
  await exitEnrolmentsOf(tx, workspaceId, endMarketing, "marketing", now);

  // Tier playbooks follow the temperature: leave the others (state-based, so a cooling the sweep
  // has not seen yet is settled here too), enter the new tier's on a change or a first touch.
  const moved = contacts.filter((c) => c.temperatureBefore !== c.temperatureAfter);
  await exitOtherTiers(
    tx,
    workspaceId,
    moved.map((c) => ({ contact_id: c.id, tier: c.temperatureAfter })),
    now,
  );
  const entering = contacts.flatMap((c) => {
    const tier = tierEntered({
      before: c.temperatureBefore,
      after: c.temperatureAfter,
      firstTouch: c.firstTouch,
      stage: c.stageAfter,
    });
    return tier ? [{ contact_id: c.id, tier, since: null }] : [];
  });
  await enrolInTiers(tx, workspaceId, entering, "touchpoint", now);
}
