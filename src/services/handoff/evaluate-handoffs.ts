import type { Temperature } from "../../domain/catalogue.ts";
import { type HandoffRule, isSalesReady } from "../../domain/handoff.ts";
import type { Stage } from "../../domain/stages.ts";
import type { Tx } from "../../store/db.ts";
import type { StageContact } from "../../store/queries/ingest.ts";
import { tryChangeStage } from "../lifecycle/change-stage.ts";
import { loadHandOverContext } from "../lifecycle/hand-over.ts";
import { loadHandoffSettings } from "./handoff-settings.ts";

/** A contact a batch just touched, as the hand-off rule needs it (read at `now`). */
export interface HandoffCandidateContact {
  id: string;
  stageAfter: Stage;
  temperatureAfter: Temperature;
  /** The last new touchpoint: the one that made the lead ready. */
  lastTouchpointId: string;
  /** The contact's row as the batch locked it (its stage from before the batch). */
  row: StageContact;
}

/**
 * The hand-off rule applied to the contacts a batch of touchpoints just touched: each lead that
 * is now sales-ready passes the baton in the same transaction. Cheap when nobody is ready: the
 * settings are read only if a touched lead is warm or hot. What the hand-off reads — settings,
 * assignment rules, sales users — is read once for the batch, and each contact's row is the one
 * the batch locked: nothing is read again per lead.
 */
export async function evaluateHandoffs(
  tx: Tx,
  workspaceId: string,
  touched: HandoffCandidateContact[],
  now: Date,
) {
  const warmLeads = touched.filter(
    (c) => (c.stageAfter === "lead" || c.stageAfter === "recycled") && c.temperatureAfter !== "cold",
  );
  if (warmLeads.length === 0) return;
  const settings = await loadHandoffSettings(tx, workspaceId);
  const rule = settings.rule as HandoffRule;
  const ready = warmLeads.filter((c) =>
    isSalesReady(
      {
        stage: c.stageAfter,
        temperature: c.temperatureAfter,
        grade: null,
        cooldownUntil: c.row.cooldownUntil?.getTime() ?? null,
      },
      rule,
      now.getTime(),
    ),
  );
  if (ready.length === 0) return;
  const context = await loadHandOverContext(tx, workspaceId, settings);
  for (const c of ready) {
    const passed = await tryChangeStage(
      tx,
      {
        workspaceId,
        contactId: c.id,
        to: "sales_ready",
        cause: "handoff",
        touchpointId: c.lastTouchpointId,
        userId: null,
        reason: `${rule.temperature} lead: baton passed to sales`,
        now,
      },
      // The batch moved it (prospect → lead) after locking it: its stage now is stageAfter.
      { contact: { ...c.row, stage: c.stageAfter }, handOver: context },
    );
    if (passed.changed) c.stageAfter = "sales_ready";
  }
}
