// A report's table: a name column and figure columns, sortable by any of them (click again to
// reverse), with an optional totals line underneath (and lines such as "Unattributed" above it).
// Cells are test ids `<testId>-<column>`.

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

/** A line of the table's foot above the total, outside the sort: its cells are `<testId>-<column>`. */
export interface FootLine<Row> {
  label: string;
  row: Row;
  testId: string;
}

const NAME = "name";

const CELL = {
  ta: "right" as const,
  style: { whiteSpace: "nowrap" as const, fontVariantNumeric: "tabular-nums" },
};

export function ReportTable<Row>({
  rows,
  name,
  columns,
  total,
  totalLabel = "Total",
  footLines = [],
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
  footLines?: readonly FootLine<Row>[];
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
                <Table.Td key={c.key} {...CELL} title={c.title?.(row)} data-testid={`${testId}-${c.key}`}>
                  {c.render(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {(total || footLines.length > 0) && (
          <Table.Tfoot>
            {footLines.map((line, i) => (
              <FootRow
                key={line.testId}
                label={line.label}
                row={line.row}
                columns={columns}
                rowTestId={line.testId}
                cellTestId={(key) => `${line.testId}-${key}`}
                ruled={i === 0}
              />
            ))}
            {total && (
              <FootRow
                label={totalLabel}
                row={total}
                columns={columns}
                rowTestId={`${testId}-totals`}
                cellTestId={(key) => `${testId}-total-${key}`}
                ruled
                bold
              />
            )}
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}

function FootRow<Row>({
  label,
  row,
  columns,
  rowTestId,
  cellTestId,
  ruled,
  bold = false,
}: {
  label: string;
  row: Row;
  columns: readonly FigureColumn<Row>[];
  rowTestId: string;
  cellTestId: (key: string) => string;
  /** A rule above: the first line under the rows. */
  ruled: boolean;
  bold?: boolean;
}) {
  return (
    <Table.Tr
      data-testid={rowTestId}
      style={ruled ? { borderTop: "2px solid var(--mantine-color-gray-4)" } : undefined}
    >
      <Table.Td fw={bold ? 700 : 600}>{label}</Table.Td>
      {columns.map((c) => (
        <Table.Td
          key={c.key}
          {...CELL}
          fw={bold ? 700 : undefined}
          title={c.title?.(row)}
          data-testid={cellTestId(c.key)}
        >
          {c.render(row)}
        </Table.Td>
      ))}
    </Table.Tr>
  );
}
