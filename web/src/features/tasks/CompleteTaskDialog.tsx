// Mark a task done with a note on how it went; the server logs the matching sales touchpoint.

import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { type Task, useCompleteTask } from "./task-queries.ts";

export function CompleteTaskDialog({ task, onClose }: { task: Task | null; onClose: () => void }) {
  return (
    <Modal opened={task !== null} onClose={onClose} title="Mark the task as done" centered>
      {task && <CompleteTaskForm key={task.id} task={task} onDone={onClose} />}
    </Modal>
  );
}

function CompleteTaskForm({ task, onDone }: { task: Task; onDone: () => void }) {
  const complete = useCompleteTask();
  const [outcome, setOutcome] = useState("");

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    complete.mutate(
      { task, outcome: outcome.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: "green", title: "Task done", message: task.title });
          onDone();
        },
      },
    );
  };

  return (
    <Stack component="form" gap="sm" onSubmit={onSubmit}>
      <Text size="sm">
        {task.title}
        {task.contactName ? ` — ${task.contactName}` : ""}
      </Text>
      {complete.error && <ErrorAlert error={complete.error} title="Not marked as done" />}
      <Textarea
        label="Outcome"
        description="What happened? It is logged on the contact's timeline."
        autosize
        minRows={2}
        maxLength={2000}
        value={outcome}
        onChange={(event) => setOutcome(event.currentTarget.value)}
        data-testid="complete-outcome"
        data-autofocus
      />
      <Group justify="flex-end" mt="xs">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" color="green" loading={complete.isPending} data-testid="complete-confirm">
          Done
        </Button>
      </Group>
    </Stack>
  );
}
