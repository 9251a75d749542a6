// Partner organisations: the list (every page of it) and saving one. Staff read, admins write.

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Page, Schema } from "../../api/contract.ts";

type Partner = Schema<"Partner">;
type PartnerInput = Schema<"PartnerInput">;

const PARTNERS_KEY = ["partners"] as const;

/** Follows nextCursor to the end: settings screens show every record, not the first page. */
export async function fetchAllPages<T>(path: string, signal?: AbortSignal): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await api.get<Page<T>>(path, { limit: 200, cursor }, signal);
    all.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

export function usePartners(options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: PARTNERS_KEY,
    queryFn: ({ signal }) => fetchAllPages<Partner>("/partners", signal),
    select: (partners) => [...partners].sort((a, b) => a.name.localeCompare(b.name)),
    enabled: options.enabled ?? true,
  });
}

export function useSavePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: PartnerInput }) =>
      id
        ? api.patch<Partner>(`/partners/${encodeURIComponent(id)}`, input)
        : api.post<Partner>("/partners", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PARTNERS_KEY }),
  });
}
