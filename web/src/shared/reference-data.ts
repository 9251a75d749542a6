// Workspace reference data shared by several screens: users, programs, touchpoint kinds.

import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { Item, Page, Schema } from "../api/contract.ts";

type Program = Schema<"Program">;
type TouchpointKindInfo = Item<"listTouchpointKinds">;
type User = Item<"listUsers">;

const LONG = 5 * 60 * 1000;

/** The workspace's users; staff only (pass `enabled: false` for a partner user). */
export function useUsers(enabled = true) {
  return useQuery({
    enabled,
    queryKey: ["users"],
    queryFn: ({ signal }) => api.get<{ data: User[] }>("/users", undefined, signal),
    staleTime: LONG,
    select: (result) => result.data,
  });
}

export function usePrograms(enabled = true) {
  return useQuery({
    enabled,
    queryKey: ["programs", { limit: 200 }],
    queryFn: ({ signal }) => api.get<Page<Program>>("/programs", { limit: 200 }, signal),
    staleTime: LONG,
    select: (result) => result.data,
  });
}

export function useTouchpointKinds() {
  return useQuery({
    queryKey: ["touchpoint-kinds"],
    queryFn: ({ signal }) =>
      api.get<{ data: TouchpointKindInfo[] }>("/meta/touchpoint-kinds", undefined, signal),
    staleTime: Number.POSITIVE_INFINITY,
    select: (result) => result.data,
  });
}

/** kind → human label, falling back to the kind code until the catalogue has loaded. */
export function useKindLabel(): (kind: string) => string {
  const { data } = useTouchpointKinds();
  const labels = new Map((data ?? []).map((k) => [k.kind, k.label]));
  return (kind) => labels.get(kind) ?? kind;
}
