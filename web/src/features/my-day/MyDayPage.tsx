// My day: what a rep must do now — overdue tasks, today's tasks, and hot leads about to cool
// with no next step planned.

import { Anchor, Badge, Button, Center, Loader, Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useState } from "react";
import { Link } from "react-router";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime, relativeTime } from "../../shared/format.ts";
import { useKindLabel } from "../../shared/reference-data.ts";
import { CompleteTaskDialog } from "../tasks/CompleteTaskDialog.tsx";
import { NewTaskDialog } from "../tasks/NewTaskDialog.tsx";
import { type HotLead, type Task, useMyDay } from "../tasks/task-queries.ts";

export default function MyDayPage() {
  const day = useMyDay();
  const [completing, setCompleting] = useState<Task | null>(null);
  const [planning, setPlanning] = useState<HotLead | null>(null);
  const hot = day.data?.hotWithoutNextStep ?? [];
  const cooling = hot.filter((lead) => lead.coolingSoon);
  const stillHot = hot.filter((lead) => !lead.coolingSoon);

  return (
    <Stack gap="md" maw={1100}>
      <Title order={2}>My day</Title>
      {day.error && <ErrorAlert error={day.error} title="Could not load your day" />}
      {day.isPending && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {day.data && (
        <>
          <Section
            title="Overdue"
            count={day.data.overdueCount}
            color="red"
            testId="my-day-overdue"
            empty="Nothing overdue."
          >
            <TaskTable tasks={day.data.overdue} onDone={setCompleting} />
          </Section>
          <Section
            title="Due today"
            count={day.data.todayCount}
            color="indigo"
            testId="my-day-today"
            empty="Nothing else due today."
          >
            <TaskTable tasks={day.data.today} onDone={setCompleting} />
          </Section>
          <Section
            title="Cooling soon"
            count={cooling.length}
            color="red"
            testId="my-day-cooling"
            empty="No hot lead of yours turns warm in the next two business days without a next step."
          >
            <Text size="sm" c="dimmed" mb="xs" data-testid="my-day-cooling-by">
              Hot leads of yours that turn warm by {formatDateTime(day.data.coolingBy)} — within two business
              days — with nothing planned.
            </Text>
            {cooling.length > 0 && <HotLeadTable leads={cooling} onPlan={setPlanning} />}
          </Section>
          <Section
            title="Hot leads without a next step"
            count={stillHot.length}
            color="orange"
            testId="my-day-hot"
            empty="Every other hot lead of yours has a next step."
          >
            <HotLeadTable leads={stillHot} onPlan={setPlanning} />
          </Section>
        </>
      )}
      <CompleteTaskDialog task={completing} onClose={() => setCompleting(null)} />
      <NewTaskDialog
        opened={planning !== null}
        onClose={() => setPlanning(null)}
        contactId={planning?.contactId ?? ""}
        contactName={planning?.name}
      />
    </Stack>
  );
}

function Section(props: {
  title: string;
  count: number;
  color: string;
  testId: string;
  empty: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={props.testId}>
      <Title order={4} mb="sm">
        {props.title}{" "}
        <Badge color={props.color} variant="light" data-testid={`${props.testId}-count`}>
          {props.count}
        </Badge>
      </Title>
      {props.count === 0 ? (
        <Text c="dimmed" size="sm">
          {props.empty}
        </Text>
      ) : (
        props.children
      )}
    </Paper>
  );
}

function TaskTable({ tasks, onDone }: { tasks: Task[]; onDone: (task: Task) => void }) {
  const kindLabel = useKindLabel();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing={6} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Contact</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Task</Table.Th>
            <Table.Th>Due</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((task) => (
            <Table.Tr key={task.id} data-testid="task-row" data-task-id={task.id}>
              <Table.Td>
                <Anchor component={Link} to={`/contacts/${encodeURIComponent(task.contactId)}`}>
                  {task.contactName ?? "Contact"}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color="violet">
                  {kindLabel(task.kind)}
                </Badge>
              </Table.Td>
              <Table.Td>{task.title}</Table.Td>
              <Table.Td style={{ whiteSpace: "nowrap" }} title={relativeTime(task.dueAt)}>
                {formatDateTime(task.dueAt)}
              </Table.Td>
              <Table.Td ta="right">
                <Button size="xs" variant="default" onClick={() => onDone(task)} data-testid="task-done">
                  Done
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function HotLeadTable({ leads, onPlan }: { leads: HotLead[]; onPlan: (lead: HotLead) => void }) {
  return (
    <Table verticalSpacing={6} highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Contact</Table.Th>
          <Table.Th>Stays hot until</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {leads.map((lead) => (
          <Table.Tr key={lead.contactId} data-testid="hot-lead-row" data-contact-id={lead.contactId}>
            <Table.Td>
              <Anchor component={Link} to={`/contacts/${encodeURIComponent(lead.contactId)}`}>
                {lead.name}
              </Anchor>
            </Table.Td>
            <Table.Td>
              {formatDateTime(lead.hotUntil)}{" "}
              <Text span c="dimmed" size="sm">
                (cools {relativeTime(lead.hotUntil)})
              </Text>
            </Table.Td>
            <Table.Td ta="right">
              <Button size="xs" variant="light" onClick={() => onPlan(lead)} data-testid="plan-next-step">
                Plan next step
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
