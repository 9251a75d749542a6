// The contacts list, one page at a time by cursor; the companies a contact can belong to; and the
// writes of this screen (create, edit, assign an owner to many).

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Body, Ok, Page, Schema } from "../../api/contract.ts";
import { fetchAllPages } from "../partners/partner-queries.ts";

export type Contact = Schema<"Contact">;
export type ContactInput = Body<"createContact">;
export type ContactChanges = Body<"updateContact">;
type Company = Schema<"Company">;

export const PAGE_SIZE = 50;

export function useContactList(query: Record<string, string>) {
  return useInfiniteQuery({
    queryKey: ["contacts", "list", query],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Contact>>("/contacts", { ...query, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** Every company, by name: for the company filter and the form's company choice. */
export function useCompanies(enabled = true) {
  return useQuery({
    enabled,
    queryKey: ["companies", "all"],
    queryFn: ({ signal }) => fetchAllPages<Company>("/companies", signal),
    select: (companies) => [...companies].sort((a, b) => a.name.localeCompare(b.name)),
    staleTime: 60_000,
  });
}

/** A partner's registration of someone the workspace already holds: an admin settles it. */
export type RegistrationUnderReview = { status: "under_review"; message: string };

/** Creates a contact (no id) or changes one; every view of contacts is refreshed after. */
export function useSaveContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string | null; body: ContactInput }) =>
      input.id
        ? api.patch<Contact>(`/contacts/${encodeURIComponent(input.id)}`, input.body satisfies ContactChanges)
        : api.post<Contact | RegistrationUnderReview>("/contacts", input.body),
    onSuccess: (saved) => {
      if ("status" in saved) return;
      queryClient.setQueryData(["contact", saved.id], saved);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: ["contacts"] }),
        queryClient.invalidateQueries({ queryKey: ["contact", saved.id] }),
      ]);
    },
  });
}

export function useBulkAssign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<"bulkAssignContacts">) =>
      api.post<Ok<"bulkAssignContacts">>("/contacts/bulk-assign", body),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ["contacts"] }),
        queryClient.invalidateQueries({ queryKey: ["contact"] }),
      ]),
  });
}
