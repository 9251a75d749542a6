// A table of records, one row each, described by its columns: the header and the cell of each.
// The company page's three tables, the companies list and a contact's timeline are all this
// shape; each says only what its columns show.

import { Table, type TableProps } from "@mantine/core";
import type { ReactNode } from "react";

export interface Column<T> {
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Amounts read down the right edge. */
  align?: "right";
  /** Kept on one line (times). */
  nowrap?: boolean;
}

const NOWRAP = { whiteSpace: "nowrap" } as const;

export function RecordTable<T extends { id: string }>({
  rows,
  columns,
  rowProps,
  minWidth,
  ...table
}: {
  rows: readonly T[];
  columns: readonly Column<T>[];
  /** Attributes of a row, e.g. its data-testid and the id it shows. */
  rowProps?: (row: T) => Record<`data-${string}`, string>;
  /** Scrolls sideways below this width instead of squeezing the columns. */
  minWidth?: number;
} & TableProps) {
  const body = (
    <Table {...table}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed for a table
            <Table.Th key={i} ta={column.align}>
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.id} {...rowProps?.(row)}>
            {columns.map((column, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed for a table
              <Table.Td key={i} ta={column.align} style={column.nowrap ? NOWRAP : undefined}>
                {column.cell(row)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return minWidth ? <Table.ScrollContainer minWidth={minWidth}>{body}</Table.ScrollContainer> : body;
}
