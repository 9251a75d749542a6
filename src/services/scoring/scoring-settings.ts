import type { ScoringSettings } from "../../domain/temperature.ts";
import { resettleArrivals } from "../../store/queries/arrivals.ts";
import { loadScoringSettings, rescoreWorkspace, saveScoringSettings } from "../../store/queries/scoring.ts";
import { inTransaction } from "../../store/transaction.ts";
import { recordSettingsChange } from "../audit/record-audit.ts";
import { type Actor, authorize, type Deps, SETTINGS_EDITORS, STAFF } from "../context.ts";
import type { ScoringSettingsInput } from "./scoring-schemas.ts";

const HOUR_MS = 3_600_000;

function present(s: ScoringSettings) {
  return {
    halfLifeHours: s.halfLifeMs / HOUR_MS,
    warmThreshold: s.warmThreshold,
    hotThreshold: s.hotThreshold,
    weights: s.weights,
  };
}

export async function getScoringSettings(deps: Deps, actor: Actor) {
  authorize(actor, STAFF, "read scoring settings");
  return present(await loadScoringSettings(deps.db, actor.workspaceId));
}

/** Saves new settings and rescores every contact with them, atomically. */
export async function updateScoringSettings(deps: Deps, actor: Actor, input: ScoringSettingsInput) {
  authorize(actor, SETTINGS_EDITORS, "change scoring settings");
  return inTransaction(deps.db, async (tx) => {
    // The row lock serialises settings changes with each other and with in-flight ingests.
    const current = await loadScoringSettings(tx, actor.workspaceId, "update");
    const next: ScoringSettings = {
      halfLifeMs: input.halfLifeHours * HOUR_MS,
      warmThreshold: input.warmThreshold,
      hotThreshold: input.hotThreshold,
      weights: { ...current.weights, ...input.weights } as Record<string, number>,
    };
    await saveScoringSettings(tx, actor.workspaceId, next);
    await recordSettingsChange(
      tx,
      actor,
      { area: "scoring", before: present(current), after: present(next) },
      deps.now(),
    );
    const rescored = await rescoreWorkspace(tx, actor.workspaceId, next);
    await resettleArrivals(tx, actor.workspaceId, next, deps.now());
    return { settings: present(next), rescored };
  });
}

/** `baton rescore`: recomputes every contact from its touchpoints with the current settings. */
export async function rescoreAll(deps: Deps, workspaceId: string): Promise<number> {
  return inTransaction(deps.db, async (tx) => {
    const settings = await loadScoringSettings(tx, workspaceId, "update");
    const rescored = await rescoreWorkspace(tx, workspaceId, settings);
    await resettleArrivals(tx, workspaceId, settings, deps.now());
    return rescored;
  });
}
