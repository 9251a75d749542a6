// The columns a timeline of touches shows on a contact's page and on their company's: when, what
// kind, in which program, and what the touch carried.

import { Text } from "@mantine/core";
import { describeTouchProperties } from "#domain/logged-touches";
import type { Schema } from "../../api/contract.ts";
import { formatDateTime, truncate } from "../../shared/format.ts";
import type { Column } from "../../shared/RecordTable.tsx";
import { useKindLabel } from "../../shared/reference-data.ts";

export type TimelineEntry = Schema<"TimelineEntry">;

export function useTouchColumns() {
  const kindLabel = useKindLabel();
  return {
    time: { header: "Time", cell: (e) => formatDateTime(e.occurredAt), nowrap: true },
    kind: { header: "Touchpoint", cell: (e) => kindLabel(e.kind) },
    program: { header: "Program", cell: (e) => e.programName ?? "" },
    details: {
      header: "Details",
      cell: (e) => (
        <Text size="xs" c="dimmed" data-testid="timeline-details">
          {truncate(describeTouchProperties(e.properties).join(" · "), 140)}
        </Text>
      ),
    },
  } satisfies Record<string, Column<TimelineEntry>>;
}
