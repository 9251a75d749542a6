// Webhooks: the calls behind Settings → Webhooks. The deliveries list polls while any delivery
// waits for an attempt, so a test or a replay is seen to land without reloading.

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Body, Schema } from "../../api/contract.ts";

export type Webhook = Schema<"Webhook">;
export type WebhookWithSecret = Schema<"WebhookWithSecret">;
export type Delivery = Schema<"WebhookDelivery">;
export type DeliveryStatus = Delivery["status"];

const WEBHOOKS_KEY = ["webhooks"] as const;
const DELIVERIES_KEY = ["webhook-deliveries"] as const;

export function useWebhooks(enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: WEBHOOKS_KEY,
    queryFn: ({ signal }) => api.get<{ data: Webhook[] }>("/webhooks", undefined, signal),
    select: (result) => result.data,
  });
}

export function useDeliveries(enabled: boolean, status: DeliveryStatus | null) {
  return useQuery({
    enabled,
    queryKey: [...DELIVERIES_KEY, status],
    queryFn: ({ signal }) =>
      api.get<Schema<"WebhookDeliveryPage">>("/webhook-deliveries", { status, limit: 50 }, signal),
    refetchInterval: (query) =>
      query.state.data?.data.some((d) => d.status === "pending" || d.status === "failed") ? 2000 : false,
  });
}

function useInvalidating<V, R>(call: (variables: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: WEBHOOKS_KEY });
      void queryClient.invalidateQueries({ queryKey: DELIVERIES_KEY });
    },
  });
}

export const useCreateWebhook = () =>
  useInvalidating((body: Body<"createWebhook">) => api.post<WebhookWithSecret>("/webhooks", body));

export const useUpdateWebhook = () =>
  useInvalidating(({ id, body }: { id: string; body: Body<"updateWebhook"> }) =>
    api.patch<Webhook>(`/webhooks/${encodeURIComponent(id)}`, body),
  );

export const useDeleteWebhook = () =>
  useInvalidating((id: string) => api.delete<void>(`/webhooks/${encodeURIComponent(id)}`));

export const useRotateSecret = () =>
  useInvalidating((id: string) =>
    api.post<WebhookWithSecret>(`/webhooks/${encodeURIComponent(id)}/rotate-secret`),
  );

export const useSendTest = () =>
  useInvalidating((id: string) => api.post<Delivery>(`/webhooks/${encodeURIComponent(id)}/test`));

export const useReplay = () =>
  useInvalidating((id: string) => api.post<Delivery>(`/webhook-deliveries/${encodeURIComponent(id)}/replay`));
