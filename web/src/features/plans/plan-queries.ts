// Marketing plans of a period and the reverse funnel beside them. Saving or deleting a plan
// refetches both: the funnel's coverage reads the plans' lead targets.

import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Body, Ok, Schema } from "../../api/contract.ts";
import { useReport } from "../reports/report-queries.ts";

export type Plan = Schema<"MarketingPlan">;
export type PlanLine = Plan["lines"][number];
export type PlanInput = Body<"createPlan">;
export type PlanUpdate = Body<"updatePlan">;
export type PlanPeriod = Plan["period"];
export type ReverseFunnel = Ok<"getReverseFunnel">;

const path = (id: string) => `/plans/${encodeURIComponent(id)}`;

export function usePlans(period: PlanPeriod, startsOn: string) {
  return useQuery({
    queryKey: ["plans", { period, startsOn }],
    queryFn: ({ signal }) => api.get<{ data: Plan[] }>("/plans", { period, startsOn }, signal),
    placeholderData: keepPreviousData,
    select: (result) => result.data,
  });
}

export const useReverseFunnel = (period: PlanPeriod, startsOn: string) =>
  useReport<ReverseFunnel>("/reports/reverse-funnel", { period, startsOn });

function useRefreshPlans() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["plans"] }),
      queryClient.invalidateQueries({ queryKey: ["reports", "/reports/reverse-funnel"] }),
    ]);
}

export function useSavePlan() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: PlanInput | PlanUpdate }) =>
      id ? api.patch<Plan>(path(id), body) : api.post<Plan>("/plans", body),
    onSuccess: refresh,
  });
}

export function useDeletePlan() {
  const refresh = useRefreshPlans();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(path(id)),
    onSuccess: refresh,
  });
}
