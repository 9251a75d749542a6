import { useDraggable } from "@dnd-kit/core";
import { ActionIcon, Anchor, Card, Group, Menu, Text } from "@mantine/core";
import { memo, type ReactNode } from "react";
import { Link } from "react-router";
import type { Schema } from "../../api/contract.ts";
import { formatMoney } from "./money.ts";

type Deal = Schema<"Deal">;
type PipelineStage = Schema<"PipelineStage">;

interface DealCardProps {
  deal: Deal;
  stages: readonly PipelineStage[];
  onMove: (deal: Deal, stageKey: string) => void;
}

/** A deal on the pipeline board: draggable by pointer, movable by keyboard through its menu. */
export const DealCard = memo(function DealCard({ deal, stages, onMove }: DealCardProps) {
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: deal.id, data: { deal } });

  return (
    <Card
      ref={setNodeRef}
      {...listeners}
      withBorder
      padding="sm"
      radius="sm"
      style={{ cursor: "grab", touchAction: "none", opacity: isDragging ? 0.4 : 1 }}
      data-testid="deal-card"
      data-deal-id={deal.id}
      data-stage={deal.stage}
    >
      <DealCardBody deal={deal}>
        <Menu position="bottom-end" withinPortal shadow="md">
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={`Move “${deal.name}” to…`}
              title="Move to…"
              data-testid="deal-move-menu"
              // Keep a press on the menu button from starting a drag.
              onPointerDown={(event) => event.stopPropagation()}
            >
              ⋯
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>Move to…</Menu.Label>
            {stages
              .filter((stage) => stage.key !== deal.stage)
              .map((stage) => (
                <Menu.Item
                  key={stage.key}
                  onClick={() => onMove(deal, stage.key)}
                  data-testid={`move-to-${stage.key}`}
                >
                  {stage.name}
                </Menu.Item>
              ))}
          </Menu.Dropdown>
        </Menu>
      </DealCardBody>
    </Card>
  );
});

/** The card's content, shared by the card in its column and the copy that follows the pointer. */
export function DealCardBody({ deal, children }: { deal: Deal; children?: ReactNode }) {
  return (
    <>
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Anchor
          component={Link}
          to={`/deals/${encodeURIComponent(deal.id)}`}
          fw={600}
          size="sm"
          lineClamp={2}
          c="inherit"
          draggable={false}
          data-testid="deal-link"
        >
          {deal.name}
        </Anchor>
        {children}
      </Group>
      {deal.contactId ? (
        <Anchor
          component={Link}
          to={`/contacts/${encodeURIComponent(deal.contactId)}`}
          size="xs"
          truncate="end"
          draggable={false}
        >
          {deal.contactName ?? "Contact"}
        </Anchor>
      ) : (
        <Text size="xs" c="dimmed" truncate="end">
          {deal.contactName}
        </Text>
      )}
      <Group justify="space-between" mt={6} gap="xs" wrap="nowrap">
        <Text size="xs" c="dimmed" truncate="end">
          {deal.ownerName ?? "Unassigned"}
        </Text>
        <Text size="sm" fw={600} style={{ whiteSpace: "nowrap" }} data-testid="deal-amount">
          {formatMoney(deal.amountMinor, deal.currency)}
        </Text>
      </Group>
    </>
  );
}
