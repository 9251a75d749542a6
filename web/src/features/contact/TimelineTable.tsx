import { Badge, Button, Center, Loader, Paper, Table, Text, Title } from "@mantine/core";
import { describeTouchProperties } from "#domain/logged-touches";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime, truncate } from "../../shared/format.ts";
import { useKindLabel } from "../../shared/reference-data.ts";
import { useTimeline } from "./contact-queries.ts";

export function TimelineTable({ contactId }: { contactId: string }) {
  const timeline = useTimeline(contactId);
  const kindLabel = useKindLabel();
  const entries = timeline.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4} mb="sm">
        Timeline
      </Title>
      {timeline.error && <ErrorAlert error={timeline.error} title="Could not load the timeline" />}
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Time</Table.Th>
              <Table.Th>Touchpoint</Table.Th>
              <Table.Th>Side</Table.Th>
              <Table.Th>Program</Table.Th>
              <Table.Th>User</Table.Th>
              <Table.Th>Details</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.id} data-testid="timeline-row" data-kind={entry.kind}>
                <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(entry.occurredAt)}</Table.Td>
                <Table.Td>{kindLabel(entry.kind)}</Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={entry.side === "sales" ? "violet" : "cyan"}>
                    {entry.side}
                  </Badge>
                </Table.Td>
                <Table.Td>{entry.programName ?? ""}</Table.Td>
                <Table.Td>{entry.userName ?? ""}</Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" data-testid="timeline-details">
                    {truncate(describeTouchProperties(entry.properties).join(" · "), 140)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {timeline.isPending && (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      )}
      {timeline.isSuccess && entries.length === 0 && (
        <Text c="dimmed" size="sm" ta="center" py="md">
          No touchpoints yet
        </Text>
      )}
      {timeline.hasNextPage && (
        <Center mt="sm">
          <Button
            variant="default"
            onClick={() => timeline.fetchNextPage()}
            loading={timeline.isFetchingNextPage}
            data-testid="timeline-load-more"
          >
            Load more
          </Button>
        </Center>
      )}
    </Paper>
  );
}
