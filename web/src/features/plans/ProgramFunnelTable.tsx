// The reverse funnel per program: what each program that made leads in the last 12 months would
// have to bring, at its own rates, to meet the whole quota by itself, and whether the lead target
// it is held to (its own plan's, else its channel's) covers that. A marketer sees at a glance which
// programs could carry the quota and which convert too poorly to.

import { Badge, Table, Text, Title } from "@mantine/core";
import { formatMoney } from "../programs/money.ts";
import { channelLabel } from "../programs/program-format.ts";
import { COVERAGE_COLORS, formatRate } from "./plan-format.ts";
import type { ReverseFunnel } from "./plan-queries.ts";

type ProgramRow = ReverseFunnel["programs"][number];
const count = (n: number | null | undefined) => (n === null || n === undefined ? "—" : n.toLocaleString());
const VERDICTS = { covered: "Covered", maybe: "Maybe", short: "Short" } as const;

/** The tier's needed count, with its range underneath when the rates' intervals give one. */
function Needed({ row, tier }: { row: ProgramRow; tier: ProgramRow["tiers"][number]["tier"] }) {
  const t = row.tiers.find((x) => x.tier === tier);
  return (
    <Table.Td ta="right" data-col={tier}>
      <span data-part="needed">{count(t?.needed)}</span>
      {t?.range && (
        <Text size="xs" c="dimmed" data-part="range">
          {count(t.range.low)}–{count(t.range.high)}
        </Text>
      )}
    </Table.Td>
  );
}

export function ProgramFunnelTable({ report }: { report: ReverseFunnel }) {
  if (report.programs.length === 0) return null;
  // Each tier carries the rate that leads down from it: won the win rate, salesReady lead → sales-ready.
  const rate = (row: ProgramRow, tier: ProgramRow["tiers"][number]["tier"]) => {
    const t = row.tiers.find((x) => x.tier === tier);
    return formatRate(t?.rate ?? null, t?.rateInterval ?? null);
  };
  return (
    <>
      <Title order={5} mt="md" mb={4}>
        Per program, each on its own
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        What each program would need to bring to meet the whole quota by itself, at its own rates (95 %
        intervals in brackets, ranges under the counts).
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing={6} fz="sm" data-testid="reverse-funnel-programs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Program</Table.Th>
              <Table.Th ta="right" title="Leads it made in the last 12 whole months">
                Leads seen
              </Table.Th>
              <Table.Th>Its rates (95 % interval)</Table.Th>
              <Table.Th ta="right">Won needed</Table.Th>
              <Table.Th ta="right">Opportu&shy;nities</Table.Th>
              <Table.Th ta="right">Sales-ready</Table.Th>
              <Table.Th ta="right">Leads needed</Table.Th>
              <Table.Th ta="right">Lead target</Table.Th>
              <Table.Th>Verdict</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.programs.map((row) => (
              <Table.Tr
                key={row.programId}
                data-testid="reverse-funnel-program"
                data-program-id={row.programId}
              >
                <Table.Td>
                  <Text size="sm" fw={500} data-col="name">
                    {row.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {channelLabel(row.channel)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" data-col="observed-leads">
                  {count(row.observed.leads)}
                </Table.Td>
                <Table.Td>
                  <Text size="xs" data-col="rate-salesReady">
                    Lead → sales-ready {rate(row, "salesReady")}
                  </Text>
                  <Text size="xs" data-col="rate-opportunities">
                    Sales-ready → opportunity {rate(row, "opportunities")}
                  </Text>
                  <Text size="xs" data-col="rate-won">
                    Win rate {rate(row, "won")}
                  </Text>
                  <Text size="xs" c="dimmed" data-col="average-deal">
                    {row.observed.won} won, {row.observed.lost} lost · average{" "}
                    {formatMoney(
                      row.observed.averageDealMinor === null
                        ? null
                        : Math.round(row.observed.averageDealMinor),
                      report.currency,
                    )}
                  </Text>
                </Table.Td>
                <Needed row={row} tier="won" />
                <Needed row={row} tier="opportunities" />
                <Needed row={row} tier="salesReady" />
                <Needed row={row} tier="leads" />
                <Table.Td ta="right" data-col="planned">
                  {count(row.plannedLeads)}
                  {row.plannedFrom && (
                    <Text size="xs" c="dimmed">
                      {row.plannedFrom === "program" ? "its plan" : "its channel's plan"}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td data-col="coverage" data-coverage={row.coverage ?? "none"}>
                  {row.coverage ? (
                    <Badge color={COVERAGE_COLORS[row.coverage]} variant="light">
                      {VERDICTS[row.coverage]}
                    </Badge>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {row.plannedLeads === null ? "No lead target" : "Too little history"}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
