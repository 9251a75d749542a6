// Sortable table headers: click a column to sort by it, click again to reverse. Empty values
// (no leads, so no cost per lead) always sort last, whichever the direction.

import { Table, UnstyledButton } from "@mantine/core";
import { type ReactNode, useState } from "react";

export type SortValue = string | number | null;
export interface SortState<K extends string> {
  key: K;
  direction: "asc" | "desc";
}

export function compareValues(a: SortValue, b: SortValue, direction: "asc" | "desc"): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b));
  return direction === "asc" ? order : -order;
}

export function useSorted<T, K extends string>(
  rows: readonly T[],
  sortValue: (row: T, key: K) => SortValue,
  initial: SortState<K>,
) {
  const [sort, setSort] = useState<SortState<K>>(initial);
  // A few hundred rows at most: sorting on each render is cheaper than keeping sortValue stable.
  const sorted = [...rows].sort((a, b) =>
    compareValues(sortValue(a, sort.key), sortValue(b, sort.key), sort.direction),
  );
  /** Sort by `key`; numbers start with the largest first, text from A. */
  const toggle = (key: K, numeric: boolean) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === "asc" ? "desc" : "asc" }
        : { key, direction: numeric ? "desc" : "asc" },
    );
  return { sorted, sort, toggle };
}

export function SortableTh<K extends string>({
  column,
  sort,
  onSort,
  numeric = false,
  children,
}: {
  column: K;
  sort: SortState<K>;
  onSort: (key: K, numeric: boolean) => void;
  numeric?: boolean;
  children: ReactNode;
}) {
  const active = sort.key === column;
  const arrow = active ? (sort.direction === "asc" ? " ▲" : " ▼") : "";
  return (
    <Table.Th
      ta={numeric ? "right" : undefined}
      aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : "none"}
      style={{ whiteSpace: "nowrap" }}
    >
      <UnstyledButton
        onClick={() => onSort(column, numeric)}
        fw={700}
        fz="sm"
        data-testid={`sort-${column}`}
        c={active ? undefined : "inherit"}
      >
        {children}
        <span aria-hidden="true">{arrow}</span>
      </UnstyledButton>
    </Table.Th>
  );
}
