// A program's figures per week or month (the reports' program series).

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Ok } from "../../api/contract.ts";

export type SeriesBucket = "week" | "month";

export type ProgramSeries = Ok<"getProgramSeries">;

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
