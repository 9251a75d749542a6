// The invitee's page, outside the signed-in frame: the link's token names the invitation; they
// choose a password and land logged in. A link that does not work gets one plain message.

import { Alert, Button, Center, Loader, Paper, PasswordInput, Stack, Text, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { passwordProblem } from "#domain/users";
import { ApiError } from "../../api/client.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { fieldErrorsFrom } from "../../shared/field-errors.ts";
import { useAcceptInvitation, useInvitation } from "./user-queries.ts";

export default function AcceptInvitationPage() {
  const { token = "" } = useParams();
  const invitation = useInvitation(token);
  return (
    <Center mih="100dvh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={420}>
        {invitation.isPending ? (
          <Center py="md">
            <Loader />
          </Center>
        ) : invitation.data ? (
          <ChoosePassword token={token} {...invitation.data} />
        ) : (
          <Stack data-testid="invitation-invalid">
            <Title order={2}>Invitation</Title>
            {invitation.error instanceof ApiError && invitation.error.status === 404 ? (
              <Text>{invitation.error.message}</Text>
            ) : (
              <ErrorAlert error={invitation.error} title="Could not reach the Baton server" />
            )}
            <Button component={Link} to="/login" variant="default">
              Go to sign in
            </Button>
          </Stack>
        )}
      </Paper>
    </Center>
  );
}

function ChoosePassword({
  token,
  name,
  email,
  workspace,
}: {
  token: string;
  name: string;
  email: string;
  workspace: { name: string };
}) {
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  const { rest } = fieldErrorsFrom(accept.error, { password: "password" as const });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problem = passwordProblem(password);
    const found = problem
      ? { password: problem }
      : repeat !== password
        ? { repeat: "The two passwords differ" }
        : {};
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    accept.mutate(
      { token, password },
      {
        onSuccess: () => navigate("/", { replace: true }),
        onError: (error) => setErrors(fieldErrorsFrom(error, { password: "password" as const }).fields),
      },
    );
  };

  return (
    <Stack component="form" onSubmit={onSubmit}>
      <Title order={2}>Welcome to {workspace.name}</Title>
      <Text size="sm">
        {name}, choose a password for <b>{email}</b>. You will use it with this email to sign in to Baton.
      </Text>
      {rest && (
        <Alert color="red" role="alert" data-testid="invitation-error">
          {accept.error?.message}
        </Alert>
      )}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <PasswordInput
        label="Password"
        description="At least 8 characters"
        autoComplete="new-password"
        value={password}
        error={errors.password}
        onChange={(e) => setPassword(e.currentTarget.value)}
        data-autofocus
        data-testid="invitation-password"
      />
      <PasswordInput
        label="Password again"
        autoComplete="new-password"
        value={repeat}
        error={errors.repeat}
        onChange={(e) => setRepeat(e.currentTarget.value)}
        data-testid="invitation-repeat"
      />
      <Button type="submit" loading={accept.isPending} data-testid="invitation-submit">
        Set password and sign in
      </Button>
    </Stack>
  );
}
