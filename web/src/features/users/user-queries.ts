// Users, invitations, API keys and the own password: the calls behind the users screen, the
// invitation page and "My account". Every change refetches the lists it touches.

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Body, Item, Ok, Schema } from "../../api/contract.ts";
import { SESSION_KEY } from "../auth/session.ts";

export type User = Schema<"User">;
export type ApiKey = Item<"listApiKeys">;
export type CreatedApiKey = Ok<"createApiKey">;
export type Invitation = Ok<"inviteUser">;

// The same key as the shared users list (owner pickers), so a change shows everywhere.
const USERS_KEY = ["users"] as const;
const API_KEYS_KEY = ["api-keys"] as const;

export function useUserList(enabled: boolean) {
  return useQuery({
    enabled,
    queryKey: USERS_KEY,
    queryFn: ({ signal }) => api.get<{ data: User[] }>("/users", undefined, signal),
    select: (result) => result.data,
  });
}

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<"inviteUser">) => api.post<Invitation>("/users/invitations", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export function useResendInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<Ok<"resendInvitation">>(`/users/${encodeURIComponent(id)}/invitation`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Body<"updateUser"> }) =>
      api.patch<User>(`/users/${encodeURIComponent(id)}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  });
}

export function useSetUserActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, active }: { id: string; active: boolean }) =>
      api.post<User>(`/users/${encodeURIComponent(id)}/${active ? "reactivate" : "deactivate"}`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: USERS_KEY });
      // Deactivation revokes the user's keys.
      void queryClient.invalidateQueries({ queryKey: API_KEYS_KEY });
    },
  });
}

export function useApiKeys(everyone = false) {
  return useQuery({
    queryKey: [...API_KEYS_KEY, { everyone }],
    queryFn: ({ signal }) =>
      api.get<{ data: ApiKey[] }>("/api-keys", everyone ? { everyone: "true" } : undefined, signal),
    select: (result) => result.data,
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.post<CreatedApiKey>("/api-keys", { name }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: API_KEYS_KEY }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<ApiKey>(`/api-keys/${encodeURIComponent(id)}/revoke`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: API_KEYS_KEY }),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: Body<"changeMyPassword">) => api.post<void>("/me/password", body),
  });
}

export function useInvitation(token: string) {
  return useQuery({
    queryKey: ["invitation", token],
    queryFn: () => api.post<Ok<"readInvitation">>("/auth/invitation", { token }),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<"acceptInvitation">) =>
      api.post<Schema<"Identity">>("/auth/invitation/accept", body),
    onSuccess: (session) => {
      queryClient.clear();
      queryClient.setQueryData(SESSION_KEY, session);
    },
  });
}
