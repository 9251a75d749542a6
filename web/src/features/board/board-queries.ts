import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api } from "../../api/client.ts";
import type { Ok, Page, Schema, Temperature } from "../../api/contract.ts";
import { type BoardFilters, filterQuery } from "./board-filters.ts";

type Contact = Schema<"Contact">;
type TemperatureCounts = Ok<"countContactsByTemperature">;

export const PAGE_SIZE = 50;

export function useTemperatureCounts(filters: BoardFilters) {
  const query = filterQuery(filters);
  return useQuery({
    queryKey: ["contacts", "temperature-counts", query],
    queryFn: ({ signal }) => api.get<TemperatureCounts>("/contacts/temperature-counts", query, signal),
    placeholderData: keepPreviousData,
  });
}

/** One column of the board, fetched PAGE_SIZE contacts at a time by cursor. */
export function useColumnContacts(temperature: Temperature, filters: BoardFilters) {
  const query = { ...filterQuery(filters), temperature, limit: PAGE_SIZE };
  return useInfiniteQuery({
    queryKey: ["contacts", "list", query],
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<Contact>>("/contacts", { ...query, cursor: pageParam }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}
