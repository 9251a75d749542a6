// Competitors, objection types, and a deal's competitors and objections: queries and mutations.

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Page, Schema } from "../../api/contract.ts";

type Battlecard = Schema<"Battlecard">;
type Competitor = Schema<"Competitor">;
type CompetitorInput = Schema<"CompetitorInput">;
type DealObjection = Schema<"DealObjection">;
type NewObjection = Schema<"DealObjectionInput">;
type ObjectionType = Schema<"ObjectionType">;

/** The API's largest page; a workspace tracks a handful of competitors, not hundreds. */
export const COMPETITORS_LIMIT = 200;

const keys = {
  competitors: ["competitors"] as const,
  objectionTypes: ["objection-types"] as const,
  dealCompetitors: (dealId: string) => ["deal", dealId, "competitors"] as const,
  dealObjections: (dealId: string) => ["deal", dealId, "objections"] as const,
};

export function useCompetitors(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: keys.competitors,
    queryFn: ({ signal }) => api.get<Page<Competitor>>("/competitors", { limit: COMPETITORS_LIMIT }, signal),
    enabled: options.enabled ?? true,
  });
}

export function useSaveCompetitor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: CompetitorInput }) =>
      id
        ? api.patch<Competitor>(`/competitors/${encodeURIComponent(id)}`, input)
        : api.post<Competitor>("/competitors", input),
    // A deal's battlecards show the same texts: refetch those too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.competitors }),
        queryClient.invalidateQueries({ queryKey: ["deal"] }),
      ]),
  });
}

export function useDeleteCompetitor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/competitors/${encodeURIComponent(id)}`),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.competitors }),
        queryClient.invalidateQueries({ queryKey: ["deal"] }),
      ]),
  });
}

export function useObjectionTypes() {
  return useQuery({
    queryKey: keys.objectionTypes,
    queryFn: ({ signal }) => api.get<{ data: ObjectionType[] }>("/objection-types", undefined, signal),
    staleTime: 5 * 60 * 1000,
    select: (result) => result.data,
  });
}

export function useDealCompetitors(dealId: string) {
  return useQuery({
    queryKey: keys.dealCompetitors(dealId),
    queryFn: ({ signal }) =>
      api.get<{ data: Battlecard[] }>(`/deals/${encodeURIComponent(dealId)}/competitors`, undefined, signal),
    select: (result) => result.data,
  });
}

export function useSetDealCompetitors(dealId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (competitorIds: string[]) =>
      api.put<{ data: Battlecard[] }>(`/deals/${encodeURIComponent(dealId)}/competitors`, { competitorIds }),
    onSuccess: (result) => {
      queryClient.setQueryData(keys.dealCompetitors(dealId), result);
      // The competitors' win/loss counts include this deal now (or no longer).
      return queryClient.invalidateQueries({ queryKey: keys.competitors });
    },
  });
}

export function useDealObjections(dealId: string) {
  return useQuery({
    queryKey: keys.dealObjections(dealId),
    queryFn: ({ signal }) =>
      api.get<{ data: DealObjection[] }>(
        `/deals/${encodeURIComponent(dealId)}/objections`,
        undefined,
        signal,
      ),
    select: (result) => result.data,
  });
}

export function useAddDealObjection(dealId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (objection: NewObjection) =>
      api.post<DealObjection>(`/deals/${encodeURIComponent(dealId)}/objections`, objection),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.dealObjections(dealId) }),
  });
}

export function useUpdateDealObjection(dealId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, overcome }: { id: string; overcome: boolean }) =>
      api.patch<DealObjection>(`/deal-objections/${encodeURIComponent(id)}`, { overcome }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.dealObjections(dealId) }),
  });
}

export function useDeleteDealObjection(dealId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/deal-objections/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.dealObjections(dealId) }),
  });
}
