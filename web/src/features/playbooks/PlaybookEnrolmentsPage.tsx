// /playbooks/:id: one playbook's enrolments — who runs it, where each contact is, when its next
// step runs, why it ended — with each enrolment's events, and the ad audience to download.

import {
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { Link, useParams } from "react-router";
import type { Schema } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime } from "../../shared/format.ts";
import { TemperatureBadge } from "../../shared/TemperatureBadge.tsx";
import { useSession } from "../auth/session.ts";
import { EnrolmentEventsDrawer } from "./EnrolmentEventsDrawer.tsx";
import { mayEdit } from "./PlaybooksPage.tsx";
import { channelLabel, EXIT_REASON_LABELS, formatDelay, STATUS_COLORS } from "./playbook-format.ts";
import { useEnrolments, useExitEnrolment, usePlaybook } from "./playbook-queries.ts";

type Enrolment = Schema<"Enrolment">;
type EnrolmentStatus = Schema<"Enrolment">["status"];

export default function PlaybookEnrolmentsPage() {
  const { id = "" } = useParams();
  const role = useSession().data?.user.role;
  const playbook = usePlaybook(id);
  const [status, setStatus] = useState<EnrolmentStatus | "all">("active");
  const enrolments = useEnrolments({ playbookId: id, status: status === "all" ? null : status });
  const exit = useExitEnrolment();
  const [viewing, setViewing] = useState<Enrolment | null>(null);
  const rows = enrolments.data?.pages.flatMap((p) => p.data) ?? [];
  const p = playbook.data;
  const hasAudience = p?.steps.some((s) => s.channel === "ad_audience_export");

  return (
    <Stack gap="md" maw={1200}>
      <Anchor component={Link} to="/playbooks" size="sm">
        ← Playbooks
      </Anchor>
      {playbook.error && <ErrorAlert error={playbook.error} title="Could not load the playbook" />}
      {p && (
        <Paper withBorder p="md" radius="md">
          <Group justify="space-between" align="flex-start">
            <Stack gap={4}>
              <Group gap="xs">
                <Title order={2} data-testid="playbook-title">
                  {p.name}
                </Title>
                {p.tier ? (
                  <TemperatureBadge temperature={p.tier} />
                ) : (
                  <Badge variant="outline">sequence</Badge>
                )}
                {!p.active && <Badge color="gray">inactive</Badge>}
              </Group>
              {p.steps.map((s, i) => (
                <Text key={s.id} size="sm">
                  {i + 1}. {channelLabel(s.channel)} {formatDelay(s.delayMinutes)}
                  {s.templateName ? ` — ${s.templateName}` : s.taskTitle ? ` — ${s.taskTitle}` : ""}
                </Text>
              ))}
            </Stack>
            <Group gap="xs">
              {hasAudience && (
                <Button
                  component="a"
                  href={`/api/v1/playbooks/${encodeURIComponent(p.id)}/audience.csv`}
                  variant="light"
                  size="xs"
                >
                  Download ad audience (CSV)
                </Button>
              )}
              {mayEdit(role, p) && (
                <Button component={Link} to={`/playbooks/${p.id}/edit`} variant="default" size="xs">
                  Edit
                </Button>
              )}
            </Group>
          </Group>
        </Paper>
      )}
      <Group justify="space-between">
        <Title order={3}>Enrolments</Title>
        <SegmentedControl
          value={status}
          onChange={(v) => setStatus(v as EnrolmentStatus | "all")}
          data={[
            { value: "active", label: "Running" },
            { value: "completed", label: "Completed" },
            { value: "exited", label: "Exited" },
            { value: "all", label: "All" },
          ]}
          data-testid="enrolment-status-filter"
        />
      </Group>
      {enrolments.error && <ErrorAlert error={enrolments.error} title="Could not load the enrolments" />}
      {exit.error && <ErrorAlert error={exit.error} title="Could not take the contact out" />}
      {enrolments.isPending && (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      )}
      {enrolments.isSuccess && rows.length === 0 && (
        <Text c="dimmed" size="sm" data-testid="enrolments-empty">
          No enrolments here.
        </Text>
      )}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing={6} data-testid="enrolments-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Contact</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Next step</Table.Th>
                <Table.Th>Next run</Table.Th>
                <Table.Th>Enrolled</Table.Th>
                <Table.Th>Ended</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((e) => (
                <Table.Tr key={e.id} data-testid="enrolment-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/contacts/${e.contactId}`} size="sm">
                      {e.contactName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {e.contactStage}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLORS[e.status]} variant="light">
                      {e.status}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {e.nextStep ? `${e.nextStep.position + 1}. ${channelLabel(e.nextStep.channel)}` : "—"}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(e.nextRunAt)}</Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(e.enrolledAt)}</Table.Td>
                  <Table.Td>
                    {e.endedAt ? `${formatDateTime(e.endedAt)}` : "—"}
                    {e.exitReason && (
                      <Text size="xs" c="dimmed">
                        {EXIT_REASON_LABELS[e.exitReason] ?? e.exitReason}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => setViewing(e)}
                      data-testid="enrolment-events-open"
                    >
                      Events
                    </Button>
                    {e.status === "active" && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        loading={exit.isPending && exit.variables === e.id}
                        onClick={() => exit.mutate(e.id)}
                      >
                        Take out
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {enrolments.hasNextPage && (
        <Group>
          <Button
            variant="default"
            onClick={() => enrolments.fetchNextPage()}
            loading={enrolments.isFetchingNextPage}
          >
            More
          </Button>
        </Group>
      )}
      <EnrolmentEventsDrawer
        enrolmentId={viewing?.id ?? null}
        title={viewing ? `${viewing.contactName} in ${viewing.playbookName}` : ""}
        onClose={() => setViewing(null)}
      />
    </Stack>
  );
}
