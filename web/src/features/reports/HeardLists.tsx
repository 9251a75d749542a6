// What sales heard about some leads, as three lists side by side — why hand-offs were recycled,
// the objections raised (and how many were overcome), why deals were lost — loudest first, as the
// API orders them. The report page shows it per program and for all; the program page for its own.

import { Group, SimpleGrid, Stack, Text } from "@mantine/core";
import { formatCount } from "../programs/program-format.ts";
import type { Heard } from "./sales-feedback-queries.ts";

export function HeardLists({ heard, testId }: { heard: Heard; testId: string }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
      <HeardList
        title="Recycled"
        none="No hand-off sent back"
        items={heard.recycled}
        testId={`${testId}-recycled`}
      />
      <HeardList
        title="Objections"
        none="No objection recorded"
        items={heard.objections}
        overcome
        testId={`${testId}-objections`}
      />
      <HeardList title="Lost" none="No deal lost" items={heard.lost} testId={`${testId}-lost`} />
    </SimpleGrid>
  );
}

function HeardList({
  title,
  none,
  items,
  overcome = false,
  testId,
}: {
  title: string;
  none: string;
  items: readonly { label: string; count: number; overcome?: number }[];
  /** Objections: how many of each were overcome, beside the count. */
  overcome?: boolean;
  testId: string;
}) {
  const total = items.reduce((sum, item) => sum + item.count, 0);
  return (
    <Stack gap={4} data-testid={testId}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
          {title}
        </Text>
        <Text size="xs" c="dimmed" data-testid={`${testId}-total`}>
          {formatCount(total)}
        </Text>
      </Group>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid={`${testId}-none`}>
          {none}
        </Text>
      ) : (
        <Stack gap={2} component="ol" m={0} p={0} style={{ listStyle: "none" }}>
          {items.map((item) => (
            <Group
              key={item.label}
              component="li"
              justify="space-between"
              gap="xs"
              wrap="nowrap"
              data-testid={`${testId}-item`}
            >
              <Text size="sm" style={{ overflowWrap: "anywhere" }} data-testid="heard-label">
                {item.label}
              </Text>
              <Text size="sm" fw={600} style={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>
                <span data-testid="heard-count">{formatCount(item.count)}</span>
                {overcome && (
                  <Text span size="xs" c="dimmed" fw={400} data-testid="heard-overcome">
                    {" "}
                    ({formatCount(item.overcome ?? 0)} overcome)
                  </Text>
                )}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
