// The contact's life as stages: each transition, when it happened and what caused it — the same
// history the funnel and hand-off reports count.

import { Anchor, Badge, Center, Group, Loader, Paper, Table, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime, humanize } from "../../shared/format.ts";
import { stageColor } from "../../shared/stages.ts";
import { type StageTransition, useStageHistory } from "./contact-queries.ts";

const CAUSE_LABELS: Record<StageTransition["cause"], string> = {
  touchpoint: "Touchpoint",
  deal: "Deal",
  handoff: "Hand-off",
  user: "By hand",
};

function CauseCell({ t }: { t: StageTransition }) {
  const label = CAUSE_LABELS[t.cause];
  if (t.cause === "deal" && t.causeId) {
    return (
      <Anchor component={Link} to={`/deals/${t.causeId}`} size="sm">
        {label}
      </Anchor>
    );
  }
  if (t.cause === "handoff") {
    return (
      <Anchor component={Link} to="/handoffs" size="sm">
        {label}
      </Anchor>
    );
  }
  return <Text size="sm">{label}</Text>;
}

export function StageHistoryPanel({ contactId }: { contactId: string }) {
  const history = useStageHistory(contactId);
  const rows = history.data?.data ?? [];
  return (
    <Paper withBorder p="md" radius="md" data-testid="stage-history">
      <Title order={4} mb="sm">
        Stage history
      </Title>
      {history.error && <ErrorAlert error={history.error} title="Could not load the stage history" />}
      {history.isPending && (
        <Center py="sm">
          <Loader size="sm" />
        </Center>
      )}
      {rows.length > 0 && (
        <Table verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Stage</Table.Th>
              <Table.Th>Cause</Table.Th>
              <Table.Th>By</Table.Th>
              <Table.Th>Why</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((t) => (
              <Table.Tr key={t.id} data-testid="stage-history-row" data-to={t.to} data-cause={t.cause}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  <Text size="sm">{formatDateTime(t.at)}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {t.from ? (
                      <>
                        <Badge size="sm" variant="outline" color={stageColor(t.from)}>
                          {humanize(t.from)}
                        </Badge>
                        <Text size="sm">→</Text>
                      </>
                    ) : (
                      <Text size="sm" c="dimmed">
                        created as
                      </Text>
                    )}
                    <Badge size="sm" variant="light" color={stageColor(t.to)}>
                      {humanize(t.to)}
                    </Badge>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <CauseCell t={t} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t.userName ?? (t.userId ? "—" : "Automatic")}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{t.reason ?? ""}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
