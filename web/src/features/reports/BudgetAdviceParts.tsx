// The pieces of budget advice both the advice and a "what if" answer show: the sentence, the
// "Why" disclosure (the API's reasoning and the judged sources), and the sources left out.

import { Badge, Group, Stack, Table, Text } from "@mantine/core";
import { formatMoney } from "../programs/money.ts";
import { formatCount } from "../programs/program-format.ts";
import { adviceWords, type BudgetAdvice, perThousand } from "./budget-advice.ts";

const KIND_BADGE = {
  move: { color: "green", label: "Advice" },
  not_enough_data: { color: "yellow", label: "Not enough data" },
  none: { color: "gray", label: "No move advised" },
} as const;

/** The advice in one sentence (the headline), its kind as a badge, and the move weighed when there was not enough data. */
export function AdviceSentence({ report, testId }: { report: BudgetAdvice; testId: string }) {
  const { headline, detail } = adviceWords(report);
  const badge = KIND_BADGE[report.advice.kind];
  return (
    <Stack gap={2}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Badge
          color={badge.color}
          variant="light"
          style={{ flexShrink: 0 }}
          mt={3}
          data-testid={`${testId}-kind`}
        >
          {badge.label}
        </Badge>
        <Text fw={600} size="lg" data-testid={`${testId}-sentence`}>
          {headline}
        </Text>
      </Group>
      {detail && (
        <Text size="sm" c="dimmed" data-testid={`${testId}-detail`}>
          {detail}
        </Text>
      )}
    </Stack>
  );
}

/** How the advice was reached: the API's sentences, and (unless shown already) the judged sources side by side. */
export function Why({
  report,
  testId,
  withSources = true,
}: {
  report: BudgetAdvice;
  testId: string;
  withSources?: boolean;
}) {
  const per = perThousand(report.currency);
  return (
    <details data-testid={`${testId}-why`}>
      <Text component="summary" size="sm" fw={600} style={{ cursor: "pointer" }}>
        Why
      </Text>
      <Stack gap="xs" mt="xs">
        {report.reasoning.map((sentence) => (
          <Text key={sentence} size="sm" data-testid={`${testId}-reason`}>
            {sentence}
          </Text>
        ))}
        {withSources && report.judged.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table withTableBorder fz="sm" data-testid={`${testId}-judged`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Source</Table.Th>
                  <Table.Th ta="right">Leads</Table.Th>
                  <Table.Th ta="right">Customers</Table.Th>
                  <Table.Th ta="right">Spend</Table.Th>
                  <Table.Th ta="right">Customers per {per} (90 % interval)</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.judged.map((s) => (
                  <Table.Tr key={s.key} data-source={s.key}>
                    <Table.Td fw={600}>{s.label}</Table.Td>
                    <Table.Td ta="right">{formatCount(s.leads)}</Table.Td>
                    <Table.Td ta="right">{formatCount(s.customers)}</Table.Td>
                    <Table.Td ta="right">{formatMoney(s.costMinor, report.currency)}</Table.Td>
                    <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
                      {spreadText(s.customersPerThousand)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </details>
  );
}

const twoDecimals = (n: number) =>
  n.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const spreadText = (s: { median: number; low: number; high: number }) =>
  `${twoDecimals(s.median)} (${twoDecimals(s.low)}–${twoDecimals(s.high)})`;

/** The sources the advice did not judge, each with the API's reason. */
export function Excluded({ report }: { report: BudgetAdvice }) {
  if (report.excluded.length === 0) return null;
  return (
    <Stack gap={2} data-testid="budget-advice-excluded">
      <Text size="sm" fw={600}>
        Not judged
      </Text>
      {report.excluded.map((s) => (
        <Text key={s.key} size="sm" data-testid="budget-advice-excluded-source" data-source={s.key}>
          <Text span fw={500} size="sm">
            {s.label}
          </Text>
          <Text span c="dimmed" size="sm">
            {" — "}
            {s.reason}
          </Text>
        </Text>
      ))}
    </Stack>
  );
}
