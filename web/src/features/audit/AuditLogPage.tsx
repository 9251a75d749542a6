// Settings → Audit log (admins): who did what — users, keys, settings, deletions and erasures,
// exports — newest first, filtered by action, person and days. The log cannot be edited.

import {
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, type AuditAction } from "#domain/audit";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime } from "../../shared/format.ts";
import { useSession } from "../auth/session.ts";
import { useUserList } from "../users/user-queries.ts";
import { type AuditEvent, type AuditFilters, useAuditEvents } from "./audit-queries.ts";

const VIA_LABELS: Record<AuditEvent["actor"]["via"], string> = {
  session: "web app",
  api_key: "API key",
  cli: "command line",
  system: "Baton",
};

function who(event: AuditEvent): string {
  if (event.actor.via === "cli") return "Operator (command line)";
  if (event.actor.via === "system") return "Baton";
  return event.actor.name ?? "Unknown user";
}

export default function AuditLogPage() {
  const session = useSession();
  const isAdmin = session.data?.user.role === "admin";
  const [filters, setFilters] = useState<AuditFilters>({});
  const events = useAuditEvents(filters, isAdmin);
  const users = useUserList(isAdmin);

  if (session.data && !isAdmin)
    return (
      <Alert color="gray" title="Audit log" data-testid="audit-admins-only">
        Only admins read the audit log. Ask an admin of your workspace if you need to know who changed
        something.
      </Alert>
    );

  const rows = events.data?.pages.flatMap((p) => p.data) ?? [];
  const set = (change: Partial<AuditFilters>) => setFilters((f) => ({ ...f, ...change }));
  return (
    <Stack gap="md" maw={1200}>
      <div>
        <Title order={2}>Audit log</Title>
        <Text c="dimmed" size="sm">
          Every change to users, roles and API keys, deletions and erasures of contacts, settings changes and
          exports, newest first. Entries cannot be changed or removed.
        </Text>
      </div>
      <Group align="flex-end" gap="sm" data-testid="audit-filters">
        <Select
          label="Action"
          placeholder="Any action"
          clearable
          w={240}
          data={AUDIT_ACTIONS.map((a) => ({ value: a, label: AUDIT_ACTION_LABELS[a] }))}
          value={filters.action ?? null}
          onChange={(v) => set({ action: v ?? undefined })}
          data-testid="audit-filter-action"
        />
        <Select
          label="Who"
          placeholder="Anyone"
          clearable
          searchable
          w={220}
          data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          value={filters.actorUserId ?? null}
          onChange={(v) => set({ actorUserId: v ?? undefined })}
        />
        <TextInput
          label="From"
          type="date"
          value={filters.fromDay ?? ""}
          onChange={(e) => set({ fromDay: e.currentTarget.value || undefined })}
        />
        <TextInput
          label="To"
          type="date"
          value={filters.toDay ?? ""}
          onChange={(e) => set({ toDay: e.currentTarget.value || undefined })}
        />
      </Group>
      {events.error && <ErrorAlert error={events.error} title="Could not load the audit log" />}
      <Paper withBorder radius="md" p="md">
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing={8} data-testid="audit-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Who</Table.Th>
                <Table.Th>What</Table.Th>
                <Table.Th>Target</Table.Th>
                <Table.Th>Summary</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((e) => (
                <Table.Tr key={e.id} data-testid="audit-row" data-action={e.action}>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(e.at)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{who(e)}</Text>
                    <Text size="xs" c="dimmed">
                      via {VIA_LABELS[e.actor.via]}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={e.action.startsWith("contact.") ? "red" : "blue"}>
                      {AUDIT_ACTION_LABELS[e.action as AuditAction]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: "break-all" }}>
                      {e.targetType}
                      {e.targetId ? ` ${e.targetId}` : ""}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" data-testid="audit-summary">
                      {e.summary}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {events.isPending && (
          <Center py="md">
            <Loader size="sm" />
          </Center>
        )}
        {!events.isPending && rows.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" py="md" data-testid="audit-empty">
            Nothing recorded
            {filters.action || filters.actorUserId || filters.fromDay || filters.toDay
              ? " matches these filters"
              : " yet"}
            .
          </Text>
        )}
        {events.hasNextPage && (
          <Center pt="md">
            <Button
              variant="default"
              onClick={() => events.fetchNextPage()}
              loading={events.isFetchingNextPage}
              data-testid="audit-more"
            >
              Show older entries
            </Button>
          </Center>
        )}
      </Paper>
    </Stack>
  );
}
