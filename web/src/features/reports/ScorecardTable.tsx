// The scorecard's rows, sortable by any column, with the period's totals underneath.

import { Anchor, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import { formatMoney, formatPercent } from "../programs/money.ts";
import { channelLabel, formatCount } from "../programs/program-format.ts";
import { SortableTh, type SortValue, useSorted } from "../programs/SortableTh.tsx";
import type { Scorecard, ScorecardQuery, ScorecardRow } from "./scorecard-queries.ts";

type Column = keyof Omit<ScorecardRow, "programId" | "programName"> | "name";

interface ColumnSpec {
  key: Column;
  label: string;
  render: (row: ScorecardRow, currency: string) => string;
}

const count = (key: keyof ScorecardRow) => (row: ScorecardRow) => formatCount(row[key] as number);
const money = (key: keyof ScorecardRow) => (row: ScorecardRow, currency: string) =>
  formatMoney(row[key] as number | null, currency);
const percent = (key: keyof ScorecardRow) => (row: ScorecardRow) => formatPercent(row[key] as number | null);

const NUMBERS: ColumnSpec[] = [
  { key: "reach", label: "Reach", render: count("reach") },
  { key: "leads", label: "Leads", render: count("leads") },
  { key: "salesReady", label: "Sales-ready", render: count("salesReady") },
  { key: "accepted", label: "Accepted", render: count("accepted") },
  { key: "opportunities", label: "Opportunities", render: count("opportunities") },
  { key: "won", label: "Won", render: count("won") },
  { key: "revenueMinor", label: "Revenue", render: money("revenueMinor") },
  { key: "costMinor", label: "Cost", render: money("costMinor") },
  { key: "costPerLeadMinor", label: "Cost per lead", render: money("costPerLeadMinor") },
  { key: "costPerCustomerMinor", label: "Cost per customer", render: money("costPerCustomerMinor") },
  { key: "roi", label: "ROI", render: percent("roi") },
  { key: "successRate", label: "Success rate", render: percent("successRate") },
];

/**
 * The row's name as shown: its program, or its channel when grouped by channel. The row with
 * neither holds the leads no program made (sales took them straight from prospect).
 */
export function rowName(row: ScorecardRow, groupBy: ScorecardQuery["groupBy"]): string {
  const name = groupBy === "channel" ? row.channel && channelLabel(row.channel) : row.programName;
  return name || "No program";
}

export function ScorecardTable({
  report,
  groupBy,
}: {
  report: Scorecard;
  groupBy: ScorecardQuery["groupBy"];
}) {
  const { sorted, sort, toggle } = useSorted<ScorecardRow, Column>(
    report.rows,
    (row, key): SortValue => (key === "name" ? rowName(row, groupBy).toLocaleLowerCase() : row[key]),
    { key: "leads", direction: "desc" },
  );
  const cell = {
    ta: "right" as const,
    style: { whiteSpace: "nowrap" as const, fontVariantNumeric: "tabular-nums" },
  };

  if (report.rows.length === 0) {
    return (
      <Text c="dimmed" size="sm" p="md" data-testid="scorecard-empty">
        Nothing happened in this period for these programs.
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={1250} type="native">
      <Table verticalSpacing={8} highlightOnHover data-testid="scorecard-table">
        <Table.Thead>
          <Table.Tr>
            <SortableTh column="name" sort={sort} onSort={toggle}>
              {groupBy === "channel" ? "Channel" : "Program"}
            </SortableTh>
            {NUMBERS.map((c) => (
              <SortableTh key={c.key} column={c.key} sort={sort} onSort={toggle} numeric>
                {c.label}
              </SortableTh>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => (
            <Table.Tr
              key={row.programId ?? row.channel ?? "none"}
              data-testid="scorecard-row"
              data-program-id={row.programId ?? undefined}
              data-channel={row.channel ?? undefined}
            >
              <Table.Td maw={260} data-testid="scorecard-row-name">
                {groupBy === "program" && row.programId ? (
                  <Anchor component={Link} to={`/programs/${row.programId}`} fw={600} size="sm">
                    {rowName(row, groupBy)}
                  </Anchor>
                ) : (
                  <Text fw={600} size="sm">
                    {rowName(row, groupBy)}
                  </Text>
                )}
              </Table.Td>
              {NUMBERS.map((c) => (
                <Table.Td key={c.key} {...cell} data-testid={`scorecard-${c.key}`}>
                  {c.render(row, report.currency)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr
            data-testid="scorecard-totals"
            style={{ borderTop: "2px solid var(--mantine-color-gray-4)" }}
          >
            <Table.Td fw={700}>Total</Table.Td>
            {NUMBERS.map((c) => (
              <Table.Td key={c.key} {...cell} fw={700} data-testid={`scorecard-total-${c.key}`}>
                {c.render(report.totals, report.currency)}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
