// The score explanation: the definition of §3 evaluated touchpoint by touchpoint. It is also the
// brute-force reference the incremental state is tested against.
import type { Temperature } from "./catalogue.ts";
import { decayFactor, type ScoringSettings, temperatureOf, weightOf } from "./temperature.ts";

export interface ScoredTouch {
  id: string;
  kind: string;
  occurredAt: number;
}

export interface Contribution {
  touchpointId: string;
  kind: string;
  occurredAt: number;
  weight: number;
  /** weight · 2^(−(at − occurredAt)/H) */
  contribution: number;
}

export interface Explanation {
  at: number;
  value: number;
  temperature: Temperature;
  contributions: Contribution[];
}

export function engagementFromTouches(
  touches: readonly ScoredTouch[],
  at: number,
  settings: ScoringSettings,
): number {
  let sum = 0;
  for (const t of touches) {
    if (t.occurredAt <= at)
      sum += weightOf(t.kind, settings) * decayFactor(at - t.occurredAt, settings.halfLifeMs);
  }
  return sum;
}

/** Each touchpoint up to `at` with its decayed contribution, largest magnitude first. */
export function explainScore(
  touches: readonly ScoredTouch[],
  at: number,
  settings: ScoringSettings,
): Explanation {
  const contributions = touches
    .filter((t) => t.occurredAt <= at)
    .map((t) => {
      const weight = weightOf(t.kind, settings);
      return {
        touchpointId: t.id,
        kind: t.kind,
        occurredAt: t.occurredAt,
        weight,
        contribution: weight * decayFactor(at - t.occurredAt, settings.halfLifeMs),
      };
    })
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  const value = contributions.reduce((sum, c) => sum + c.contribution, 0);
  return { at, value, temperature: temperatureOf(value, settings), contributions };
}
