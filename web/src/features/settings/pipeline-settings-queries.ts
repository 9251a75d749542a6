// Editing pipelines and loss reasons (admins). The pipeline board reads the same ["pipelines"]
// query, so it shows renamed stages as soon as an edit is saved.

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Schema } from "../../api/contract.ts";

type LossReason = Schema<"LossReason">;
type Pipeline = Schema<"Pipeline">;
type PipelineStage = Schema<"PipelineStage">;

function useInvalidatePipelines() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["pipelines"] }),
      queryClient.invalidateQueries({ queryKey: ["pipeline-board"] }),
    ]);
}

export function useCreatePipeline() {
  const invalidate = useInvalidatePipelines();
  return useMutation({
    mutationFn: (body: { name: string; stages: PipelineStage[] }) => api.post<Pipeline>("/pipelines", body),
    onSuccess: invalidate,
  });
}

export function useUpdatePipeline() {
  const invalidate = useInvalidatePipelines();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; name: string; stages: PipelineStage[] }) =>
      api.patch<Pipeline>(`/pipelines/${encodeURIComponent(id)}`, body),
    onSuccess: invalidate,
  });
}

export function useCreateLossReason() {
  const invalidate = useInvalidatePipelines();
  return useMutation({
    mutationFn: (label: string) => api.post<LossReason>("/loss-reasons", { label }),
    onSuccess: invalidate,
  });
}

export function useDeleteLossReason() {
  const invalidate = useInvalidatePipelines();
  return useMutation({
    mutationFn: (reason: LossReason) => api.delete<void>(`/loss-reasons/${encodeURIComponent(reason.id)}`),
    onSuccess: invalidate,
  });
}
