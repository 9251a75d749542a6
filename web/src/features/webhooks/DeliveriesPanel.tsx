// The deliveries: newest first, by status (the dead ones are the dead letters), each with its
// attempts and the last error in words, and Replay on the failed and dead ones.

import {
  Badge,
  Button,
  Code,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime } from "../../shared/format.ts";
import {
  type Delivery,
  type DeliveryStatus,
  useDeliveries,
  useReplay,
  type Webhook,
} from "./webhook-queries.ts";

const STATUS_COLORS: Record<DeliveryStatus, string> = {
  pending: "blue",
  failed: "orange",
  delivered: "teal",
  dead: "red",
};
const STATUS_WORDS: Record<DeliveryStatus, string> = {
  pending: "Pending",
  failed: "Retrying",
  delivered: "Delivered",
  dead: "Dead",
};
const FILTERS = [
  { value: "all", label: "All" },
  { value: "dead", label: "Dead" },
  { value: "failed", label: "Retrying" },
  { value: "pending", label: "Pending" },
  { value: "delivered", label: "Delivered" },
];

export function DeliveriesPanel({ webhooks }: { webhooks: Webhook[] }) {
  const [filter, setFilter] = useState("all");
  const [viewing, setViewing] = useState<Delivery | null>(null);
  const deliveries = useDeliveries(true, filter === "all" ? null : (filter as DeliveryStatus));
  const replay = useReplay();
  const urlOf = new Map(webhooks.map((w) => [w.id, w.url]));
  const rows = deliveries.data?.data ?? [];

  return (
    <Paper withBorder radius="md" p="md" data-testid="webhook-deliveries">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={3}>Deliveries</Title>
            <Text size="sm" c="dimmed">
              A failed attempt is tried again after 1 min, 5 min, 30 min, 2 h, 6 h, 12 h and 24 h; after the
              eighth it is dead. Replay sends a dead one again.
            </Text>
          </div>
          <SegmentedControl
            size="xs"
            data={FILTERS}
            value={filter}
            onChange={setFilter}
            data-testid="delivery-filter"
          />
        </Group>
        {deliveries.error && <ErrorAlert error={deliveries.error} title="Could not load the deliveries" />}
        {replay.error && <ErrorAlert error={replay.error} title="Not replayed" />}
        {deliveries.data && rows.length === 0 && (
          <Text size="sm" c="dimmed" data-testid="deliveries-empty">
            {filter === "all" ? "Nothing sent yet." : "No deliveries with this status."}
          </Text>
        )}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing={6} data-testid="deliveries-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>When</Table.Th>
                  <Table.Th>Event</Table.Th>
                  <Table.Th>To</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Attempts</Table.Th>
                  <Table.Th>Last answer</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((d) => (
                  <DeliveryRow
                    key={d.id}
                    delivery={d}
                    url={urlOf.get(d.subscriptionId) ?? ""}
                    replaying={replay.isPending && replay.variables === d.id}
                    onReplay={() => replay.mutate(d.id)}
                    onView={() => setViewing(d)}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <Modal
        opened={viewing !== null}
        onClose={() => setViewing(null)}
        title={viewing ? `${viewing.event} — delivery ${viewing.id}` : ""}
        size="xl"
      >
        {/* The body as sent (keys in the order sent), as text. */}
        <Code block data-testid="delivery-payload">
          {viewing ? payloadText(viewing) : ""}
        </Code>
      </Modal>
    </Paper>
  );
}

/** The body as sent: the envelope's keys in their documented order, then anything else. */
function payloadText(d: Delivery): string {
  const { id, type, occurredAt, workspaceId, data, ...rest } = d.payload;
  return JSON.stringify({ id, type, occurredAt, workspaceId, data, ...rest }, null, 2);
}

function DeliveryRow({
  delivery: d,
  url,
  replaying,
  onReplay,
  onView,
}: {
  delivery: Delivery;
  url: string;
  replaying: boolean;
  onReplay: () => void;
  onView: () => void;
}) {
  return (
    <Table.Tr data-testid="delivery-row" data-status={d.status} data-event={d.event}>
      <Table.Td>
        <Text size="sm">{formatDateTime(d.createdAt)}</Text>
      </Table.Td>
      <Table.Td ff="monospace" fz="sm">
        {d.event}
      </Table.Td>
      <Table.Td maw={220}>
        <Text size="sm" truncate title={url}>
          {url}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge variant="light" color={STATUS_COLORS[d.status]} data-testid="delivery-status">
          {STATUS_WORDS[d.status]}
        </Badge>
        {d.nextAttemptAt && d.status === "failed" && (
          <Text size="xs" c="dimmed">
            Next try {formatDateTime(d.nextAttemptAt)}
          </Text>
        )}
      </Table.Td>
      <Table.Td data-testid="delivery-attempts">{d.attempts}</Table.Td>
      <Table.Td maw={300}>
        {/* Text, never markup: the reason may quote a receiver's answer or address. */}
        <Text size="sm" c={d.lastError ? "red" : undefined} data-testid="delivery-error">
          {d.lastError ?? (d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : "—")}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={6} justify="flex-end" wrap="nowrap">
          <Button size="compact-sm" variant="default" onClick={onView} data-testid="delivery-view">
            Payload
          </Button>
          {(d.status === "dead" || d.status === "failed") && (
            <Button
              size="compact-sm"
              variant="light"
              loading={replaying}
              onClick={onReplay}
              data-testid="delivery-replay"
            >
              Replay
            </Button>
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
