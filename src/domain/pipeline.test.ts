import assert from "node:assert/strict";
import { test } from "node:test";
import { DEFAULT_PIPELINE_STAGES, moveProblem, pipelineProblems, weightedForecastMinor } from "./pipeline.ts";

const stages = DEFAULT_PIPELINE_STAGES;
const move = (to: string, extra: Partial<Parameters<typeof moveProblem>[0]> = {}) =>
  moveProblem({ stages, from: "propose", to, policySatisfied: true, ...extra })?.code ?? null;

test("the default pipeline is valid; broken edits are explained", () => {
  assert.deepEqual(pipelineProblems(stages), []);
  assert.deepEqual(pipelineProblems(stages.filter((s) => s.outcome !== "won")), [
    "a pipeline needs exactly one won stage",
  ]);
  assert.match(pipelineProblems([...stages, stages[0]!]).join(), /used twice/);
  // Two stages named alike (whatever the case or spaces) cannot be told apart on the board.
  const renamed = stages.map((s) => (s.key === "understand" ? { ...s, name: " qualify " } : s));
  assert.deepEqual(pipelineProblems(renamed), ['the stage name "qualify" is used twice']);
});

test("moves: unknown stage, loss reason, approval before winning, closed deals", () => {
  assert.equal(move("contract"), null);
  assert.equal(move("demo-call"), "unknown_stage");
  assert.equal(move("lost"), "needs_loss_reason");
  assert.equal(move("lost", { lossReason: "  " }), "needs_loss_reason");
  assert.equal(move("lost", { lossReason: "No budget" }), null);
  assert.equal(move("won", { policySatisfied: false }), "needs_approval");
  assert.equal(move("won"), null);
  assert.equal(move("qualify", { from: "won" }), "already_closed");
  assert.equal(move("qualify", { from: "lost", reopen: true }), null);
});

test("weighted forecast: Σ amount × stage probability (by hand: 10 000·50 % + 4 000·80 % = 8 200)", () => {
  assert.equal(
    weightedForecastMinor(
      [
        { amountMinor: 10_000, stage: "propose" },
        { amountMinor: 4_000, stage: "contract" },
      ],
      stages,
    ),
    8_200,
  );
});
