import assert from "node:assert/strict";
import { test } from "node:test";
import { applyNewTouches } from "./contact-activity.ts";
import type { ScoringSettings } from "./temperature.ts";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
const settings: ScoringSettings = {
  halfLifeMs: DAY,
  warmThreshold: 5,
  hotThreshold: 10,
  weights: { email_sent: 0, page_view: 1, form_submit: 8, email_click: 4 },
};
const prospect = { stage: "prospect" as const, e0: 0, t0: null, touchCount: 0, firstTouchAt: null };

test("a prospect becomes a lead at its earliest inbound response, whatever the arrival order", () => {
  const change = applyNewTouches(
    prospect,
    [
      { kind: "form_submit", at: T0 + 2 * DAY },
      { kind: "email_sent", at: T0 },
      { kind: "email_click", at: T0 + DAY },
    ],
    settings,
  );
  assert.deepEqual(change.stageChange, { from: "prospect", to: "lead", at: T0 + DAY });
  assert.equal(change.touchCount, 3);
  assert.equal(change.firstTouchAt, T0);
  // E₀ at t₀ = T0+2d: 8 + 4·½ + 0 = 10 → hot until exactly t₀ (E = θ_hot).
  assert.equal(change.score.e0, 10);
  assert.equal(change.score.hotUntil, T0 + 2 * DAY);
});

test("outbound touches alone leave a prospect a prospect; a lead never moves back", () => {
  const sent = applyNewTouches(
    prospect,
    [
      { kind: "email_sent", at: T0 },
      { kind: "page_view", at: T0 },
    ],
    settings,
  );
  assert.equal(sent.stageChange, null);
  const lead = applyNewTouches({ ...prospect, stage: "lead" }, [{ kind: "form_submit", at: T0 }], settings);
  assert.equal(lead.stageChange, null);
});

test("counters accumulate and the first touch only moves earlier", () => {
  const state = { stage: "lead" as const, e0: 4, t0: T0, touchCount: 5, firstTouchAt: T0 - DAY };
  const change = applyNewTouches(state, [{ kind: "page_view", at: T0 - 3 * DAY }], settings);
  assert.equal(change.touchCount, 6);
  assert.equal(change.firstTouchAt, T0 - 3 * DAY);
  assert.equal(change.score.t0, T0); // an older touch does not move t₀
  assert.equal(change.score.e0, 4 + 1 / 8);
});
