import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Schema } from "../../api/contract.ts";

export type Handoff = Schema<"Handoff">;

export const RECYCLE_REASONS = [
  { value: "not_ready", label: "Not ready" },
  { value: "no_budget", label: "No budget" },
  { value: "bad_timing", label: "Bad timing" },
  { value: "bad_fit", label: "Bad fit" },
  { value: "no_response", label: "No response" },
] as const;

export function useHandoffs(status: string, ownerId: string | null = null) {
  return useQuery({
    queryKey: ["handoffs", status, ownerId],
    queryFn: ({ signal }) => api.get<{ data: Handoff[] }>("/handoffs", { status, ownerId }, signal),
    refetchInterval: 30_000,
  });
}

function useDecision<V>(fn: (v: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["handoffs"] }),
        queryClient.invalidateQueries({ queryKey: ["contact"] }),
        queryClient.invalidateQueries({ queryKey: ["contacts"] }),
        queryClient.invalidateQueries({ queryKey: ["me"] }),
      ]),
  });
}

export const useAcceptHandoff = () =>
  useDecision((id: string) => api.post(`/handoffs/${encodeURIComponent(id)}/accept`, {}));

export const useRecycleHandoff = () =>
  useDecision(({ id, reason, note }: { id: string; reason: string; note: string | null }) =>
    api.post(`/handoffs/${encodeURIComponent(id)}/recycle`, { reason, note }),
  );

export type NotificationList = Schema<"Notifications">;

export function useNotifications() {
  return useQuery({
    queryKey: ["me", "notifications"],
    queryFn: ({ signal }) => api.get<NotificationList>("/me/notifications", undefined, signal),
    refetchInterval: 30_000,
  });
}

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => api.post<NotificationList>("/me/notifications/read", ids ? { ids } : {}),
    onSuccess: (data) => queryClient.setQueryData(["me", "notifications"], data),
  });
}
