import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Body, Ok } from "../../api/contract.ts";

export type AttributionSettings = Ok<"getAttributionSettings">;
type AttributionSaveResult = Ok<"updateAttributionSettings">;

const ATTRIBUTION_KEY = ["settings", "attribution"] as const;

export function useAttributionSettings() {
  return useQuery({
    queryKey: ATTRIBUTION_KEY,
    queryFn: ({ signal }) => api.get<AttributionSettings>("/settings/attribution", undefined, signal),
  });
}

export function useSaveAttributionSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: Body<"updateAttributionSettings">) =>
      api.put<AttributionSaveResult>("/settings/attribution", settings),
    onSuccess: ({ recomputedDeals: _, ...settings }) => {
      queryClient.setQueryData(ATTRIBUTION_KEY, settings);
      // Every won deal's credits were recomputed: deal pages and the reports are stale now.
      void queryClient.invalidateQueries({ queryKey: ["deals", "attribution"] });
      void queryClient.invalidateQueries({ queryKey: ["reports"] });
    },
  });
}
