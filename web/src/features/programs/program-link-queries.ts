// A program's tracked links: queries and mutations.

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Body, Ok, Schema } from "../../api/contract.ts";

export type Program = Schema<"Program">;
export type ProgramLink = Schema<"ProgramLink">;
export type ProgramLinkInput = Body<"createProgramLink">;

/** The API's largest page: a program has a handful of links, not hundreds. */
const LINKS_LIMIT = 200;

const keys = {
  links: (id: string) => ["program", id, "links"] as const,
};

export function useProgramLinks(programId: string) {
  return useQuery({
    queryKey: keys.links(programId),
    queryFn: ({ signal }) =>
      api.get<Ok<"listProgramLinks">>(
        `/programs/${encodeURIComponent(programId)}/links`,
        { limit: LINKS_LIMIT },
        signal,
      ),
  });
}

export function useCreateLink(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProgramLinkInput) =>
      api.post<ProgramLink>(`/programs/${encodeURIComponent(programId)}/links`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.links(programId) }),
  });
}

export function useArchiveLink(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (linkId: string) =>
      api.post<ProgramLink>(
        `/programs/${encodeURIComponent(programId)}/links/${encodeURIComponent(linkId)}/archive`,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.links(programId) }),
  });
}
