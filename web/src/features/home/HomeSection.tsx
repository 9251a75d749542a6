// A titled group of figures on the home page, with its loader or error in place.

import { Stack, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { ReportStatus } from "../reports/ReportStatus.tsx";

export function HomeSection({
  title,
  query,
  testId,
  children,
}: {
  title: string;
  query: { error: Error | null; isPending: boolean };
  testId: string;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs" data-testid={testId}>
      <Title order={3}>{title}</Title>
      <ReportStatus query={query} waiting title={`Could not load the ${title.toLowerCase()} figures`} />
      {children}
    </Stack>
  );
}
