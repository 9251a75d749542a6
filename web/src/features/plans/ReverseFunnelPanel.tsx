// The reverse funnel beside the plans: the period's quotas back to the leads needed, each tier
// with the range its rates' intervals give, and whether the plans' lead targets cover it — so a
// marketer changing a target sees the verdict change on the same page.

import { Alert, Anchor, Center, Group, Loader, Paper, Table, Text, Title } from "@mantine/core";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatMoney } from "../programs/money.ts";
import { formatDay } from "../programs/program-format.ts";
import { Definitions } from "../reports/Definitions.tsx";
import { reportCsvUrl } from "../reports/report-queries.ts";
import { ProgramFunnelTable } from "./ProgramFunnelTable.tsx";
import { COVERAGE_COLORS, coverageWords, formatRate, RATE_LABELS, TIER_LABELS } from "./plan-format.ts";
import { type PlanPeriod, useReverseFunnel } from "./plan-queries.ts";
import { ReverseFunnelChart } from "./ReverseFunnelChart.tsx";

export function ReverseFunnelPanel({ period, startsOn }: { period: PlanPeriod; startsOn: string }) {
  const report = useReverseFunnel(period, startsOn);
  const r = report.data;
  if (report.error) return <ErrorAlert error={report.error} title="Could not load the reverse funnel" />;
  if (!r)
    return (
      <Center py="md">
        <Loader size="sm" />
      </Center>
    );
  const words = coverageWords(r);
  const count = (n: number | null | undefined) => (n === null || n === undefined ? "—" : n.toLocaleString());
  return (
    <Paper withBorder p="md" radius="md" data-testid="reverse-funnel">
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Group gap="sm">
            <Title order={4}>Reverse funnel</Title>
            <Anchor
              href={reportCsvUrl("/reports/reverse-funnel", { period, startsOn })}
              download
              size="sm"
              data-testid="reverse-funnel-csv"
            >
              CSV
            </Anchor>
          </Group>
          <Text size="sm" c="dimmed">
            What this period's quotas need from marketing, at the rates of {formatDay(r.lookback.from)} –{" "}
            {formatDay(r.lookback.to)}.
          </Text>
        </div>
        <Text size="sm" ta="right" data-testid="reverse-funnel-quota">
          Quota <b>{formatMoney(r.quotaMinor, r.currency)}</b>
          <br />
          <Text span size="xs" c="dimmed">
            {r.reps} {r.reps === 1 ? "rep" : "reps"} · average won deal{" "}
            {formatMoney(
              r.observed.averageDealMinor === null ? null : Math.round(r.observed.averageDealMinor),
              r.currency,
            )}
          </Text>
        </Text>
      </Group>
      <Alert
        color={r.coverage ? COVERAGE_COLORS[r.coverage] : "gray"}
        title={words.headline}
        data-testid="reverse-funnel-coverage"
        data-coverage={r.coverage ?? "none"}
        mb="sm"
      >
        {words.sentence}
        {r.plannedLeads !== null && (
          <Text span size="sm">
            {" "}
            Planned leads: <b data-testid="reverse-funnel-planned">{count(r.plannedLeads)}</b>.
          </Text>
        )}
      </Alert>
      <ReverseFunnelChart tiers={r.tiers} />
      <Table.ScrollContainer minWidth={600}>
        <Table verticalSpacing={6} data-testid="reverse-funnel-tiers">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Needed</Table.Th>
              <Table.Th ta="right">At the observed rates</Table.Th>
              <Table.Th ta="right" title="At the best and worst ends of the rates' 95 % intervals">
                Range
              </Table.Th>
              <Table.Th>Divided by (95 % interval)</Table.Th>
              <Table.Th ta="right" title="Over the last 12 whole months">
                Observed
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {r.tiers.map((tier, i) => {
              const above = r.tiers[i - 1];
              const observed = {
                won: r.observed.won,
                opportunities: r.observed.opportunities,
                salesReady: r.observed.salesReady,
                leads: r.observed.leads,
              }[tier.tier];
              return (
                <Table.Tr key={tier.tier} data-testid="reverse-funnel-tier" data-tier={tier.tier}>
                  <Table.Td fw={500}>{TIER_LABELS[tier.tier]}</Table.Td>
                  <Table.Td ta="right" data-col="needed">
                    {count(tier.needed)}
                  </Table.Td>
                  <Table.Td ta="right" data-col="range">
                    {tier.range ? `${count(tier.range.low)}–${count(tier.range.high)}` : "—"}
                  </Table.Td>
                  <Table.Td data-col="rate">
                    {above ? (
                      <>
                        {RATE_LABELS[above.tier]}{" "}
                        <Text span size="sm" c="dimmed">
                          {formatRate(above.rate, above.rateInterval)}
                        </Text>
                      </>
                    ) : (
                      <>
                        Average won deal{" "}
                        <Text span size="sm" c="dimmed">
                          {formatMoney(
                            r.observed.averageDealMinor === null
                              ? null
                              : Math.round(r.observed.averageDealMinor),
                            r.currency,
                          )}
                        </Text>
                      </>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" data-col="observed">
                    {count(observed)}
                    {tier.tier === "won" && (
                      <Text span size="xs" c="dimmed">
                        {" "}
                        (+{r.observed.lost} lost)
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ProgramFunnelTable report={r} />
    </Paper>
  );
}

/** The reverse funnel's definitions, at the foot of the page (the same query, from the cache). */
export function ReverseFunnelDefinitions({ period, startsOn }: { period: PlanPeriod; startsOn: string }) {
  const report = useReverseFunnel(period, startsOn);
  if (!report.data) return null;
  return (
    <Definitions
      definitions={report.data.definitions}
      title="How the reverse funnel is worked out"
      testId="reverse-funnel"
    />
  );
}
