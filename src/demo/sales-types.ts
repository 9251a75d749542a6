// What the sales demo's loaders share: the ids they act with and the catalogue they sell from.
// Apart from sales-demo.ts so that partner-demo.ts, which it calls, need not import it back.
import type { PipelineStage } from "../domain/pipeline.ts";
import type { Actor } from "../services/context.ts";

export interface SalesDemoIds {
  workspaceId: string;
  users: Map<string, { id: string; role: Actor["role"] }>;
  contacts: Map<string, string>;
  admin: Actor;
}

export interface Catalogue {
  products: Map<string, string>;
  books: Map<string, string>;
  competitors: string[];
  objectionTypes: string[];
  stages: PipelineStage[];
  lossReasons: string[];
}
