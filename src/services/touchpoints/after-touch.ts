// What a batch of touchpoints sets in motion, inside the same transaction, once temperatures and
// stages are written: the hand-off (a lead that became sales-ready passes the baton) and the
// playbook enrolments (entering or leaving a tier, replies, meetings, unsubscribes).
import type { Temperature } from "../../domain/catalogue.ts";
import type { Stage } from "../../domain/stages.ts";
import type { TouchpointKind } from "../../domain/touchpoint-kinds.ts";
import type { Tx } from "../../store/db.ts";
import type { StageContact } from "../../store/queries/ingest.ts";
import { evaluateHandoffs } from "../handoff/evaluate-handoffs.ts";
import { reconcileEnrolments } from "../playbooks/reconcile-enrolments.ts";

/** A contact the batch touched, as it was before and is after the batch (read at `now`). */
export interface TouchedContact {
  id: string;
  stageBefore: Stage;
  stageAfter: Stage;
  temperatureBefore: Temperature;
  temperatureAfter: Temperature;
  hotUntil: number | null;
  warmUntil: number | null;
  /** Kinds of the new (not duplicate) touchpoints, in the order recorded. */
  kinds: TouchpointKind[];
  /** Whether these touches are the contact's first (it had none before the batch). */
  firstTouch: boolean;
  /** The last new touchpoint: what triggered anything that follows. */
  lastTouchpointId: string;
  /** The contact's row as the batch locked it, so the hand-off does not read it again. */
  row: StageContact;
}

export async function afterTouch(
  tx: Tx,
  workspaceId: string,
  touched: TouchedContact[],
  now: Date,
): Promise<void> {
  if (touched.length === 0) return;
  // First the hand-off: it may move a lead to sales_ready, which the enrolments then see.
  await evaluateHandoffs(tx, workspaceId, touched, now);
  await reconcileEnrolments(tx, workspaceId, touched, now);
}
