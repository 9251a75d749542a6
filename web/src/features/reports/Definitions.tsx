// A report's definitions, written on the page: what each figure counts and divides by.

import { Paper, Stack, Text, Title } from "@mantine/core";

export function Definitions({
  definitions,
  title = "What the figures mean",
  testId,
}: {
  definitions: readonly { term: string; meaning: string }[];
  title?: string;
  testId: string;
}) {
  if (definitions.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" data-testid={`${testId}-definitions`}>
      <Title order={4} mb="xs">
        {title}
      </Title>
      <Stack gap={6} component="dl" m={0}>
        {definitions.map((d) => (
          <div key={d.term}>
            <Text component="dt" size="sm" fw={600} display="inline">
              {d.term}
            </Text>
            <Text component="dd" size="sm" c="dimmed" display="inline" m={0}>
              {" — "}
              {d.meaning}
            </Text>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
