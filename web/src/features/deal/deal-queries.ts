import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Ok, Page, Schema } from "../../api/contract.ts";

type Deal = Schema<"Deal">;
type MoveDealBody = Schema<"DealMove">;
type Approval = Schema<"Approval">;
type DealDetail = Schema<"DealDetail">;
type LineItemInput = Schema<"DealLineItems">["items"][number];
export type DealAttribution = Schema<"DealAttribution">;

const dealKey = (id: string) => ["deals", "detail", id] as const;

export function useDeal(id: string) {
  return useQuery({
    queryKey: dealKey(id),
    queryFn: ({ signal }) => api.get<DealDetail>(`/deals/${encodeURIComponent(id)}`, undefined, signal),
    retry: (count, error) => (error as { status?: number }).status !== 404 && count < 2,
  });
}

/**
 * A won deal's credits touch by touch. Under "deals", so winning, reopening or repricing the deal
 * refreshes them with everything else on the page.
 */
export function useDealAttribution(id: string) {
  return useQuery({
    queryKey: ["deals", "attribution", id],
    queryFn: ({ signal }) =>
      api.get<DealAttribution>(`/deals/${encodeURIComponent(id)}/attribution`, undefined, signal),
  });
}

export function useContactDeals(contactId: string) {
  return useQuery({
    queryKey: ["deals", "list", { contactId }],
    queryFn: ({ signal }) => api.get<Page<Deal>>("/deals", { contactId, limit: 50 }, signal),
  });
}

export function usePriceBooks() {
  return useQuery({
    queryKey: ["price-books"],
    queryFn: ({ signal }) => api.get<Ok<"listPriceBooks">>("/price-books", undefined, signal),
    staleTime: 60_000,
  });
}

export function usePriceBook(id: string | null) {
  return useQuery({
    queryKey: ["price-books", id],
    queryFn: ({ signal }) =>
      api.get<Ok<"getPriceBook">>(`/price-books/${encodeURIComponent(id!)}`, undefined, signal),
    enabled: id !== null,
    staleTime: 60_000,
  });
}

/** Every change on the deal page refreshes the deal, the lists and the board it appears on. */
function useDealMutation<V, R>(fn: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["deals"] }),
        queryClient.invalidateQueries({ queryKey: ["pipeline-board"] }),
        queryClient.invalidateQueries({ queryKey: ["approvals"] }),
        queryClient.invalidateQueries({ queryKey: ["contact"] }),
      ]),
  });
}

export function useSetLineItems(id: string) {
  return useDealMutation((body: { priceBookId: string; items: LineItemInput[] }) =>
    api.put<DealDetail>(`/deals/${encodeURIComponent(id)}/line-items`, body),
  );
}

export function useMoveThisDeal(id: string) {
  return useDealMutation((body: MoveDealBody) =>
    api.post<Deal>(`/deals/${encodeURIComponent(id)}/move`, body),
  );
}

export function useRequestApproval(id: string) {
  return useDealMutation((body: { comment: string | null }) =>
    api.post<Approval>(`/deals/${encodeURIComponent(id)}/approvals`, body),
  );
}

export function useCreateDeal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; contactId: string; amountMinor: number; currency: string }) =>
      api.post<Deal>("/deals", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["deals"] }),
  });
}

export function useApprovals(status: string | null) {
  return useQuery({
    queryKey: ["approvals", { status }],
    queryFn: ({ signal }) => api.get<{ data: Approval[] }>("/approvals", { status }, signal),
  });
}

export function useDecideApproval() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; decision: "approve" | "reject"; comment: string | null }) =>
      api.post<Approval>(`/approvals/${encodeURIComponent(id)}/decision`, body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["approvals"] }),
        queryClient.invalidateQueries({ queryKey: ["deals"] }),
      ]),
  });
}
