import type { ScoringSettings } from "./temperature.ts";
import { defaultWeights } from "./touchpoint-kinds.ts";

const DAY_MS = 86_400_000;

// Defaults: a form submission (10) alone keeps a contact warm for about four and a half days; hot needs several
// strong touches close together (e.g. a webinar, a meeting and a proposal within two weeks).
export function defaultScoringSettings(): ScoringSettings {
  return { halfLifeMs: 14 * DAY_MS, warmThreshold: 8, hotThreshold: 30, weights: defaultWeights() };
}
