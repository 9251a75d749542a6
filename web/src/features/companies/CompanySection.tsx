// One section of the company page: its title (with how many there are), the error if it could
// not load, a line when there is nothing yet, and what there is.

import { Badge, Paper, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";

export function CompanySection({
  title,
  count,
  testId,
  error,
  empty,
  children,
}: {
  title: string;
  /** How many there are, beside the title; none while loading. */
  count?: number;
  testId: string;
  error: Error | null;
  /** The line to show instead of a table: it loaded, with nothing to show. */
  empty?: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Title order={4} mb="sm">
        {title} {count !== undefined && <Badge variant="light">{count}</Badge>}
      </Title>
      {error && <ErrorAlert error={error} title={`Could not load the ${title.toLowerCase()}`} />}
      {empty && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
      {children}
    </Paper>
  );
}
