// The audit log's page of events, newest first, with the filters as the query.
import { useInfiniteQuery } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Page, Schema } from "../../api/contract.ts";

export type AuditEvent = Schema<"AuditEvent">;

export interface AuditFilters {
  action?: string;
  actorUserId?: string;
  /** Inclusive first day and last day (UTC), as YYYY-MM-DD. */
  fromDay?: string;
  toDay?: string;
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();

export function useAuditEvents(filters: AuditFilters, enabled: boolean) {
  return useInfiniteQuery({
    enabled,
    queryKey: ["audit-events", filters],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<AuditEvent>>(
        "/audit-events",
        {
          limit: 50,
          cursor: pageParam,
          action: filters.action,
          actorUserId: filters.actorUserId,
          from: filters.fromDay ? `${filters.fromDay}T00:00:00Z` : undefined,
          to: filters.toDay ? nextDay(filters.toDay) : undefined,
        },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
