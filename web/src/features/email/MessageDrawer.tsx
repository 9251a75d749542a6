// One message as it was rendered: headers, the HTML part in a sandboxed frame, the text part.

import { Badge, Center, Drawer, Group, Loader, Stack, Table, Tabs, Text } from "@mantine/core";
import { Link } from "react-router";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime } from "../../shared/format.ts";
import { useOutboxMessage } from "./email-queries.ts";
import { MessageFrame } from "./MessageFrame.tsx";
import { reasonLabel, STATUS_COLORS } from "./outbox-format.ts";

export function MessageDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const message = useOutboxMessage(id);
  const m = message.data;
  return (
    <Drawer opened={id !== null} onClose={onClose} position="right" size="xl" title="Message">
      {message.error && <ErrorAlert error={message.error} title="Could not load the message" />}
      {message.isPending && id && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {m && (
        <Stack gap="sm" data-testid="message-detail">
          <Group gap="xs">
            <Badge color={STATUS_COLORS[m.status]} variant="light">
              {m.status}
            </Badge>
            <Badge variant="outline" color="gray">
              {m.kind}
            </Badge>
            {m.local && <Badge color="gray">local outbox</Badge>}
          </Group>
          {m.reason && (
            <Text size="sm" c="dimmed" data-testid="message-reason">
              {reasonLabel(m.reason)}
            </Text>
          )}
          <Table withRowBorders={false} verticalSpacing={2}>
            <Table.Tbody>
              <Row label="From" value={m.from} />
              <Row label="To" value={m.to} />
              <Table.Tr>
                <Table.Th w={110}>Contact</Table.Th>
                <Table.Td>
                  <Text
                    component={Link}
                    to={`/contacts/${encodeURIComponent(m.contactId)}`}
                    size="sm"
                    c="blue"
                  >
                    {m.contactName ?? m.to}
                  </Text>
                </Table.Td>
              </Table.Tr>
              <Row label="Subject" value={m.subject} testId="message-subject" />
              <Row label="Message-ID" value={m.messageId} />
              <Row label="Queued" value={formatDateTime(m.createdAt)} />
              <Row label="Sent" value={formatDateTime(m.sentAt)} />
              <Row label="Attempts" value={String(m.attempts)} />
            </Table.Tbody>
          </Table>
          <Tabs defaultValue="html">
            <Tabs.List>
              <Tabs.Tab value="html">HTML</Tabs.Tab>
              <Tabs.Tab value="text">Text</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="html" pt="sm">
              <MessageFrame html={m.htmlBody} title={`Message to ${m.to}`} height={420} />
            </Tabs.Panel>
            <Tabs.Panel value="text" pt="sm">
              <Text
                component="pre"
                size="sm"
                style={{ whiteSpace: "pre-wrap", wordBreak: "break-word" }}
                data-testid="message-text"
              >
                {m.textBody}
              </Text>
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
    </Drawer>
  );
}

function Row({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Table.Tr>
      <Table.Th w={110}>{label}</Table.Th>
      <Table.Td>
        <Text size="sm" style={{ wordBreak: "break-all" }} data-testid={testId}>
          {value}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
