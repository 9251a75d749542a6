// A report's table: a name column and figure columns, sortable by any of them (click again to
// reverse), with an optional totals line underneath. Cells are test ids `<testId>-<column>`.

import { Table } from "@mantine/core";
import type { ReactNode } from "react";
import { SortableTh, type SortValue, useSorted } from "../programs/SortableTh.tsx";

export interface FigureColumn<Row> {
  key: string;
  label: string;
  /** The value sorted by: numbers largest first on the first click, empty ones always last. */
  value: (row: Row) => SortValue;
  render: (row: Row) => string;
  /** The cell's tooltip, e.g. why it is blank. */
  title?: (row: Row) => string | undefined;
}

export interface NameColumn<Row> {
  label: string;
  value: (row: Row) => string;
  render: (row: Row) => ReactNode;
}

const NAME = "name";

export function ReportTable<Row>({
  rows,
  name,
  columns,
  total,
  totalLabel = "Total",
  rowKey,
  rowAttributes,
  initialSort,
  minWidth,
  testId,
}: {
  rows: readonly Row[];
  name: NameColumn<Row>;
  columns: readonly FigureColumn<Row>[];
  total?: Row;
  totalLabel?: string;
  rowKey: (row: Row) => string;
  rowAttributes?: (row: Row) => Record<string, string | undefined>;
  initialSort: { key: string; direction: "asc" | "desc" };
  minWidth: number;
  testId: string;
}) {
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const { sorted, sort, toggle } = useSorted<Row, string>(
    rows,
    (row, key) => (key === NAME ? name.value(row).toLocaleLowerCase() : (byKey.get(key)?.value(row) ?? null)),
    initialSort,
  );
  const cell = {
    ta: "right" as const,
    style: { whiteSpace: "nowrap" as const, fontVariantNumeric: "tabular-nums" },
  };
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native">
      <Table verticalSpacing={8} highlightOnHover data-testid={`${testId}-table`}>
        <Table.Thead>
          <Table.Tr>
            <SortableTh column={NAME} sort={sort} onSort={toggle}>
              {name.label}
            </SortableTh>
            {columns.map((c) => (
              <SortableTh key={c.key} column={c.key} sort={sort} onSort={toggle} numeric>
                {c.label}
              </SortableTh>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => (
            <Table.Tr key={rowKey(row)} data-testid={`${testId}-row`} {...rowAttributes?.(row)}>
              <Table.Td maw={260} data-testid={`${testId}-row-name`}>
                {name.render(row)}
              </Table.Td>
              {columns.map((c) => (
                <Table.Td key={c.key} {...cell} title={c.title?.(row)} data-testid={`${testId}-${c.key}`}>
                  {c.render(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {total && (
          <Table.Tfoot>
            <Table.Tr
              data-testid={`${testId}-totals`}
              style={{ borderTop: "2px solid var(--mantine-color-gray-4)" }}
            >
              <Table.Td fw={700}>{totalLabel}</Table.Td>
              {columns.map((c) => (
                <Table.Td
                  key={c.key}
                  {...cell}
                  fw={700}
                  title={c.title?.(total)}
                  data-testid={`${testId}-total-${c.key}`}
                >
                  {c.render(total)}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
