// "My account" (from the user's name in the header): who I am, my password, my API keys.

import { Badge, Button, Group, Paper, PasswordInput, Stack, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { passwordProblem } from "#domain/users";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { fieldErrorsFrom } from "../../shared/field-errors.ts";
import { useSession } from "../auth/session.ts";
import { ApiKeysPanel } from "./ApiKeysPanel.tsx";
import { ROLE_LABELS } from "./role-labels.ts";
import { useChangePassword } from "./user-queries.ts";

export default function MyAccountPage() {
  const session = useSession();
  const me = session.data;
  return (
    <Stack gap="md" maw={900}>
      <div>
        <Title order={2}>My account</Title>
        {me && (
          <Group gap="xs" mt={4}>
            <Text size="sm" data-testid="account-identity">
              {me.user.name} · {me.user.email} · {me.workspace.name}
            </Text>
            <Badge variant="light" color="gray">
              {ROLE_LABELS[me.user.role as keyof typeof ROLE_LABELS] ?? me.user.role}
            </Badge>
          </Group>
        )}
      </div>
      <ChangePasswordForm />
      <ApiKeysPanel />
    </Stack>
  );
}

type Field = "currentPassword" | "newPassword" | "repeat";
const FIELDS: Record<string, Field> = { currentPassword: "currentPassword", newPassword: "newPassword" };

function ChangePasswordForm() {
  const [currentPassword, setCurrent] = useState("");
  const [newPassword, setNew] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const change = useChangePassword();
  const { rest } = fieldErrorsFrom(change.error, FIELDS);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (currentPassword === "") found.currentPassword = "Enter your current password";
    const problem = passwordProblem(newPassword);
    if (problem) found.newPassword = problem;
    else if (repeat !== newPassword) found.repeat = "The two new passwords differ";
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          notifications.show({
            color: "green",
            message: "Password changed. You stay logged in here; your other sessions have ended.",
          });
          setCurrent("");
          setNew("");
          setRepeat("");
        },
        onError: (error) => setErrors(fieldErrorsFrom(error, FIELDS).fields),
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="md">
      <Stack component="form" gap="sm" onSubmit={onSubmit} maw={420}>
        <div>
          <Title order={3}>Password</Title>
          <Text size="sm" c="dimmed">
            Changing it logs you out everywhere else.
          </Text>
        </div>
        {rest && <ErrorAlert error={change.error} title="Password not changed" />}
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          value={currentPassword}
          error={errors.currentPassword}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          data-testid="password-current"
        />
        <PasswordInput
          label="New password"
          description="At least 8 characters"
          autoComplete="new-password"
          value={newPassword}
          error={errors.newPassword}
          onChange={(e) => setNew(e.currentTarget.value)}
          data-testid="password-new"
        />
        <PasswordInput
          label="New password again"
          autoComplete="new-password"
          value={repeat}
          error={errors.repeat}
          onChange={(e) => setRepeat(e.currentTarget.value)}
          data-testid="password-repeat"
        />
        <Group>
          <Button type="submit" loading={change.isPending} data-testid="password-save">
            Change password
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
