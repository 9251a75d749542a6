// Why a contact has the engagement it has: each touchpoint's weight, decayed to the "as of" moment.

import { Center, Group, Loader, Paper, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime, formatNumber, halfLifeSpan, relativeTime } from "../../shared/format.ts";
import { useKindLabel } from "../../shared/reference-data.ts";
import { TemperatureBadge } from "../../shared/TemperatureBadge.tsx";

type ScoreExplanation = Schema<"Score">;

interface ScoreExplanationPanelProps {
  score: ScoreExplanation | undefined;
  error: unknown;
  isFetching: boolean;
}

export function ScoreExplanationPanel({ score, error, isFetching }: ScoreExplanationPanelProps) {
  const kindLabel = useKindLabel();

  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Score explanation</Title>
        {isFetching && <Loader size="xs" />}
      </Group>
      {error ? <ErrorAlert error={error} title="Could not load the score" /> : null}
      {!score && !error && (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      )}
      {score && (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Fact label={`Value as of ${formatDateTime(score.at)}`}>
              <Text fw={700} size="xl" data-testid="score-value">
                {formatNumber(score.value, 2)}
              </Text>
            </Fact>
            <Fact label="Temperature">
              <TemperatureBadge temperature={score.temperature} size="lg" />
            </Fact>
            <Fact label="Hot until">
              <Until iso={score.hotUntil} at={score.at} />
            </Fact>
            <Fact label="Warm until">
              <Until iso={score.warmUntil} at={score.at} />
            </Fact>
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            Warm at ≥ {score.settings.warmThreshold}, hot at ≥ {score.settings.hotThreshold}; each
            touchpoint's weight halves every {halfLifeSpan(score.settings.halfLifeHours)}.
          </Text>
          <Table.ScrollContainer minWidth={520}>
            <Table striped verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Touchpoint</Table.Th>
                  <Table.Th>Occurred at</Table.Th>
                  <Table.Th ta="right">Weight</Table.Th>
                  <Table.Th ta="right">Contribution</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {score.contributions.map((c) => (
                  <Table.Tr key={c.touchpointId} data-testid="explanation-row" data-kind={c.kind}>
                    <Table.Td>{kindLabel(c.kind)}</Table.Td>
                    <Table.Td>{formatDateTime(c.occurredAt)}</Table.Td>
                    <Table.Td ta="right">{c.weight}</Table.Td>
                    <Table.Td ta="right">{formatNumber(c.contribution, 2)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {score.contributions.length === 0 && (
            <Text size="sm" c="dimmed" ta="center">
              No touchpoints contribute to the score at this moment.
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

function Until({ iso, at }: { iso: string | null; at: string }) {
  if (!iso) return <Text>—</Text>;
  return (
    <Text title={relativeTime(iso, new Date(at))}>
      {formatDateTime(iso)}{" "}
      <Text span size="xs" c="dimmed">
        ({relativeTime(iso, new Date(at))})
      </Text>
    </Text>
  );
}
