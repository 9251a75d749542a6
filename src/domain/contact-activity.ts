// What a set of new touchpoints does to one contact: its temperature state, its counters and,
// possibly, its stage. Pure, so the single and the batch ingest paths share it exactly.
import { type Stage, stageAfterTouch } from "./stages.ts";
import { applyTouches, type ScoringSettings, type StoredScore, scoreOf, weightOf } from "./temperature.ts";
import { isInbound, type TouchpointKind } from "./touchpoint-kinds.ts";

export interface ContactActivityState {
  stage: Stage;
  e0: number;
  t0: number | null;
  touchCount: number;
  firstTouchAt: number | null;
}

export interface NewTouch {
  kind: TouchpointKind;
  at: number;
}

export interface ContactActivityChange {
  score: StoredScore;
  touchCount: number;
  firstTouchAt: number | null;
  /** Set when the touches moved the contact to another stage, with the instant it happened. */
  stageChange: { from: Stage; to: Stage; at: number } | null;
}

export function applyNewTouches(
  state: ContactActivityState,
  touches: readonly NewTouch[],
  settings: ScoringSettings,
): ContactActivityChange {
  const engagement = applyTouches(
    { e0: state.e0, t0: state.t0 },
    touches.map((t) => ({ weight: weightOf(t.kind, settings), at: t.at })),
    settings.halfLifeMs,
  );
  let stageChange: ContactActivityChange["stageChange"] = null;
  // The earliest qualifying touch decides when the stage changed, whatever the arrival order.
  for (const t of [...touches].sort((a, b) => a.at - b.at)) {
    const to = stageAfterTouch(state.stage, t.kind);
    if (to) {
      stageChange = { from: state.stage, to, at: t.at };
      break;
    }
  }
  const earliest = Math.min(...touches.map((t) => t.at));
  return {
    score: scoreOf(engagement, settings),
    touchCount: state.touchCount + touches.length,
    firstTouchAt: state.firstTouchAt === null ? earliest : Math.min(state.firstTouchAt, earliest),
    stageChange,
  };
}

/** The earliest inbound response among new touches (what makes a prospect a lead), or null. */
export function firstInbound<T extends NewTouch>(touches: readonly T[]): T | null {
  let first: T | null = null;
  for (const t of touches) if (isInbound(t.kind) && (first === null || t.at < first.at)) first = t;
  return first;
}
