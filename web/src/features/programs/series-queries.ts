// A program's figures per week or month (the reports' program series).

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../api/client.ts";

export type SeriesBucket = "week" | "month";

// Written from the report's agreed contract until its route lands and schema.d.ts names it.
export interface ProgramSeries {
  programId: string;
  bucket: SeriesBucket;
  currency: string;
  rows: { start: string; reach: number; leads: number; costMinor: number }[];
}

export function useProgramSeries(
  programId: string,
  period: { from: string; to: string } | null,
  bucket: SeriesBucket,
) {
  return useQuery({
    queryKey: ["programs", "series", programId, period, bucket],
    queryFn: ({ signal }) =>
      api.get<ProgramSeries>("/reports/program-series", { programId, ...period, bucket }, signal),
    enabled: period !== null,
    placeholderData: keepPreviousData,
  });
}
