// Deal pipelines (product.md §1, the sales process): ordered stages, two of them closing the deal.
// The default follows the process the specification describes; workspaces may edit stages and
// keep several pipelines (direct, partner, …).

export type StageOutcome = "open" | "won" | "lost";

export interface PipelineStage {
  key: string;
  name: string;
  outcome: StageOutcome;
  /** Forecast weight, 0–100 %. */
  probability: number;
}

export const DEFAULT_PIPELINE_STAGES: readonly PipelineStage[] = [
  { key: "qualify", name: "Qualify", outcome: "open", probability: 10 },
  { key: "understand", name: "Understand the problem", outcome: "open", probability: 20 },
  { key: "present", name: "Present", outcome: "open", probability: 35 },
  { key: "propose", name: "Propose (proposal, estimate)", outcome: "open", probability: 50 },
  { key: "objections", name: "Handle objections", outcome: "open", probability: 65 },
  { key: "contract", name: "Contract", outcome: "open", probability: 80 },
  { key: "won", name: "Won", outcome: "won", probability: 100 },
  { key: "lost", name: "Lost", outcome: "lost", probability: 0 },
];

export const DEFAULT_LOSS_REASONS = [
  "No budget",
  "Chose a competitor",
  "No decision / stalled",
  "Price too high",
  "Missing feature",
  "Bad timing",
  "Bad fit",
] as const;

/** Problems with an edited list of stages; empty when it is usable. */
export function pipelineProblems(stages: readonly PipelineStage[]): string[] {
  const problems: string[] = [];
  const keys = new Set<string>();
  const names = new Set<string>();
  for (const s of stages) {
    if (keys.has(s.key)) problems.push(`stage key "${s.key}" is used twice`);
    keys.add(s.key);
    // Two stages a person cannot tell apart on the board or in a report.
    const name = s.name.trim().toLowerCase();
    if (name && names.has(name)) problems.push(`the stage name "${s.name.trim()}" is used twice`);
    names.add(name);
    if (s.probability < 0 || s.probability > 100)
      problems.push(`stage "${s.key}": probability must be 0–100`);
  }
  const count = (o: StageOutcome) => stages.filter((s) => s.outcome === o).length;
  if (count("open") === 0) problems.push("a pipeline needs at least one open stage");
  if (count("won") !== 1) problems.push("a pipeline needs exactly one won stage");
  if (count("lost") !== 1) problems.push("a pipeline needs exactly one lost stage");
  return problems;
}

export type MoveProblem =
  | { code: "unknown_stage"; message: string }
  | { code: "needs_loss_reason"; message: string }
  | { code: "needs_approval"; message: string }
  | { code: "already_closed"; message: string };

/**
 * Whether a deal may move to `to`. A stage of another pipeline is unknown here; losing needs a
 * reason; winning needs the price policy satisfied (no deviation, or an approval of these exact
 * line items); a closed deal only moves when it is reopened explicitly.
 */
export function moveProblem(input: {
  stages: readonly PipelineStage[];
  from: string;
  to: string;
  lossReason?: string | null;
  policySatisfied: boolean;
  reopen?: boolean;
}): MoveProblem | null {
  const target = input.stages.find((s) => s.key === input.to);
  if (!target)
    return { code: "unknown_stage", message: `"${input.to}" is not a stage of this deal's pipeline.` };
  const current = input.stages.find((s) => s.key === input.from);
  if (current && current.outcome !== "open" && !input.reopen) {
    return { code: "already_closed", message: `The deal is already ${current.outcome}; reopen it first.` };
  }
  if (target.outcome === "lost" && !input.lossReason?.trim()) {
    return { code: "needs_loss_reason", message: "Losing a deal needs a loss reason." };
  }
  if (target.outcome === "won" && !input.policySatisfied) {
    return {
      code: "needs_approval",
      message: "The deal is outside the price policy: it needs an approval before it can be won.",
    };
  }
  return null;
}

/** Weighted forecast of open deals: Σ amount × probability. */
export function weightedForecastMinor(
  deals: readonly { amountMinor: number; stage: string }[],
  stages: readonly PipelineStage[],
): number {
  const probability = new Map(stages.map((s) => [s.key, s.probability]));
  return Math.round(
    deals.reduce((sum, d) => sum + (d.amountMinor * (probability.get(d.stage) ?? 0)) / 100, 0),
  );
}
