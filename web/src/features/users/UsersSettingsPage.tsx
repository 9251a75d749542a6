// Settings → Users (admins): who works here, their role and status, the last login; invite,
// change a role, deactivate or reactivate, re-send an invitation; and everyone's API keys.

import { Alert, Badge, Button, Center, Group, Loader, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDate, formatDateTime } from "../../shared/format.ts";
import { useSession } from "../auth/session.ts";
import { ApiKeysPanel } from "./ApiKeysPanel.tsx";
import { EditUserModal } from "./EditUserModal.tsx";
import { InviteUserModal } from "./InviteUserModal.tsx";
import { ROLE_LABELS, STATUS_COLORS, STATUS_LABELS } from "./role-labels.ts";
import { ActiveConfirmModal, ResendInvitationModal } from "./UserActionModals.tsx";
import { type User, useUserList } from "./user-queries.ts";

export default function UsersSettingsPage() {
  const session = useSession();
  const isAdmin = session.data?.user.role === "admin";
  const users = useUserList(isAdmin);
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [toggling, setToggling] = useState<User | null>(null);
  const [resending, setResending] = useState<User | null>(null);

  if (session.data && !isAdmin)
    return (
      <Alert color="gray" title="Users" data-testid="users-admins-only">
        Only admins manage users. Ask an admin of your workspace to invite someone or change a role.
      </Alert>
    );

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Users</Title>
          <Text c="dimmed" size="sm">
            Invite people with a one-time link, change their role, and deactivate those who leave: they are
            logged out at once and their API keys stop working.
          </Text>
        </div>
        <Button onClick={() => setInviting(true)} data-testid="user-invite">
          Invite user
        </Button>
      </Group>
      {users.error && <ErrorAlert error={users.error} title="Could not load the users" />}
      <Paper withBorder radius="md" p="md">
        <Table.ScrollContainer minWidth={760}>
          <Table highlightOnHover verticalSpacing={8} data-testid="users-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Last login</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(users.data ?? []).map((user) => (
                <Table.Tr key={user.id} data-testid="user-row" data-email={user.email}>
                  <Table.Td>
                    <Text fw={600} size="sm" data-testid="user-name">
                      {user.name}
                      {user.id === session.data?.user.id && (
                        <Text span c="dimmed" fw={400}>
                          {" "}
                          (you)
                        </Text>
                      )}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {user.email}
                    </Text>
                  </Table.Td>
                  <Table.Td data-testid="user-role">{ROLE_LABELS[user.role]}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLORS[user.status]} data-testid="user-status">
                      {STATUS_LABELS[user.status]}
                    </Badge>
                    {user.status === "invited" && user.invitationExpiresAt && (
                      <Text size="xs" c="dimmed">
                        {new Date(user.invitationExpiresAt).getTime() > Date.now()
                          ? `Link works until ${formatDate(user.invitationExpiresAt)}`
                          : "Link expired"}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "Never"}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} justify="flex-end" wrap="nowrap">
                      {user.status === "invited" && (
                        <Button size="compact-sm" variant="default" onClick={() => setResending(user)}>
                          Re-send link
                        </Button>
                      )}
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => setEditing(user)}
                        data-testid="user-edit"
                      >
                        Edit
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="light"
                        color={user.status === "deactivated" ? undefined : "red"}
                        onClick={() => setToggling(user)}
                        data-testid={user.status === "deactivated" ? "user-reactivate" : "user-deactivate"}
                      >
                        {user.status === "deactivated" ? "Reactivate" : "Deactivate"}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {users.isPending && isAdmin && (
          <Center py="md">
            <Loader size="sm" />
          </Center>
        )}
      </Paper>
      {isAdmin && <ApiKeysPanel everyone />}
      <InviteUserModal opened={inviting} onClose={() => setInviting(false)} />
      <EditUserModal user={editing} onClose={() => setEditing(null)} />
      <ActiveConfirmModal user={toggling} onClose={() => setToggling(null)} />
      <ResendInvitationModal user={resending} onClose={() => setResending(null)} />
    </Stack>
  );
}
