// A contact's marketing consent (its history, newest first) and whether its address is suppressed.

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Body, Ok } from "../../api/contract.ts";

export type ConsentList = Ok<"listContactConsents">;
export type ConsentBody = Body<"createContactConsent">;
type SuppressionPage = Ok<"listSuppressions">;

// Under ["contact", id] so anything that refreshes a contact refreshes its consent too.
const consentsKey = (contactId: string) => ["contact", contactId, "consents"] as const;

export function useConsents(contactId: string) {
  return useQuery({
    queryKey: consentsKey(contactId),
    queryFn: ({ signal }) =>
      api.get<ConsentList>(`/contacts/${encodeURIComponent(contactId)}/consents`, undefined, signal),
  });
}

/** The suppression of this exact address, if any; only admins and marketing may read the list. */
export function useSuppression(email: string, enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: ["suppressions", email],
    queryFn: ({ signal }) => api.get<SuppressionPage>("/suppressions", { q: email, limit: 20 }, signal),
    select: (page) => page.data.find((s) => s.email.toLowerCase() === email.toLowerCase()) ?? null,
  });
}

export function useRecordConsent(contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConsentBody) => api.post(`/contacts/${encodeURIComponent(contactId)}/consents`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consentsKey(contactId) }),
  });
}
