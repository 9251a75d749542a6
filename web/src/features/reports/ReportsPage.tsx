// /reports: the reports, each with the one question it answers. A period in this page's URL
// (from a link on the home page, say) is carried to the report opened.

import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { Link, useSearchParams } from "react-router";
import { REPORTS } from "./report-list.ts";

export default function ReportsPage() {
  const [params] = useSearchParams();
  const from = params.get("from");
  const to = params.get("to");
  const period = from && to ? `?${new URLSearchParams({ from, to })}` : "";
  return (
    <Stack gap="md" maw={1100}>
      <Title order={2}>Reports</Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {REPORTS.map((r) => (
          <Paper key={r.to} withBorder radius="md" p="md" data-testid="report-card">
            <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
              {r.side}
            </Text>
            <Anchor component={Link} to={`${r.to}${period}`} fw={700} size="lg" data-testid="report-link">
              {r.title}
            </Anchor>
            <Text size="sm" c="dimmed" mt={4}>
              {r.question}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
