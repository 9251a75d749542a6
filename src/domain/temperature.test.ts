import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { engagementFromTouches, explainScore } from "./explain.ts";
import {
  applyTouch,
  applyTouches,
  coolingMoment,
  EMPTY_STATE,
  engagementAt,
  engagementIfExact,
  engagementOfTouches,
  type ScoringSettings,
  scoreOf,
  temperatureFromStored,
} from "./temperature.ts";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
// One-day half-life keeps the hand arithmetic to powers of two.
const settings: ScoringSettings = {
  halfLifeMs: DAY,
  warmThreshold: 5,
  hotThreshold: 10,
  weights: { form_submit: 8, meeting: 20, proposal: 6, unsubscribe: -10, page_view: 1 },
};
const H = settings.halfLifeMs;

describe("incremental engagement", () => {
  test("a single touch halves every half-life", () => {
    const s = applyTouch(EMPTY_STATE, { weight: 8, at: T0 }, H);
    assert.equal(engagementAt(s, T0, H), 8);
    assert.equal(engagementAt(s, T0 + DAY, H), 4);
    assert.equal(engagementAt(s, T0 + 3 * DAY, H), 1);
  });

  test("in order: E₀ ← E₀·2^(−Δ/H) + w", () => {
    const s = applyTouches(
      EMPTY_STATE,
      [
        { weight: 10, at: T0 },
        { weight: 6, at: T0 + DAY },
      ],
      H,
    );
    assert.deepEqual(s, { e0: 11, t0: T0 + DAY });
  });

  test("out of order: an older touch adds w·2^(−(t₀−t)/H) and keeps t₀", () => {
    const s = applyTouches(
      EMPTY_STATE,
      [
        { weight: 6, at: T0 + DAY },
        { weight: 10, at: T0 },
      ],
      H,
    );
    assert.deepEqual(s, { e0: 11, t0: T0 + DAY });
    const older = applyTouch(s, { weight: 16, at: T0 - DAY }, H); // 16 · 2^(−2) = 4
    assert.deepEqual(older, { e0: 15, t0: T0 + DAY });
  });

  test("negative weights lower engagement and can cancel it", () => {
    const s = applyTouches(
      EMPTY_STATE,
      [
        { weight: 20, at: T0 },
        { weight: -10, at: T0 + DAY },
      ],
      H,
    );
    assert.deepEqual(s, { e0: 0, t0: T0 + DAY });
    const score = scoreOf(s, settings);
    assert.equal(score.hotUntil, null);
    assert.equal(score.warmUntil, null);
    assert.equal(temperatureFromStored(score, T0 + DAY), "cold");
  });

  test("a negative balance stays cold and never produces a cooling instant", () => {
    const s = applyTouch(EMPTY_STATE, { weight: -10, at: T0 }, H);
    assert.equal(coolingMoment(s, 5, H), null);
    assert.equal(temperatureFromStored(scoreOf(s, settings), T0 + DAY), "cold");
  });
});

describe("cooling instants", () => {
  test("E₀ = 40, θ = 10, H = 1 day: hot until exactly two days after t₀", () => {
    const score = scoreOf({ e0: 40, t0: T0 }, settings);
    assert.equal(score.hotUntil, T0 + 2 * DAY);
    assert.equal(score.warmUntil, T0 + 3 * DAY); // log₂(40/5) = 3
  });

  test("E₀ = 30, θ = 10: hot for 86400·log₂3 = 136 940.76 s, to the second", () => {
    const score = scoreOf({ e0: 30, t0: T0 }, settings);
    assert.equal(Math.floor((score.hotUntil! - T0) / 1000), 136_940);
    assert.equal(temperatureFromStored(score, T0 + 136_940_000), "hot");
    assert.equal(temperatureFromStored(score, T0 + 136_941_000), "warm");
    // The engagement agrees: 30 · 2^(−136 940/86 400) ≥ 10 > 30 · 2^(−136 941/86 400).
    assert.ok(engagementAt({ e0: 30, t0: T0 }, T0 + 136_940_000, H) >= 10);
    assert.ok(engagementAt({ e0: 30, t0: T0 }, T0 + 136_941_000, H) < 10);
  });

  test("E = θ is hot (E ≥ θ); one millisecond later it has cooled", () => {
    const score = scoreOf({ e0: 10, t0: T0 }, settings);
    assert.equal(score.hotUntil, T0);
    assert.equal(temperatureFromStored(score, T0), "hot");
    assert.equal(temperatureFromStored(score, T0 + 1), "warm");
  });

  test("just below the threshold there is no hot instant at all", () => {
    assert.equal(scoreOf({ e0: 9.999, t0: T0 }, settings).hotUntil, null);
  });
});

describe("explanation", () => {
  test("lists each touch's decayed contribution, summing to the value", () => {
    const touches = [
      { id: "a", kind: "meeting", occurredAt: T0 },
      { id: "b", kind: "form_submit", occurredAt: T0 + DAY },
      { id: "c", kind: "unsubscribe", occurredAt: T0 + 2 * DAY },
      { id: "d", kind: "page_view", occurredAt: T0 + 5 * DAY }, // after `at`: excluded
    ];
    const e = explainScore(touches, T0 + 2 * DAY, settings);
    // meeting 20·¼ = 5, form 8·½ = 4, unsubscribe −10·1 = −10 → −1
    assert.deepEqual(
      e.contributions.map((c) => [c.touchpointId, c.contribution]),
      [
        ["c", -10],
        ["a", 5],
        ["b", 4],
      ],
    );
    assert.equal(e.value, -1);
    assert.equal(e.temperature, "cold");
  });
});

describe("property: stored state equals the definition", () => {
  const touchArb = fc.record({
    kind: fc.constantFrom(...Object.keys(settings.weights)),
    offset: fc.integer({ min: 0, max: 60 * DAY }),
  });

  test("temperature at X from E₀/t₀ matches the brute-force sum, in any arrival order", () => {
    fc.assert(
      fc.property(
        fc.array(touchArb, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 90 * DAY }),
        fc.integer(),
        (raw, later, seed) => {
          const touches = raw.map((t, i) => ({ id: String(i), kind: t.kind, occurredAt: T0 + t.offset }));
          // Arrival order is a shuffle of occurrence order.
          const arrival = [...touches].sort(
            (a, b) => ((Number(a.id) * 7919 + seed) % 97) - ((Number(b.id) * 7919 + seed) % 97),
          );
          const state = applyTouches(
            EMPTY_STATE,
            arrival.map((t) => ({ weight: settings.weights[t.kind]!, at: t.occurredAt })),
            H,
          );
          const x = state.t0! + later;
          const brute = engagementFromTouches(touches, x, settings);
          const stored = engagementAt(state, x, H);
          assert.ok(Math.abs(stored - brute) <= 1e-9 * (1 + Math.abs(brute)), `${stored} vs ${brute}`);
          // Away from the razor's edge of a threshold, the stored cooling instants agree too.
          const nearEdge = [settings.warmThreshold, settings.hotThreshold].some(
            (th) => Math.abs(brute - th) < 1e-6,
          );
          if (!nearEdge) {
            const expected = brute >= 10 ? "hot" : brute >= 5 ? "warm" : "cold";
            assert.equal(temperatureFromStored(scoreOf(state, settings), x), expected);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("a touch dated ahead of the read instant", () => {
  test("the stored state is exact from t₀ on, and not before it", () => {
    const s = applyTouch(EMPTY_STATE, { weight: 8, at: T0 }, H);
    assert.equal(engagementIfExact(s, T0, H), 8);
    assert.equal(engagementIfExact(s, T0 + DAY, H), 4);
    assert.equal(engagementIfExact(s, T0 - 1, H), null, "E₀ holds a touch that does not count yet");
    assert.equal(engagementIfExact(EMPTY_STATE, T0, H), 0);
  });

  test("only the touches at or before the instant count, decayed to it", () => {
    const touches = [
      { weight: 8, at: T0 - DAY },
      { weight: 6, at: T0 },
      { weight: -10, at: T0 + 1 },
    ];
    assert.equal(engagementOfTouches(touches, T0, H), 4 + 6);
    assert.equal(engagementOfTouches(touches, T0 - DAY, H), 8);
    assert.equal(engagementOfTouches(touches, T0 - DAY - 1, H), 0);
  });
});
