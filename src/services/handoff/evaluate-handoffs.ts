import { and, eq, inArray } from "drizzle-orm";
import type { Temperature } from "../../domain/catalogue.ts";
import { type HandoffRule, isSalesReady } from "../../domain/handoff.ts";
import type { Stage } from "../../domain/stages.ts";
import type { Tx } from "../../store/db.ts";
import { contacts } from "../../store/schema/index.ts";
import { tryChangeStage } from "../lifecycle/change-stage.ts";
import { loadHandoffSettings } from "./handoff-settings.ts";

/** A contact a batch just touched, as the hand-off rule needs it (read at `now`). */
export interface HandoffCandidateContact {
  id: string;
  stageAfter: Stage;
  temperatureAfter: Temperature;
  /** The last new touchpoint: the one that made the lead ready. */
  lastTouchpointId: string;
}

/**
 * The hand-off rule applied to the contacts a batch of touchpoints just touched: each lead that
 * is now sales-ready passes the baton in the same transaction. Cheap when nobody is ready: the
 * settings are read only if a touched lead is warm or hot.
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
  const cooldowns = new Map(
    (
      await tx
        .select({ id: contacts.id, cooldownUntil: contacts.cooldownUntil })
        .from(contacts)
        .where(
          and(
            eq(contacts.workspaceId, workspaceId),
            inArray(
              contacts.id,
              warmLeads.map((c) => c.id),
            ),
          ),
        )
    ).map((r) => [r.id, r.cooldownUntil?.getTime() ?? null]),
  );
  for (const c of warmLeads) {
    const ready = isSalesReady(
      {
        stage: c.stageAfter,
        temperature: c.temperatureAfter,
        grade: null,
        cooldownUntil: cooldowns.get(c.id) ?? null,
      },
      rule,
      now.getTime(),
    );
    if (!ready) continue;
    const passed = await tryChangeStage(tx, {
      workspaceId,
      contactId: c.id,
      to: "sales_ready",
      cause: "handoff",
      touchpointId: c.lastTouchpointId,
      userId: null,
      reason: `${rule.temperature} lead: baton passed to sales`,
      now,
    });
    if (passed.changed) c.stageAfter = "sales_ready";
  }
}
