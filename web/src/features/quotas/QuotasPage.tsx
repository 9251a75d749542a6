// Quotas: each rep's attainment for a month or a quarter, and (for admins) setting a target.

import {
  Center,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useSession } from "../auth/session.ts";
import { formatMoney } from "../pipeline/money.ts";
import { QuotaForm } from "./QuotaForm.tsx";
import {
  type LeaderboardRow,
  periodChoices,
  periodStart,
  type QuotaPeriod,
  useLeaderboard,
} from "./quota-queries.ts";

/** Attainment as shown: one decimal, e.g. 62.5 %; "—" for a zero target. */
export function formatAttainment(ratio: number | null): string {
  return ratio === null ? "—" : `${(ratio * 100).toFixed(1)} %`;
}

export default function QuotasPage() {
  const session = useSession();
  const [period, setPeriod] = useState<QuotaPeriod>("month");
  const [startsOn, setStartsOn] = useState(() => periodStart("month", new Date()));
  const board = useLeaderboard(period, startsOn);

  const changePeriod = (next: QuotaPeriod) => {
    setPeriod(next);
    setStartsOn(periodStart(next, new Date()));
  };

  return (
    <Stack gap="md" maw={1000}>
      <Title order={2}>Quotas</Title>
      <Group align="flex-end">
        <SegmentedControl
          value={period}
          onChange={(value) => changePeriod(value as QuotaPeriod)}
          data={[
            { value: "month", label: "Month" },
            { value: "quarter", label: "Quarter" },
          ]}
          data-testid="quota-period"
        />
        <NativeSelect
          aria-label="Period"
          data={periodChoices(period, new Date())}
          value={startsOn}
          onChange={(event) => setStartsOn(event.currentTarget.value)}
          data-testid="quota-start"
        />
      </Group>
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="sm">
          Leaderboard
        </Title>
        {board.error && <ErrorAlert error={board.error} title="Could not load the leaderboard" />}
        {board.isPending && (
          <Center py="md">
            <Loader size="sm" />
          </Center>
        )}
        {board.data && board.data.data.length === 0 && (
          <Text c="dimmed" size="sm" data-testid="quota-empty">
            No quotas for this period.
          </Text>
        )}
        {board.data && board.data.data.length > 0 && <Leaderboard rows={board.data.data} />}
      </Paper>
      {session.data?.user.role === "admin" && <QuotaForm period={period} startsOn={startsOn} />}
    </Stack>
  );
}

function Leaderboard({ rows }: { rows: LeaderboardRow[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={8}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>#</Table.Th>
            <Table.Th>Rep</Table.Th>
            <Table.Th ta="right">Target</Table.Th>
            <Table.Th ta="right">Won</Table.Th>
            <Table.Th ta="right">Attainment</Table.Th>
            <Table.Th w={200} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => {
            const percent = row.ratio === null ? 0 : row.ratio * 100;
            return (
              <Table.Tr key={row.userId} data-testid="quota-row" data-user-id={row.userId}>
                <Table.Td>{index + 1}</Table.Td>
                <Table.Td>{row.name}</Table.Td>
                <Table.Td ta="right">{formatMoney(row.targetMinor, row.currency)}</Table.Td>
                <Table.Td ta="right">
                  {formatMoney(row.wonMinor, row.currency)}{" "}
                  <Text span size="xs" c="dimmed">
                    ({row.wonDeals} {row.wonDeals === 1 ? "deal" : "deals"})
                  </Text>
                </Table.Td>
                <Table.Td ta="right" fw={600} data-testid="quota-attainment">
                  {formatAttainment(row.ratio)}
                </Table.Td>
                <Table.Td>
                  <Progress
                    value={Math.min(100, percent)}
                    color={percent >= 100 ? "green" : percent >= 50 ? "indigo" : "orange"}
                    aria-label={`Attainment of ${row.name}`}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
