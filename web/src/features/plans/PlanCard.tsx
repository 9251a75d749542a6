// One plan: a line per figure (target, actual, gap, projected, projected gap), money in the
// plan's currency; edit and delete for those who plan.

import { Button, Group, Modal, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { PlanProgressChart } from "./PlanProgressChart.tsx";
import { FIGURE_LABELS, formatFigure } from "./plan-format.ts";
import { type Plan, useDeletePlan } from "./plan-queries.ts";

const COLUMNS = [
  { key: "target", label: "Target", title: "What the plan aims at (— : no target)" },
  { key: "actual", label: "Actual", title: "So far in the period" },
  { key: "gap", label: "Gap", title: "Target − actual: what is left (negative: beyond the target)" },
  { key: "projected", label: "Projected", title: "The actual at this pace, by the period's end" },
  { key: "projectedGap", label: "Projected gap", title: "Target − projected" },
] as const;

export function PlanCard({
  plan,
  scope,
  canEdit,
  onEdit,
}: {
  plan: Plan;
  scope: string;
  canEdit: boolean;
  onEdit: () => void;
}) {
  return (
    <Paper withBorder p="md" radius="md" data-testid="plan-card" data-plan-id={plan.id}>
      <Group justify="space-between" mb="xs">
        <div>
          <Title order={4} data-testid="plan-title">
            {scope}
          </Title>
          <Text size="xs" c="dimmed">
            In {plan.currency}
          </Text>
        </div>
        {canEdit && (
          <Group gap="xs">
            <Button size="xs" variant="light" onClick={onEdit} data-testid="plan-edit">
              Edit
            </Button>
            <DeletePlanButton plan={plan} scope={scope} />
          </Group>
        )}
      </Group>
      <PlanProgressChart plan={plan} />
      <Table.ScrollContainer minWidth={600}>
        <Table verticalSpacing={6} data-testid="plan-lines">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Figure</Table.Th>
              {COLUMNS.map((c) => (
                <Table.Th key={c.key} ta="right" title={c.title}>
                  {c.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.lines.map((line) => (
              <Table.Tr key={line.figure} data-testid="plan-line" data-figure={line.figure}>
                <Table.Td>{FIGURE_LABELS[line.figure]}</Table.Td>
                {COLUMNS.map((c) => (
                  <Table.Td key={c.key} ta="right" data-col={c.key}>
                    {formatFigure(line.figure, line[c.key], plan.currency)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function DeletePlanButton({ plan, scope }: { plan: Plan; scope: string }) {
  const [confirming, setConfirming] = useState(false);
  const remove = useDeletePlan();
  const close = () => {
    setConfirming(false);
    remove.reset();
  };
  return (
    <>
      <Button
        size="xs"
        variant="subtle"
        color="red"
        onClick={() => setConfirming(true)}
        data-testid="plan-delete"
      >
        Delete
      </Button>
      <Modal opened={confirming} onClose={close} title="Delete this plan?" centered>
        <Stack>
          <Text size="sm">
            The plan for {scope.toLowerCase().startsWith("whole") ? "the whole workspace" : scope} goes, with
            its targets. The actuals stay: they are counted from the workspace, not stored in the plan.
          </Text>
          {remove.error && <ErrorAlert error={remove.error} title="Plan not deleted" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              data-testid="plan-delete-confirm"
              onClick={() =>
                remove.mutate(plan.id, {
                  onSuccess: () => {
                    notifications.show({ color: "green", title: "Plan deleted", message: scope });
                    close();
                  },
                })
              }
            >
              Delete plan
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
