import type { ScoringSettings } from "./temperature.ts";
import { defaultWeights } from "./touchpoint-kinds.ts";

const DAY_MS = 86_400_000;

// Defaults: a form submission (10) alone keeps a contact warm for about four and a half days; hot needs several
// strong touches close together (e.g. a webinar, a meeting and a proposal within two weeks).
export function defaultScoringSettings(): ScoringSettings {
  return { halfLifeMs: 14 * DAY_MS, warmThreshold: 8, hotThreshold: 30, weights: defaultWeights() };
}

/**
 * The weights a workspace scores with: its stored weights over the catalogue's defaults. A
 * workspace stores every kind the catalogue had when it was made, so a kind added later (such as
 * link_click) is missing from its row; it scores with its default weight — the one the settings
 * screen shows — until the workspace sets its own. A stored 0 stays 0.
 */
export function weightsOverDefaults(stored: Record<string, number>): Record<string, number> {
  return { ...defaultWeights(), ...stored };
}
