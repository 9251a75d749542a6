// Every report is one GET under /reports/…: JSON for the page, the same query with format=csv
// for the download. The query's parameters are plain strings (empty ones are left out).

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, buildUrl, type QueryValue } from "../../api/client.ts";
import type { Ok } from "../../api/contract.ts";

export type Funnel = Ok<"getFunnel">;
export type SalesConversion = Ok<"getSalesConversion">;
export type SalesRow = SalesConversion["team"];
export type TouchesToClose = Ok<"getTouchesToClose">;

export type ReportPath =
  | "/reports/program-scorecard"
  | "/reports/funnel"
  | "/reports/sales-conversion"
  | "/reports/touches-to-close"
  | "/reports/attribution"
  | "/reports/source-effectiveness"
  | "/reports/budget-advice"
  | "/reports/sales-feedback"
  | "/reports/reverse-funnel"
  | "/reports/handoffs"
  | "/reports/price-deviation";

export type ReportQuery = Record<string, QueryValue>;

export function useReport<T>(path: ReportPath, query: ReportQuery, enabled = true) {
  return useQuery({
    queryKey: ["reports", path, query],
    queryFn: ({ signal }) => api.get<T>(path, { ...query, format: "json" }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The same report as a CSV file: a plain link, the session cookie authenticates it. */
export function reportCsvUrl(path: ReportPath, query: ReportQuery): string {
  return buildUrl(path, { ...query, format: "csv" });
}

export const useFunnel = (query: ReportQuery, enabled = true) =>
  useReport<Funnel>("/reports/funnel", query, enabled);
export const useSalesConversion = (query: ReportQuery, enabled = true) =>
  useReport<SalesConversion>("/reports/sales-conversion", query, enabled);
export const useTouchesToClose = (query: ReportQuery, enabled = true) =>
  useReport<TouchesToClose>("/reports/touches-to-close", query, enabled);
