import { notifications } from "@mantine/notifications";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Ok, Page, Schema } from "../../api/contract.ts";

type Deal = Schema<"Deal">;
type MoveDealBody = Schema<"DealMove">;
type PipelineBoard = Ok<"getPipelineBoard">;
type PipelinesResponse = Ok<"listPipelines">;

/**
 * Deals are loaded one page of DEALS_LIMIT per pipeline (the API's maximum page size). Larger
 * pipelines show the first page only, with a note — the column counts and totals come from the
 * board endpoint and stay exact.
 */
export const DEALS_LIMIT = 200;

export function usePipelines() {
  return useQuery({
    queryKey: ["pipelines"],
    queryFn: ({ signal }) => api.get<PipelinesResponse>("/pipelines", undefined, signal),
    staleTime: 5 * 60 * 1000,
  });
}

export function usePipelineBoard(pipelineId: string | null, ownerId: string | null) {
  return useQuery({
    queryKey: ["pipeline-board", { pipelineId, ownerId }],
    queryFn: ({ signal }) => api.get<PipelineBoard>("/pipelines/board", { pipelineId, ownerId }, signal),
    placeholderData: keepPreviousData,
  });
}

function dealsQueryKey(pipelineId: string | null, ownerId: string | null) {
  return ["deals", "list", { pipelineId, ownerId, limit: DEALS_LIMIT }] as const;
}

/** How many of the latest won and lost deals the board shows (the columns' totals cover all). */
export const CLOSED_LIMIT = 30;

/**
 * The board's cards: the open deals (up to DEALS_LIMIT) and the most recently closed ones — so a
 * long history of wins and losses never crowds the open stages out of the page.
 */
export function usePipelineDeals(pipelineId: string | null, ownerId: string | null) {
  return useQuery({
    queryKey: dealsQueryKey(pipelineId, ownerId),
    queryFn: async ({ signal }): Promise<Page<Deal>> => {
      const open = await api.get<Page<Deal>>(
        "/deals",
        { pipelineId, ownerId, status: "open", limit: DEALS_LIMIT },
        signal,
      );
      const closed = await api.get<Page<Deal>>(
        "/deals",
        { pipelineId, ownerId, status: "closed", limit: CLOSED_LIMIT },
        signal,
      );
      return { data: [...open.data, ...closed.data], nextCursor: open.nextCursor };
    },
    enabled: pipelineId !== null,
    placeholderData: keepPreviousData,
  });
}

interface MoveVariables {
  deal: Deal;
  body: MoveDealBody;
}

/**
 * Moves a deal to another stage. The card moves at once (optimistic update of the deals list);
 * a server error puts it back and shows a notification. Board and deals refetch afterwards.
 */
export function useMoveDeal(pipelineId: string | null, ownerId: string | null) {
  const queryClient = useQueryClient();
  const key = dealsQueryKey(pipelineId, ownerId);
  return useMutation({
    mutationFn: ({ deal, body }: MoveVariables) =>
      api.post<Deal>(`/deals/${encodeURIComponent(deal.id)}/move`, body),
    onMutate: async ({ deal, body }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Page<Deal>>(key);
      if (previous) {
        queryClient.setQueryData<Page<Deal>>(key, {
          ...previous,
          data: previous.data.map((d) => (d.id === deal.id ? { ...d, stage: body.stage } : d)),
        });
      }
      return { previous };
    },
    onError: (error, { deal }, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      notifications.show({
        color: "red",
        title: `Could not move “${deal.name}”`,
        message: error instanceof Error ? error.message : String(error),
      });
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["pipeline-board"] }),
        queryClient.invalidateQueries({ queryKey: ["deals"] }),
      ]),
  });
}
