// The outbox: every message Baton sent, will send or decided not to send — and why. Admins and
// marketing send the newsletter from here.

import {
  Badge,
  Button,
  Center,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime } from "../../shared/format.ts";
import { useSession } from "../auth/session.ts";
import { useOutbox } from "./email-queries.ts";
import { MessageDrawer } from "./MessageDrawer.tsx";
import { NewsletterDialog, RecentNewsletters } from "./NewsletterDialog.tsx";
import { reasonLabel, STATUS_COLORS } from "./outbox-format.ts";

type OutboxStatus = Schema<"OutboxMessage">["status"];

const SENDERS = ["admin", "marketing"];
const FILTERS = [
  { value: "all", label: "All" },
  { value: "queued", label: "Queued" },
  { value: "sent", label: "Sent" },
  { value: "skipped", label: "Skipped" },
  { value: "failed", label: "Failed" },
];

export default function OutboxPage() {
  const session = useSession();
  const [filter, setFilter] = useState("all");
  const [openId, setOpenId] = useState<string | null>(null);
  const [composing, setComposing] = useState(false);
  const outbox = useOutbox(filter === "all" ? null : (filter as OutboxStatus));
  const canSend = SENDERS.includes(session.data?.user.role ?? "");
  const messages = outbox.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <Stack gap="md" data-testid="outbox-page">
      <Group justify="space-between">
        <div>
          <Title order={2}>Outbox</Title>
          <Text size="sm" c="dimmed">
            Without an SMTP server, messages stay here (marked “local”) instead of going out.
          </Text>
        </div>
        <Group>
          <SegmentedControl value={filter} onChange={setFilter} data={FILTERS} data-testid="outbox-filter" />
          {canSend && (
            <Button onClick={() => setComposing(true)} data-testid="newsletter-open">
              Send newsletter
            </Button>
          )}
        </Group>
      </Group>
      <RecentNewsletters />
      {outbox.error && <ErrorAlert error={outbox.error} title="Could not load the outbox" />}
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing={6} highlightOnHover data-testid="outbox-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>To</Table.Th>
              <Table.Th>Subject</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Reason</Table.Th>
              <Table.Th>Sent</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {messages.map((m) => (
              <Table.Tr
                key={m.id}
                onClick={() => setOpenId(m.id)}
                style={{ cursor: "pointer" }}
                data-testid="outbox-row"
                data-status={m.status}
                data-to={m.to}
              >
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {m.contactName ?? m.to}
                  </Text>
                  {m.contactName && (
                    <Text size="xs" c="dimmed">
                      {m.to}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1} maw={320}>
                    {m.subject}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {m.kind}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Badge color={STATUS_COLORS[m.status]} variant="light" data-testid="outbox-status">
                      {m.status}
                    </Badge>
                    {m.local && (
                      <Badge color="gray" variant="outline" size="sm">
                        local
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" lineClamp={2} maw={280} data-testid="outbox-reason">
                    {reasonLabel(m.reason)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{m.sentAt ? formatDateTime(m.sentAt) : "—"}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {outbox.isPending && (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      )}
      {outbox.isSuccess && messages.length === 0 && (
        <Text c="dimmed" ta="center" py="md" data-testid="outbox-empty">
          No messages{filter === "all" ? " yet" : ` with the status “${filter}”`}.
        </Text>
      )}
      {outbox.hasNextPage && (
        <Center>
          <Button
            variant="default"
            onClick={() => outbox.fetchNextPage()}
            loading={outbox.isFetchingNextPage}
          >
            Older messages
          </Button>
        </Center>
      )}
      <MessageDrawer id={openId} onClose={() => setOpenId(null)} />
      {canSend && <NewsletterDialog opened={composing} onClose={() => setComposing(false)} />}
    </Stack>
  );
}
