// Temperature (product.md §3). Engagement at time t is E(t) = Σ wᵢ · 2^(−(t − tᵢ)/H) over the
// touchpoints with tᵢ ≤ t. Per contact we keep E₀ at t₀ (its latest touchpoint) so a new
// touchpoint is O(1), and we store the instants the contact cools below each threshold so that
// "hot right now" is an index range. Times are epoch milliseconds; nothing here reads a clock.
import type { Temperature } from "./catalogue.ts";

export interface ScoringSettings {
  halfLifeMs: number;
  warmThreshold: number;
  hotThreshold: number;
  weights: Record<string, number>;
}

/** E₀ at t₀; t₀ is null for a contact that has never been touched (then E₀ is 0). */
export interface EngagementState {
  e0: number;
  t0: number | null;
}

export interface StoredScore extends EngagementState {
  warmUntil: number | null;
  hotUntil: number | null;
}

export interface WeightedTouch {
  weight: number;
  at: number;
}

export const EMPTY_STATE: EngagementState = { e0: 0, t0: null };

export function decayFactor(elapsedMs: number, halfLifeMs: number): number {
  return 2 ** (-elapsedMs / halfLifeMs);
}

/** Adds one touchpoint, in or out of order. */
export function applyTouch(
  state: EngagementState,
  touch: WeightedTouch,
  halfLifeMs: number,
): EngagementState {
  if (state.t0 === null) return { e0: touch.weight, t0: touch.at };
  if (touch.at >= state.t0) {
    return { e0: state.e0 * decayFactor(touch.at - state.t0, halfLifeMs) + touch.weight, t0: touch.at };
  }
  // A touchpoint older than t₀ contributes its weight already decayed to t₀.
  return { e0: state.e0 + touch.weight * decayFactor(state.t0 - touch.at, halfLifeMs), t0: state.t0 };
}

/** Adds many touchpoints; the result does not depend on their order. */
export function applyTouches(
  state: EngagementState,
  touches: readonly WeightedTouch[],
  halfLifeMs: number,
): EngagementState {
  let next = state;
  for (const touch of touches) next = applyTouch(next, touch, halfLifeMs);
  return next;
}

/**
 * Engagement at `at` from the stored state. Exact only for at ≥ t₀: touchpoints after `at`
 * are folded into E₀, so earlier instants need the touchpoints themselves (engagementFromTouches).
 */
export function engagementAt(state: EngagementState, at: number, halfLifeMs: number): number {
  if (state.t0 === null) return 0;
  return state.e0 * decayFactor(at - state.t0, halfLifeMs);
}

/**
 * E(at) from the stored state when it is exact there (t₀ ≤ at), else null: E₀ then holds a touch
 * dated after `at` that does not count yet, and the touchpoints up to `at` must be summed.
 */
export function engagementIfExact(state: EngagementState, at: number, halfLifeMs: number): number | null {
  return state.t0 !== null && state.t0 > at ? null : engagementAt(state, at, halfLifeMs);
}

/** The part of E(at) that some touches make: those at or before `at`, decayed to it. */
export function engagementOfTouches(
  touches: readonly WeightedTouch[],
  at: number,
  halfLifeMs: number,
): number {
  let sum = 0;
  for (const t of touches) if (t.at <= at) sum += t.weight * decayFactor(at - t.at, halfLifeMs);
  return sum;
}

/**
 * The last instant E is still ≥ θ (`t₀ + H·log₂(E₀/θ)`; E falls below θ right after it), or null
 * when E₀ is already below θ.
 */
export function coolingMoment(state: EngagementState, threshold: number, halfLifeMs: number): number | null {
  if (state.t0 === null || threshold <= 0 || state.e0 < threshold) return null;
  return state.t0 + halfLifeMs * Math.log2(state.e0 / threshold);
}

export function scoreOf(state: EngagementState, settings: ScoringSettings): StoredScore {
  return {
    ...state,
    warmUntil: coolingMoment(state, settings.warmThreshold, settings.halfLifeMs),
    hotUntil: coolingMoment(state, settings.hotThreshold, settings.halfLifeMs),
  };
}

export function temperatureOf(engagement: number, settings: ScoringSettings): Temperature {
  if (engagement >= settings.hotThreshold) return "hot";
  if (engagement >= settings.warmThreshold) return "warm";
  return "cold";
}

/**
 * Temperature at `at` from the stored cooling instants — the same rule the database index
 * uses, so the board and a single contact never disagree. Valid for at ≥ t₀.
 */
export function temperatureFromStored(score: StoredScore, at: number): Temperature {
  if (score.hotUntil !== null && score.hotUntil >= at) return "hot";
  if (score.warmUntil !== null && score.warmUntil >= at) return "warm";
  return "cold";
}

export function weightOf(kind: string, settings: ScoringSettings): number {
  return settings.weights[kind] ?? 0;
}
