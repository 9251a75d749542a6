import { useDroppable } from "@dnd-kit/core";
import { Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { Ok, Schema } from "../../api/contract.ts";
import { DealCard } from "./DealCard.tsx";
import { formatTotals } from "./money.ts";

type BoardStage = Ok<"getPipelineBoard">["stages"][number];
type Deal = Schema<"Deal">;
type PipelineStage = Schema<"PipelineStage">;
type StageOutcome = Schema<"PipelineStage">["outcome"];

export const OUTCOME_COLORS: Record<StageOutcome, string> = { open: "indigo", won: "green", lost: "red" };

interface StageColumnProps {
  stage: BoardStage;
  deals: Deal[];
  stages: readonly PipelineStage[];
  onMove: (deal: Deal, stageKey: string) => void;
}

export function StageColumn({ stage, deals, stages, onMove }: StageColumnProps) {
  const { setNodeRef, isOver } = useDroppable({ id: stage.key, data: { stage } });
  const color = OUTCOME_COLORS[stage.outcome];

  return (
    <Paper
      ref={setNodeRef}
      withBorder
      p="sm"
      radius="md"
      w={250}
      miw={250}
      mih="60vh"
      bg={isOver ? `var(--mantine-color-${color}-0)` : "var(--mantine-color-gray-0)"}
      style={{
        flexShrink: 0,
        borderColor: isOver ? `var(--mantine-color-${color}-5)` : undefined,
        transition: "background-color 120ms, border-color 120ms",
      }}
      data-testid={`pipeline-column-${stage.key}`}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Title order={5} c={stage.outcome === "open" ? undefined : color} lineClamp={2}>
          {stage.name}
        </Title>
        <Badge color={color} variant="light" size="lg" style={{ flexShrink: 0 }}>
          <span data-testid={`pipeline-count-${stage.key}`}>{String(stage.count)}</span>
        </Badge>
      </Group>
      <Group justify="space-between" gap="xs" mb="sm" wrap="nowrap">
        <Text size="sm" fw={500} data-testid={`pipeline-total-${stage.key}`}>
          {formatTotals(stage.totals)}
        </Text>
        <Text size="xs" c="dimmed" title="Forecast probability">
          {stage.probability}%
        </Text>
      </Group>
      <Stack gap="xs">
        {deals.map((deal) => (
          <DealCard key={deal.id} deal={deal} stages={stages} onMove={onMove} />
        ))}
        {deals.length === 0 && (
          <Text size="sm" c="dimmed" ta="center" py="md">
            No deals
          </Text>
        )}
        {deals.length > 0 && stage.count > deals.length && (
          <Text size="xs" c="dimmed" ta="center" data-testid={`pipeline-more-${stage.key}`}>
            {stage.outcome === "open" ? "" : "the latest "}
            {deals.length} of {stage.count} shown
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
