import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Ok, Page, Schema } from "../../api/contract.ts";

type Contact = Schema<"Contact">;
type ScoreExplanation = Schema<"Score">;
type TimelineEntry = Schema<"TimelineEntry">;

export const TIMELINE_PAGE_SIZE = 50;

export function useContact(id: string) {
  return useQuery({
    queryKey: ["contact", id],
    queryFn: ({ signal }) => api.get<Contact>(`/contacts/${encodeURIComponent(id)}`, undefined, signal),
  });
}

export function useScoreExplanation(id: string, at: string | null) {
  return useQuery({
    queryKey: ["contact", id, "score", at],
    queryFn: ({ signal }) =>
      api.get<ScoreExplanation>(`/contacts/${encodeURIComponent(id)}/score`, { at }, signal),
    // While a new "as of" loads, keep showing the previous moment — but never another contact's score.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === id ? previous : undefined),
  });
}

export function useTimeline(id: string) {
  return useInfiniteQuery({
    queryKey: ["contact", id, "timeline"],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<TimelineEntry>>(
        `/contacts/${encodeURIComponent(id)}/timeline`,
        { limit: TIMELINE_PAGE_SIZE, cursor: pageParam },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export type StageTransition = Schema<"StageTransition">;

export function useStageHistory(id: string) {
  return useQuery({
    queryKey: ["contact", id, "stages"],
    queryFn: ({ signal }) =>
      api.get<Ok<"listContactStages">>(`/contacts/${encodeURIComponent(id)}/stages`, undefined, signal),
  });
}
