// The program scorecard report: its query (period, grouping, filters), the JSON answer and the
// CSV download of the same query.

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, buildUrl } from "../../api/client.ts";
import type { Ok, Schema } from "../../api/contract.ts";

export type Scorecard = Ok<"getProgramScorecard">;
export type ScorecardRow = Schema<"ScorecardRow">;

export interface ScorecardQuery {
  from: string;
  to: string;
  groupBy: "program" | "channel";
  channel: string | null;
  ownerId: string | null;
  /** The programs counted are those in this currency; none: the one most programs use. */
  currency: string | null;
}

const PATH = "/reports/program-scorecard";

const params = (q: ScorecardQuery) => ({
  from: q.from,
  to: q.to,
  groupBy: q.groupBy,
  channel: q.channel,
  ownerId: q.ownerId,
  currency: q.currency,
});

export function useScorecard(query: ScorecardQuery, enabled = true) {
  return useQuery({
    queryKey: ["reports", "program-scorecard", query],
    queryFn: ({ signal }) => api.get<Scorecard>(PATH, { ...params(query), format: "json" }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The same report as a CSV file: a plain link, the session cookie authenticates it. */
export function scorecardCsvUrl(query: ScorecardQuery): string {
  return buildUrl(PATH, { ...params(query), format: "csv" });
}
