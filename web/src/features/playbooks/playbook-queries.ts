// Queries and mutations of the playbook screens: playbooks, enrolments and their events, email
// templates to pick from, enrolling and taking contacts out.

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Body, Page, Schema } from "../../api/contract.ts";
import { fetchAllPages } from "../partners/partner-queries.ts";

type Enrolment = Schema<"Enrolment">;
type EnrolmentEvent = Schema<"EnrolmentEvent">;
type EnrolmentStatus = Schema<"Enrolment">["status"];
type Playbook = Schema<"Playbook">;
type PlaybookInput = Body<"createPlaybook">;
type TemplateChoice = Pick<Schema<"EmailTemplate">, "id" | "name" | "kind">;

const keys = {
  playbooks: ["playbooks"] as const,
  playbook: (id: string) => ["playbooks", id] as const,
  enrolments: ["enrolments"] as const,
  enrolmentList: (filter: EnrolmentFilter) => ["enrolments", "list", filter] as const,
  events: (id: string | null) => ["enrolments", "events", id] as const,
  templates: ["email-templates", "choices"] as const,
};

export interface EnrolmentFilter {
  playbookId?: string;
  contactId?: string;
  status?: EnrolmentStatus | null;
}

export function usePlaybooks() {
  return useQuery({
    queryKey: keys.playbooks,
    queryFn: ({ signal }) => api.get<{ data: Playbook[] }>("/playbooks", undefined, signal),
    select: (res) => res.data,
  });
}

export function usePlaybook(id: string | undefined) {
  return useQuery({
    queryKey: keys.playbook(id ?? ""),
    queryFn: ({ signal }) => api.get<Playbook>(`/playbooks/${encodeURIComponent(id!)}`, undefined, signal),
    enabled: Boolean(id),
  });
}

export function useSavePlaybook(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PlaybookInput) =>
      id
        ? api.put<Playbook>(`/playbooks/${encodeURIComponent(id)}`, body)
        : api.post<Playbook>("/playbooks", body),
    onSuccess: (saved) => {
      queryClient.setQueryData(keys.playbook(saved.id), saved);
      // The list shows the saved steps at once, not after its refetch.
      queryClient.setQueryData<{ data: Playbook[] }>(keys.playbooks, (old) =>
        old ? { data: old.data.map((p) => (p.id === saved.id ? saved : p)) } : old,
      );
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.playbooks, exact: true }),
        queryClient.invalidateQueries({ queryKey: keys.enrolments }),
      ]);
    },
  });
}

export function useEnrolments(filter: EnrolmentFilter, options: { refetch?: boolean } = {}) {
  return useInfiniteQuery({
    queryKey: keys.enrolmentList(filter),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Enrolment>>(
        "/enrolments",
        { ...filter, status: filter.status ?? undefined, limit: 50, cursor: pageParam },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Steps run in the background: keep the view current while it is open.
    refetchInterval: options.refetch === false ? false : 10_000,
  });
}

export function useEnrolmentEvents(id: string | null) {
  return useQuery({
    queryKey: keys.events(id),
    queryFn: ({ signal }) =>
      api.get<{ data: EnrolmentEvent[] }>(`/enrolments/${encodeURIComponent(id!)}/events`, undefined, signal),
    select: (res) => res.data,
    enabled: id !== null,
  });
}

export function useTemplateChoices() {
  return useQuery({
    queryKey: keys.templates,
    queryFn: ({ signal }) => fetchAllPages<TemplateChoice>("/email-templates", signal),
    select: (templates) => [...templates].sort((a, b) => a.name.localeCompare(b.name)),
  });
}

export function useEnrol() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { sequenceId: string; contactId: string; reason?: string }) =>
      api.post<Enrolment>(`/sequences/${encodeURIComponent(input.sequenceId)}/enrolments`, {
        contactId: input.contactId,
        ...(input.reason ? { override: { reason: input.reason } } : {}),
      }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.enrolments }),
        queryClient.invalidateQueries({ queryKey: keys.playbooks }),
      ]),
  });
}

export function useExitEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<Enrolment>(`/enrolments/${encodeURIComponent(id)}/exit`),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: keys.enrolments }),
        queryClient.invalidateQueries({ queryKey: keys.playbooks }),
      ]),
  });
}
