// What every report page starts with: where it is, its title, and the "Download CSV" link of the
// same query.

import { Anchor, Button, Group, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { type ReportPage, reportInfo } from "./report-list.ts";
import { type ReportPath, type ReportQuery, reportCsvUrl } from "./report-queries.ts";

export function ReportHeader({
  page,
  path,
  query,
  disabled,
  testId,
}: {
  /** Which report: its title and the one line on what it answers. */
  page: ReportPage;
  path: ReportPath;
  query: ReportQuery;
  /** No download while the period is wrong. */
  disabled: boolean;
  testId: string;
}) {
  const { title, question } = reportInfo(page);
  return (
    <Group justify="space-between" align="flex-end" wrap="nowrap">
      <Stack gap={0}>
        <Anchor component={Link} to="/reports" size="sm" c="dimmed">
          Reports
        </Anchor>
        <Title order={2}>{title}</Title>
        <Text size="sm" c="dimmed">
          {question}
        </Text>
      </Stack>
      <Button
        component="a"
        href={disabled ? undefined : reportCsvUrl(path, query)}
        download
        variant="default"
        disabled={disabled}
        data-testid={`${testId}-csv`}
        style={{ flexShrink: 0 }}
      >
        Download CSV
      </Button>
    </Group>
  );
}
