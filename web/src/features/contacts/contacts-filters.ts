// The contacts list's filters and order live in the URL, so a filtered list can be bookmarked,
// shared and reopened with the back button.

import { useUrlParams } from "../../shared/url-params.ts";

export const SORTS = [
  { value: "newest", label: "Newest first" },
  { value: "name", label: "Name A–Z" },
  { value: "last_touch", label: "Last touch" },
] as const;
export type SortKey = (typeof SORTS)[number]["value"];

/** URL parameter → API query parameter; the same names where they can be. */
export const FILTER_PARAMS = {
  q: "q",
  stage: "stage",
  temperature: "temperature",
  owner: "ownerId",
  program: "programId",
  company: "companyId",
  country: "country",
  industry: "industry",
} as const;
export type FilterParam = keyof typeof FILTER_PARAMS;

export interface ContactListState {
  filters: Partial<Record<FilterParam, string>>;
  sort: SortKey;
}

const isSort = (value: string | null): value is SortKey => SORTS.some((s) => s.value === value);

export function useContactListState(): [
  ContactListState,
  (name: FilterParam | "sort", value: string | null) => void,
] {
  const [params, setParam] = useUrlParams();
  const filters: ContactListState["filters"] = {};
  for (const name of Object.keys(FILTER_PARAMS) as FilterParam[]) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  const sort = params.get("sort");
  // Newest first is the default and stays out of the URL.
  const set = (name: FilterParam | "sort", value: string | null) =>
    setParam(name, name === "sort" && value === "newest" ? null : value);
  return [{ filters, sort: isSort(sort) ? sort : "newest" }, set];
}

/** The list's query to the API: filters by their API names, and the order. */
export function listQuery(state: ContactListState): Record<string, string> {
  const query: Record<string, string> = { sort: state.sort };
  for (const [name, value] of Object.entries(state.filters))
    query[FILTER_PARAMS[name as FilterParam]] = value;
  return query;
}

export const hasFilters = (state: ContactListState) => Object.keys(state.filters).length > 0;
