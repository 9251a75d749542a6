// The open deals of one owner (or everyone's) across every pipeline: how many, and their amount
// per currency — summed from each pipeline's board, whose counts and totals are exact.

import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Ok } from "../../api/contract.ts";

type Board = Ok<"getPipelineBoard">;
type Pipelines = Ok<"listPipelines">;

export interface OpenDeals {
  count: number;
  totals: { currency: string; amountMinor: number }[];
  /** The pipeline the figure links to: the default one. */
  defaultPipelineId: string | null;
}

export function openDealsOf(boards: readonly Board[]): Omit<OpenDeals, "defaultPipelineId"> {
  let count = 0;
  const totals = new Map<string, number>();
  for (const board of boards)
    for (const stage of board.stages.filter((s) => s.outcome === "open")) {
      count += stage.count;
      for (const t of stage.totals) totals.set(t.currency, (totals.get(t.currency) ?? 0) + t.amountMinor);
    }
  const sorted = [...totals].sort(([, a], [, b]) => b - a);
  return { count, totals: sorted.map(([currency, amountMinor]) => ({ currency, amountMinor })) };
}

export function useOpenDeals(ownerId: string | null) {
  return useQuery({
    queryKey: ["home", "open-deals", { ownerId }],
    queryFn: async ({ signal }): Promise<OpenDeals> => {
      const pipelines = await api.get<Pipelines>("/pipelines", undefined, signal);
      const boards = await Promise.all(
        pipelines.data.map((p) => api.get<Board>("/pipelines/board", { pipelineId: p.id, ownerId }, signal)),
      );
      const defaultPipelineId = pipelines.data.find((p) => p.isDefault)?.id ?? pipelines.data[0]?.id ?? null;
      return { ...openDealsOf(boards), defaultPipelineId };
    },
  });
}
