// The program scorecard report: its query (period, grouping, filters), the JSON answer and the
// CSV download of the same query.

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, buildUrl } from "../../api/client.ts";

// Written from the report's agreed contract until its route lands and schema.d.ts names it.
export interface ScorecardRow {
  programId: string | null;
  programName: string | null;
  channel: string | null;
  reach: number;
  leads: number;
  salesReady: number;
  accepted: number;
  opportunities: number;
  won: number;
  revenueMinor: number;
  costMinor: number;
  costPerLeadMinor: number | null;
  costPerCustomerMinor: number | null;
  roi: number | null;
  successRate: number | null;
}
export interface Scorecard {
  report: string;
  title: string;
  from: string;
  to: string;
  currency: string;
  definitions: { term: string; meaning: string }[];
  rows: ScorecardRow[];
  totals: ScorecardRow;
}

export interface ScorecardQuery {
  from: string;
  to: string;
  groupBy: "program" | "channel";
  channel: string | null;
  ownerId: string | null;
}

const PATH = "/reports/program-scorecard";

const params = (q: ScorecardQuery) => ({
  from: q.from,
  to: q.to,
  groupBy: q.groupBy,
  channel: q.channel,
  ownerId: q.ownerId,
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
