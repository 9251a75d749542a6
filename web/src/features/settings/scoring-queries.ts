import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Ok, Schema } from "../../api/contract.ts";

type ScoringSaveResult = Ok<"updateScoringSettings">;
type ScoringSettings = Schema<"ScoringSettings">;

const SCORING_KEY = ["settings", "scoring"] as const;

export function useScoringSettings() {
  return useQuery({
    queryKey: SCORING_KEY,
    queryFn: ({ signal }) => api.get<ScoringSettings>("/settings/scoring", undefined, signal),
  });
}

export function useSaveScoringSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: ScoringSettings) => api.put<ScoringSaveResult>("/settings/scoring", settings),
    onSuccess: (result) => {
      queryClient.setQueryData(SCORING_KEY, result.settings);
      // Every contact was rescored: boards, counts and contact pages are stale now.
      void queryClient.invalidateQueries({ queryKey: ["contacts"] });
      void queryClient.invalidateQueries({ queryKey: ["contact"] });
    },
  });
}
