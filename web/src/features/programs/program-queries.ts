// Queries and mutations of the program screens: the list (every page, filtered), one program,
// saving, archiving, deleting, and its dated cost lines. Keys start with "programs" so the
// board's program filter (shared/reference-data.ts) refreshes with them.

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Body, Item, Page, Schema } from "../../api/contract.ts";

export type Program = Schema<"Program">;
export type ProgramInput = Body<"createProgram">;
export type ProgramUpdate = Body<"updateProgram">;
export type CostLine = Item<"listProgramCosts">;
export type CostLineInput = Body<"addProgramCost">;

export interface ProgramFilters {
  channel: string | null;
  ownerId: string | null;
  includeArchived: boolean;
}

const keys = {
  all: ["programs"] as const,
  list: (filters: ProgramFilters) => ["programs", "list", filters] as const,
  one: (id: string) => ["programs", "one", id] as const,
  costs: (id: string) => ["programs", "costs", id] as const,
};

const path = (id: string) => `/programs/${encodeURIComponent(id)}`;

/** Every program matching the filters (the table sorts them itself, so it needs them all). */
export function useProgramList(filters: ProgramFilters) {
  return useQuery({
    queryKey: keys.list(filters),
    queryFn: async ({ signal }) => {
      const all: Program[] = [];
      let cursor: string | null = null;
      do {
        const page: Page<Program> = await api.get<Page<Program>>(
          "/programs",
          {
            channel: filters.channel,
            ownerId: filters.ownerId,
            includeArchived: filters.includeArchived ? "true" : undefined,
            limit: 200,
            cursor,
          },
          signal,
        );
        all.push(...page.data);
        cursor = page.nextCursor;
      } while (cursor);
      return all;
    },
    placeholderData: keepPreviousData,
  });
}

export function useProgram(id: string | undefined) {
  return useQuery({
    queryKey: keys.one(id ?? ""),
    queryFn: ({ signal }) => api.get<Program>(path(id!), undefined, signal),
    enabled: Boolean(id),
  });
}

export function useSaveProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: ProgramInput | ProgramUpdate }) =>
      id ? api.patch<Program>(path(id), body) : api.post<Program>("/programs", body),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.one(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: keys.all });
    },
  });
}

/**
 * Deletes a program (the server refuses one that touched contacts). Everything else about
 * programs refetches; the deleted one's own queries do not, as they would only find a 404.
 */
export function useDeleteProgram() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(path(id)),
    onSuccess: (_, id) =>
      queryClient.invalidateQueries({ queryKey: keys.all, predicate: (q) => !q.queryKey.includes(id) }),
  });
}

export function useCostLines(programId: string) {
  return useQuery({
    queryKey: keys.costs(programId),
    queryFn: ({ signal }) => api.get<{ data: CostLine[] }>(`${path(programId)}/costs`, undefined, signal),
    select: (result) => result.data,
  });
}

/** Cost lines change the program's cost to date and cost per lead: its figures refetch too. */
export function useAddCostLine(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CostLineInput) => api.post<CostLine>(`${path(programId)}/costs`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}

export function useRemoveCostLine(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (costId: string) =>
      api.delete<void>(`${path(programId)}/costs/${encodeURIComponent(costId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
