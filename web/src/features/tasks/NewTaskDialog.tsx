// Plan a next step with a contact: a call, a meeting, a proposal… due at a chosen moment.

import { Button, Group, Modal, NativeSelect, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { TASK_KINDS } from "#domain/tasks";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { fromLocalInputValue, toLocalInputValue } from "../../shared/format.ts";
import { useKindLabel } from "../../shared/reference-data.ts";
import { type NewTaskBody, useCreateTask } from "./task-queries.ts";

export interface NewTaskDialogProps {
  opened: boolean;
  onClose: () => void;
  contactId: string;
  dealId?: string;
  /** Shown in the title ("Plan a next step with …"). */
  contactName?: string;
}

/** Tomorrow at 09:00 local time: a sensible default for a next step. */
function defaultDue(): string {
  const due = new Date();
  due.setDate(due.getDate() + 1);
  due.setHours(9, 0, 0, 0);
  return toLocalInputValue(due.toISOString());
}

export function NewTaskDialog({ opened, onClose, contactId, dealId, contactName }: NewTaskDialogProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={contactName ? `Plan a next step with ${contactName}` : "New task"}
      centered
    >
      {/* Mounted only while open, so every opening starts from a fresh form. */}
      {opened && <NewTaskForm contactId={contactId} dealId={dealId} onDone={onClose} />}
    </Modal>
  );
}

function NewTaskForm({
  contactId,
  dealId,
  onDone,
}: {
  contactId: string;
  dealId?: string;
  onDone: () => void;
}) {
  const kindLabel = useKindLabel();
  const create = useCreateTask();
  const [kind, setKind] = useState<NewTaskBody["kind"]>("call");
  const [title, setTitle] = useState("");
  const [due, setDue] = useState(defaultDue);
  const dueAt = fromLocalInputValue(due);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!dueAt || !title.trim()) return;
    create.mutate(
      { contactId, ...(dealId ? { dealId } : {}), kind, title: title.trim(), dueAt },
      {
        onSuccess: (task) => {
          notifications.show({ color: "green", title: "Task planned", message: task.title });
          onDone();
        },
      },
    );
  };

  return (
    <Stack component="form" gap="sm" onSubmit={onSubmit}>
      {create.error && <ErrorAlert error={create.error} title="Task not saved" />}
      <NativeSelect
        label="Kind"
        data={TASK_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
        value={kind}
        onChange={(event) => setKind(event.currentTarget.value as NewTaskBody["kind"])}
        data-testid="new-task-kind"
      />
      <TextInput
        label="Title"
        required
        maxLength={300}
        placeholder="e.g. Call to agree the pilot scope"
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        data-testid="new-task-title"
        data-autofocus
      />
      <TextInput
        label="Due"
        type="datetime-local"
        required
        value={due}
        onChange={(event) => setDue(event.currentTarget.value)}
        error={due && !dueAt ? "Not a valid date and time" : undefined}
        data-testid="new-task-due"
      />
      <Group justify="flex-end" mt="xs">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          type="submit"
          loading={create.isPending}
          disabled={!title.trim() || !dueAt}
          data-testid="new-task-save"
        >
          Plan task
        </Button>
      </Group>
    </Stack>
  );
}
