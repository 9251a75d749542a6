// The one-time invitation link, shown once with a copy button. Baton keeps only its hash.

import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from "@mantine/core";
import { formatDate } from "../../shared/format.ts";

export function InvitationLink({
  name,
  link,
  expiresAt,
  emailedTo,
  emailProblem,
}: {
  name: string;
  link: string;
  expiresAt: string;
  emailedTo: string | null;
  emailProblem: string | null;
}) {
  return (
    <Stack gap="sm" data-testid="invitation-link-panel">
      {emailedTo ? (
        <Alert color="green" variant="light" data-testid="invitation-emailed">
          Emailed to {emailedTo}. The link works once, until {formatDate(expiresAt)}; here it is too, in case
          the email does not arrive.
        </Alert>
      ) : (
        <Text size="sm">
          Send this link to {name}. It works once, until {formatDate(expiresAt)}, and lets them choose a
          password.
        </Text>
      )}
      {emailProblem && (
        <Alert color="orange" variant="light" data-testid="invitation-email-problem">
          The invitation email did not go out ({emailProblem}): pass the link on yourself.
        </Alert>
      )}
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <TextInput
          label="Invitation link"
          value={link}
          readOnly
          style={{ flex: 1 }}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="invitation-link"
        />
        <CopyButton value={link}>
          {({ copied, copy }) => (
            <Button
              variant="light"
              color={copied ? "teal" : undefined}
              onClick={copy}
              data-testid="invitation-copy"
            >
              {copied ? "Copied" : "Copy"}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Alert color="gray" variant="light">
        {emailedTo || emailProblem
          ? "The link is not shown again"
          : "With no outgoing mail server set up (Settings › Email), Baton does not email invitations: pass the link on yourself. It is not shown again"}
        ; if it gets lost, re-send the invitation from the list for a new one.
      </Alert>
    </Stack>
  );
}
