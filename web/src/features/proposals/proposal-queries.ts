import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Ok, Schema } from "../../api/contract.ts";

export type Proposal = Schema<"Proposal">;
export type ProposalInput = Schema<"ProposalInput">;

// Under "deals": repricing the deal or deciding an approval refreshes whether a draft may go out.
const key = (dealId: string) => ["deals", "proposals", dealId] as const;

export function useDealProposals(dealId: string) {
  return useQuery({
    queryKey: key(dealId),
    queryFn: ({ signal }) =>
      api.get<Ok<"listDealProposals">>(`/deals/${encodeURIComponent(dealId)}/proposals`, undefined, signal),
  });
}

/** Accepting moves the deal, so every change refreshes the deal and its lists too. */
function useProposalMutation<V>(fn: (variables: V) => Promise<Proposal>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["deals"] }),
        queryClient.invalidateQueries({ queryKey: ["pipeline-board"] }),
      ]),
  });
}

export function useCreateProposal(dealId: string) {
  return useProposalMutation((body: ProposalInput) =>
    api.post<Proposal>(`/deals/${encodeURIComponent(dealId)}/proposals`, body),
  );
}

export function useSendProposal() {
  return useProposalMutation((id: string) =>
    api.post<Proposal>(`/proposals/${encodeURIComponent(id)}/send`, {}),
  );
}

export function useWithdrawProposal() {
  return useProposalMutation((id: string) =>
    api.post<Proposal>(`/proposals/${encodeURIComponent(id)}/withdraw`, {}),
  );
}

/** The PDF, downloaded with the session cookie like any GET. */
export const proposalPdfUrl = (id: string) => `/api/v1/proposals/${encodeURIComponent(id)}/pdf`;

export type ProposalStatusFilter = Proposal["status"] | "all";

/** The proposals list, page by page; under "deals" so any change on a deal page refreshes it. */
export function useProposalList(filter: { status: ProposalStatusFilter; mine: boolean }) {
  return useInfiniteQuery({
    queryKey: ["deals", "proposal-list", filter],
    queryFn: ({ pageParam, signal }) =>
      api.get<Ok<"listProposals">>(
        "/proposals",
        {
          status: filter.status === "all" ? undefined : filter.status,
          mine: filter.mine ? "true" : undefined,
          limit: 50,
          cursor: pageParam,
        },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
