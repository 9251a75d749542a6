import { Badge, Button, Center, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import type { Temperature } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { referenceDate } from "../../shared/format.ts";
import { TEMPERATURE_COLORS } from "../../shared/TemperatureBadge.tsx";
import type { BoardFilters } from "./board-filters.ts";
import { useColumnContacts } from "./board-queries.ts";
import { ContactCard } from "./ContactCard.tsx";

const TITLES: Record<Temperature, string> = { cold: "Cold", warm: "Warm", hot: "Hot" };

interface TemperatureColumnProps {
  temperature: Temperature;
  filters: BoardFilters;
  count: number | undefined;
}

export function TemperatureColumn({ temperature, filters, count }: TemperatureColumnProps) {
  const list = useColumnContacts(temperature, filters);
  const contacts = list.data?.pages.flatMap((page) => page.data) ?? [];
  // Stable between renders so cards stay memoized: "now" is when the list was last fetched.
  const fetchedAt = list.dataUpdatedAt || Date.now();
  const reference = useMemo(() => referenceDate(filters.at, fetchedAt), [filters.at, fetchedAt]);

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      bg="var(--mantine-color-gray-0)"
      data-testid={`column-${temperature}`}
    >
      <Group justify="space-between" mb="sm">
        <Title order={4} c={TEMPERATURE_COLORS[temperature]}>
          {TITLES[temperature]}
        </Title>
        <Badge color={TEMPERATURE_COLORS[temperature]} variant="light" size="lg">
          <span data-testid={`count-${temperature}`}>{count === undefined ? "" : String(count)}</span>
        </Badge>
      </Group>
      {temperature === "hot" && (
        // The baton line: hot leads are handed to sales; their cards carry the owner and a stripe.
        <Group gap={6} mb="xs" wrap="nowrap" data-testid="baton-line">
          <div style={{ flex: 1, borderTop: "2px dashed var(--mantine-color-grape-4)" }} />
          <Text size="xs" c="grape.7" style={{ whiteSpace: "nowrap" }}>
            baton line · hot leads pass to sales
          </Text>
          <div style={{ flex: 1, borderTop: "2px dashed var(--mantine-color-grape-4)" }} />
        </Group>
      )}
      <Stack gap="xs">
        {list.isPending && (
          <Center py="md">
            <Loader size="sm" />
          </Center>
        )}
        {list.error && <ErrorAlert error={list.error} title="Could not load contacts" />}
        {contacts.map((contact) => (
          <ContactCard key={contact.id} contact={contact} reference={reference} />
        ))}
        {list.isSuccess && contacts.length === 0 && (
          <Text size="sm" c="dimmed" ta="center" py="md">
            No {temperature} contacts
          </Text>
        )}
        {list.hasNextPage && (
          <Button
            variant="default"
            onClick={() => list.fetchNextPage()}
            loading={list.isFetchingNextPage}
            data-testid={`load-more-${temperature}`}
          >
            Load more
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
