// The contact page's "Sequences" panel: the playbooks and sequences this contact runs or ran, and
// a button to enrol it in a one-to-one sequence (with the sales guard's dialog).

import { Anchor, Badge, Button, Center, Group, Loader, Paper, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime } from "../../shared/format.ts";
import { TemperatureBadge } from "../../shared/TemperatureBadge.tsx";
import { useSession } from "../auth/session.ts";
import { EnrolDialog } from "./EnrolDialog.tsx";
import { EnrolmentEventsDrawer } from "./EnrolmentEventsDrawer.tsx";
import { channelLabel, EXIT_REASON_LABELS, STATUS_COLORS } from "./playbook-format.ts";
import { useEnrolments, useExitEnrolment } from "./playbook-queries.ts";

type Enrolment = Schema<"Enrolment">;

export function ContactEnrolments({ contactId }: { contactId: string }) {
  const role = useSession().data?.user.role;
  // Playbooks are the workspace's own: partner users do not see them (the API says 403).
  if (!role || role === "partner") return null;
  return <Panel contactId={contactId} />;
}

function Panel({ contactId }: { contactId: string }) {
  const enrolments = useEnrolments({ contactId }, { refetch: false });
  const exit = useExitEnrolment();
  const [enrolling, setEnrolling] = useState(false);
  const [viewing, setViewing] = useState<Enrolment | null>(null);
  const rows = enrolments.data?.pages.flatMap((p) => p.data) ?? [];

  return (
    <Paper withBorder p="md" radius="md" data-testid="contact-enrolments">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Sequences</Title>
        <Button size="xs" variant="light" onClick={() => setEnrolling(true)} data-testid="contact-enrol">
          Enrol in sequence
        </Button>
      </Group>
      {enrolments.error && <ErrorAlert error={enrolments.error} title="Could not load the sequences" />}
      {exit.error && <ErrorAlert error={exit.error} title="Could not take the contact out" />}
      {enrolments.isPending && (
        <Center py="sm">
          <Loader size="sm" />
        </Center>
      )}
      {enrolments.isSuccess && rows.length === 0 && (
        <Text c="dimmed" size="sm">
          Not in any playbook or sequence.
        </Text>
      )}
      {rows.length > 0 && (
        <Table verticalSpacing={6}>
          <Table.Tbody>
            {rows.map((e) => (
              <Table.Tr
                key={e.id}
                data-testid="contact-enrolment-row"
                data-status={e.status}
                data-paused={e.paused?.outcome ?? ""}
              >
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {e.playbookTier ? (
                      <TemperatureBadge temperature={e.playbookTier} size="sm" />
                    ) : (
                      <Badge size="sm" variant="outline">
                        sequence
                      </Badge>
                    )}
                    <Anchor component={Link} to={`/playbooks/${e.playbookId}`} size="sm">
                      {e.playbookName}
                    </Anchor>
                  </Group>
                </Table.Td>
                <Table.Td>
                  {e.paused ? (
                    <Badge
                      color={e.paused.outcome === "skipped" ? "yellow" : "orange"}
                      variant="light"
                      size="sm"
                    >
                      {e.paused.outcome === "skipped" ? "paused" : "waiting"}
                    </Badge>
                  ) : (
                    <Badge color={STATUS_COLORS[e.status]} variant="light" size="sm">
                      {e.status}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {e.paused && (
                    <Text size="sm" data-testid="enrolment-paused-why">
                      {e.paused.why}
                    </Text>
                  )}
                  <Text size="sm" c={e.paused ? "dimmed" : undefined}>
                    {e.status === "active"
                      ? e.nextStep
                        ? `Next: ${channelLabel(e.nextStep.channel)}, ${formatDateTime(e.nextRunAt)}`
                        : "Finishing"
                      : e.exitReason
                        ? (EXIT_REASON_LABELS[e.exitReason] ?? e.exitReason)
                        : `Ended ${formatDateTime(e.endedAt)}`}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  <Button size="xs" variant="subtle" onClick={() => setViewing(e)}>
                    Events
                  </Button>
                  {e.status === "active" && (
                    <Button size="xs" variant="subtle" color="red" onClick={() => exit.mutate(e.id)}>
                      Take out
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <EnrolDialog contactId={contactId} opened={enrolling} onClose={() => setEnrolling(false)} />
      <EnrolmentEventsDrawer
        enrolmentId={viewing?.id ?? null}
        title={viewing ? viewing.playbookName : ""}
        onClose={() => setViewing(null)}
      />
    </Paper>
  );
}
