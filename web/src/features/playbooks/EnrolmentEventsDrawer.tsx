// What happened in one enrolment, oldest first: enrolled, each step's outcome, waits, the end.

import { Center, Drawer, Loader, Table, Text } from "@mantine/core";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime } from "../../shared/format.ts";
import { channelLabel, EVENT_LABELS, eventDetail } from "./playbook-format.ts";
import { useEnrolmentEvents } from "./playbook-queries.ts";

export function EnrolmentEventsDrawer({
  enrolmentId,
  title,
  onClose,
}: {
  enrolmentId: string | null;
  title: string;
  onClose: () => void;
}) {
  const events = useEnrolmentEvents(enrolmentId);
  return (
    <Drawer opened={enrolmentId !== null} onClose={onClose} title={title} position="right" size="lg">
      {events.error && <ErrorAlert error={events.error} title="Could not load the events" />}
      {events.isPending && enrolmentId && (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      )}
      {events.data && (
        <Table verticalSpacing={6} data-testid="enrolment-events">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>What</Table.Th>
              <Table.Th>Step</Table.Th>
              <Table.Th>Detail</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {events.data.map((e) => (
              <Table.Tr key={e.id} data-testid="enrolment-event" data-kind={e.kind}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(e.at)}</Table.Td>
                <Table.Td>{EVENT_LABELS[e.kind] ?? e.kind}</Table.Td>
                <Table.Td>
                  {e.stepChannel ? channelLabel(e.stepChannel) : ""}
                  {e.stepTitle ? ` — ${e.stepTitle}` : ""}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{eventDetail(e.kind, e.detail)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Drawer>
  );
}
