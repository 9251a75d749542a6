// Companies: the list (all of them, as the contacts form reads it), one company, its contacts,
// deals and timeline, and saving one.

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Body, Ok, Page, Schema } from "../../api/contract.ts";

export type Company = Schema<"Company">;
export type CompanyBody = Body<"createCompany">;
type TimelineEntry = Schema<"TimelineEntry">;

export function useCompany(id: string) {
  return useQuery({
    queryKey: ["companies", id],
    queryFn: ({ signal }) => api.get<Company>(`/companies/${encodeURIComponent(id)}`, undefined, signal),
  });
}

export function useCompanyContacts(id: string) {
  return useQuery({
    queryKey: ["companies", id, "contacts"],
    queryFn: ({ signal }) =>
      api.get<Page<Schema<"Contact">>>("/contacts", { companyId: id, limit: 200 }, signal),
  });
}

export function useCompanyDeals(id: string) {
  return useQuery({
    queryKey: ["companies", id, "deals"],
    queryFn: ({ signal }) => api.get<Ok<"listDeals">>("/deals", { companyId: id, limit: 200 }, signal),
  });
}

export function useCompanyTimeline(id: string) {
  return useInfiniteQuery({
    queryKey: ["companies", id, "timeline"],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<TimelineEntry>>(
        `/companies/${encodeURIComponent(id)}/timeline`,
        { limit: 50, cursor: pageParam },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** Creates a company (no id) or changes one; every view of companies is refreshed after. */
export function useSaveCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: CompanyBody }) =>
      id
        ? api.patch<Company>(`/companies/${encodeURIComponent(id)}`, body)
        : api.post<Company>("/companies", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["companies"] }),
  });
}
