// Queries and mutations of the email screens: the outbox, newsletters, templates, settings and
// the suppression list.

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Page, Schema } from "../../api/contract.ts";
import { fetchAllPages } from "../partners/partner-queries.ts";

type EmailSettings = Schema<"EmailSettings">;
type EmailSettingsInput = Schema<"EmailSettingsInput">;
type EmailTemplate = Schema<"EmailTemplate">;
type Newsletter = Schema<"Newsletter">;
type OutboxMessage = Schema<"OutboxMessage">;
type OutboxMessageDetail = Schema<"OutboxMessageDetail">;
type OutboxStatus = Schema<"OutboxMessage">["status"];
type Suppression = Schema<"Suppression">;
type TemplateInput = Schema<"EmailTemplateInput">;

const keys = {
  outbox: ["outbox"] as const,
  outboxList: (status: OutboxStatus | null) => ["outbox", "list", status] as const,
  message: (id: string | null) => ["outbox", "message", id] as const,
  newsletters: ["newsletters"] as const,
  templates: ["email-templates"] as const,
  settings: ["email-settings"] as const,
  suppressions: ["suppressions"] as const,
};

export function useOutbox(status: OutboxStatus | null) {
  return useInfiniteQuery({
    queryKey: keys.outboxList(status),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<OutboxMessage>>("/outbox", { status, limit: 50, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Messages move from queued to sent while the page is open.
    refetchInterval: 5000,
  });
}

export function useOutboxMessage(id: string | null) {
  return useQuery({
    queryKey: keys.message(id),
    queryFn: ({ signal }) =>
      api.get<OutboxMessageDetail>(`/outbox/${encodeURIComponent(id!)}`, undefined, signal),
    enabled: id !== null,
  });
}

export function useNewsletters() {
  return useQuery({
    queryKey: keys.newsletters,
    queryFn: ({ signal }) => api.get<Page<Newsletter>>("/emails/broadcasts", { limit: 5 }, signal),
  });
}

export function useSendNewsletter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { templateId: string; filter: { temperature?: string; stage?: string } }) =>
      api.post<Newsletter>("/emails/broadcasts", input),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.outbox }),
        queryClient.invalidateQueries({ queryKey: keys.newsletters }),
      ]),
  });
}

export function useTemplates() {
  return useQuery({
    queryKey: keys.templates,
    queryFn: ({ signal }) => fetchAllPages<EmailTemplate>("/email-templates", signal),
    select: (templates) => [...templates].sort((a, b) => a.name.localeCompare(b.name)),
  });
}

export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: TemplateInput }) =>
      id
        ? api.patch<EmailTemplate>(`/email-templates/${encodeURIComponent(id)}`, input)
        : api.post<EmailTemplate>("/email-templates", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.templates }),
  });
}

export function useDeleteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<void>(`/email-templates/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.templates }),
  });
}

export function useEmailSettings(enabled: boolean) {
  return useQuery({
    queryKey: keys.settings,
    queryFn: ({ signal }) => api.get<EmailSettings>("/email-settings", undefined, signal),
    enabled,
  });
}

export function useSaveEmailSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EmailSettingsInput) => api.put<EmailSettings>("/email-settings", input),
    onSuccess: (settings) => queryClient.setQueryData(keys.settings, settings),
  });
}

export function useSuppressions(q: string) {
  return useQuery({
    queryKey: [...keys.suppressions, q],
    queryFn: ({ signal }) => api.get<Page<Suppression>>("/suppressions", { q, limit: 100 }, signal),
  });
}

export function useAddSuppression() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; reason: Suppression["reason"]; detail: string | null }) =>
      api.post<Suppression>("/suppressions", input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.suppressions }),
  });
}

export function useRemoveSuppression() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) => api.delete<void>(`/suppressions/${encodeURIComponent(email)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.suppressions }),
  });
}
