// A contact's next steps: open tasks with Done buttons, a New task button, and what was done lately.

import { Badge, Button, Center, Group, Loader, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime } from "../../shared/format.ts";
import { useKindLabel } from "../../shared/reference-data.ts";
import { useSession } from "../auth/session.ts";
import { CompleteTaskDialog } from "./CompleteTaskDialog.tsx";
import { NewTaskDialog } from "./NewTaskDialog.tsx";
import { type Task, useContactTasks } from "./task-queries.ts";

const RECENT_SHOWN = 5;

export function ContactTasks({ contactId }: { contactId: string }) {
  const role = useSession().data?.user.role;
  // Tasks are the workspace's own sales work: partner users do not see them (the API says 403).
  if (!role || role === "partner") return null;
  return <ContactTaskPanel contactId={contactId} />;
}

function ContactTaskPanel({ contactId }: { contactId: string }) {
  const tasks = useContactTasks(contactId);
  const kindLabel = useKindLabel();
  const [planning, setPlanning] = useState(false);
  const [completing, setCompleting] = useState<Task | null>(null);
  const now = Date.now();
  const open = tasks.data?.open ?? [];
  const recent = (tasks.data?.completed ?? []).slice(0, RECENT_SHOWN);

  return (
    <Paper withBorder p="md" radius="md" data-testid="contact-tasks">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Tasks</Title>
        <Button size="xs" variant="light" onClick={() => setPlanning(true)} data-testid="contact-new-task">
          New task
        </Button>
      </Group>
      {tasks.error && <ErrorAlert error={tasks.error} title="Could not load the tasks" />}
      {tasks.isPending && (
        <Center py="sm">
          <Loader size="sm" />
        </Center>
      )}
      {tasks.isSuccess && open.length === 0 && (
        <Text c="dimmed" size="sm">
          No open tasks: plan the next step.
        </Text>
      )}
      {open.length > 0 && (
        <Table verticalSpacing={6}>
          <Table.Tbody>
            {open.map((task) => (
              <Table.Tr key={task.id} data-testid="contact-task-row" data-task-id={task.id}>
                <Table.Td w={140}>
                  <Badge variant="light" color="violet">
                    {kindLabel(task.kind)}
                  </Badge>
                </Table.Td>
                <Table.Td>{task.title}</Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  <Group gap={6} wrap="nowrap">
                    {formatDateTime(task.dueAt)}
                    {new Date(task.dueAt).getTime() < now && (
                      <Badge size="xs" color="red">
                        overdue
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td w={90} ta="right">
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setCompleting(task)}
                    data-testid="task-done"
                  >
                    Done
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {recent.length > 0 && (
        <Stack gap={4} mt="sm">
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            Recently done
          </Text>
          {recent.map((task) => (
            <Text key={task.id} size="sm" c="dimmed" data-testid="contact-task-done">
              {formatDateTime(task.completedAt)} · {kindLabel(task.kind)} · {task.title}
              {task.outcome ? ` — ${task.outcome}` : ""}
            </Text>
          ))}
        </Stack>
      )}
      <NewTaskDialog opened={planning} onClose={() => setPlanning(false)} contactId={contactId} />
      <CompleteTaskDialog task={completing} onClose={() => setCompleting(null)} />
    </Paper>
  );
}
