// Shapes of the deal and pipeline API responses, as the pipeline screen uses them.

export type StageOutcome = "open" | "won" | "lost";

export interface PipelineStage {
  key: string;
  name: string;
  outcome: StageOutcome;
  /** Forecast weight, 0–100 %. */
  probability: number;
}

export interface Pipeline {
  id: string;
  name: string;
  isDefault: boolean;
  stages: PipelineStage[];
}

export interface LossReason {
  id: string;
  label: string;
}

export interface PipelinesResponse {
  data: Pipeline[];
  lossReasons: LossReason[];
}

export interface MoneyTotal {
  currency: string;
  amountMinor: number;
}

export interface BoardStage extends PipelineStage {
  count: number;
  totals: MoneyTotal[];
}

export interface PipelineBoard {
  pipeline: { id: string; name: string };
  stages: BoardStage[];
  weightedForecast: MoneyTotal[];
}

export interface Deal {
  id: string;
  name: string;
  contactId: string;
  contactName: string | null;
  companyId: string | null;
  ownerId: string | null;
  ownerName: string | null;
  pipelineId: string;
  stage: string;
  outcome: StageOutcome;
  amountMinor: number;
  currency: string;
  expectedCloseOn: string | null;
  closedAt: string | null;
  lossReason: string | null;
  lossNote: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface MoveDealBody {
  stage: string;
  lossReasonId?: string;
  lossNote?: string;
  reopen?: boolean;
}
