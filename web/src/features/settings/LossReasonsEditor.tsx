// The workspace's loss reasons: add one, delete one no deal uses (the server says when deals do).

import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useCreateLossReason, useDeleteLossReason } from "./pipeline-settings-queries.ts";

type LossReason = Schema<"LossReason">;

export function LossReasonsEditor({ reasons, disabled }: { reasons: LossReason[]; disabled?: boolean }) {
  const create = useCreateLossReason();
  const remove = useDeleteLossReason();
  const [label, setLabel] = useState("");

  const onAdd = (event: FormEvent) => {
    event.preventDefault();
    if (!label.trim()) return;
    remove.reset();
    create.mutate(label.trim(), { onSuccess: () => setLabel("") });
  };
  const onDelete = (reason: LossReason) => {
    create.reset();
    remove.mutate(reason);
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="loss-reasons">
      <Title order={4} mb={4}>
        Loss reasons
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Losing a deal asks for one of these. A reason that deals were lost for cannot be deleted.
      </Text>
      {create.error && <ErrorAlert error={create.error} title="Loss reason not added" />}
      {remove.error && <ErrorAlert error={remove.error} title="Loss reason not deleted" />}
      <Stack gap={4} my="sm">
        {reasons.map((reason) => (
          <Group key={reason.id} gap="xs" data-testid="loss-reason-row">
            <ActionIcon
              size="sm"
              variant="subtle"
              color="red"
              aria-label={`Delete loss reason ${reason.label}`}
              disabled={disabled}
              loading={remove.isPending && remove.variables?.id === reason.id}
              onClick={() => onDelete(reason)}
            >
              ×
            </ActionIcon>
            <Text size="sm">{reason.label}</Text>
          </Group>
        ))}
      </Stack>
      <Group component="form" onSubmit={onAdd} align="flex-end" gap="xs">
        <TextInput
          aria-label="New loss reason"
          placeholder="e.g. Went with an in-house build"
          maxLength={100}
          value={label}
          disabled={disabled}
          onChange={(event) => setLabel(event.currentTarget.value)}
          data-testid="loss-reason-new"
        />
        <Button
          type="submit"
          variant="light"
          disabled={disabled || !label.trim()}
          loading={create.isPending}
          data-testid="loss-reason-add"
        >
          Add reason
        </Button>
      </Group>
    </Paper>
  );
}
