import { Badge, Button, Center, Loader, Paper, Text, Title } from "@mantine/core";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { RecordTable } from "../../shared/RecordTable.tsx";
import { useTimeline } from "./contact-queries.ts";
import { type TimelineEntry, useTouchColumns } from "./touch-columns.tsx";

export function TimelineTable({ contactId }: { contactId: string }) {
  const timeline = useTimeline(contactId);
  const touch = useTouchColumns();
  const entries = timeline.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <Paper withBorder p="md" radius="md">
      <Title order={4} mb="sm">
        Timeline
      </Title>
      {timeline.error && <ErrorAlert error={timeline.error} title="Could not load the timeline" />}
      <RecordTable<TimelineEntry>
        minWidth={720}
        striped
        highlightOnHover
        verticalSpacing={6}
        rows={entries}
        rowProps={(entry) => ({ "data-testid": "timeline-row", "data-kind": entry.kind })}
        columns={[
          touch.time,
          touch.kind,
          {
            header: "Side",
            cell: (entry) => (
              <Badge size="sm" variant="light" color={entry.side === "sales" ? "violet" : "cyan"}>
                {entry.side}
              </Badge>
            ),
          },
          touch.program,
          { header: "User", cell: (entry) => entry.userName ?? "" },
          touch.details,
        ]}
      />
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
