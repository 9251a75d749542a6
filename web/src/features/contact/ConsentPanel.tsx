// A contact's marketing consent: where it stands (given, withdrawn, never recorded), its history
// with the words agreed to, whether the address is suppressed, and recording consent given by
// phone or at an event — or withdrawn — by staff.

import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { formatDateTime, humanize } from "../../shared/format.ts";
import { useUsers } from "../../shared/reference-data.ts";
import { useSession } from "../auth/session.ts";
import { useConsents, useSuppression } from "./consent-queries.ts";
import { RecordConsentDialog } from "./RecordConsentDialog.tsx";

const STANDING = {
  granted: { label: "Consent given", color: "teal" },
  withdrawn: { label: "Consent withdrawn", color: "red" },
  none: { label: "No consent recorded", color: "gray" },
} as const;

export function ConsentPanel({ contactId, email }: { contactId: string; email: string }) {
  const role = useSession().data?.user.role;
  const staff = role === "admin" || role === "marketing" || role === "sales";
  const consents = useConsents(contactId);
  const suppression = useSuppression(email, role === "admin" || role === "marketing");
  const users = useUsers(staff);
  const [recording, setRecording] = useState<null | boolean>(null);
  const names = new Map((users.data ?? []).map((u) => [u.id, u.name]));
  const marketing = consents.data?.marketing;
  const standing = STANDING[marketing === true ? "granted" : marketing === false ? "withdrawn" : "none"];

  return (
    <Paper withBorder p="md" radius="md" data-testid="consent-panel">
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={4}>Marketing consent</Title>
          {consents.data && (
            <Badge color={standing.color} variant="light" data-testid="consent-standing">
              {standing.label}
            </Badge>
          )}
        </Group>
        {staff && (
          <Group gap="xs">
            {marketing === true && (
              <Button
                size="xs"
                variant="default"
                color="red"
                onClick={() => setRecording(false)}
                data-testid="consent-withdraw"
              >
                Record withdrawal
              </Button>
            )}
            <Button size="xs" variant="light" onClick={() => setRecording(true)} data-testid="consent-record">
              Record consent
            </Button>
          </Group>
        )}
      </Group>
      {consents.error && <ErrorAlert error={consents.error} title="Could not load the consent" />}
      {suppression.data && (
        <Alert color="orange" variant="light" mb="sm" data-testid="consent-suppressed">
          This address is on the suppression list ({humanize(suppression.data.reason)}, since{" "}
          {formatDateTime(suppression.data.createdAt)}): no email goes to it, whatever the consent says.
        </Alert>
      )}
      {consents.data && consents.data.data.length === 0 && (
        <Text size="sm" c="dimmed">
          No consent recorded yet: marketing email does not go to this contact until they give it.
        </Text>
      )}
      {consents.data && consents.data.data.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6} data-testid="consent-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>What</Table.Th>
                <Table.Th>Where</Table.Th>
                <Table.Th>The words agreed to</Table.Th>
                <Table.Th>Recorded by</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {consents.data.data.map((c) => (
                <Table.Tr key={c.id} data-testid="consent-row">
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{formatDateTime(c.occurredAt)}</Table.Td>
                  <Table.Td>{c.granted ? "Given" : "Withdrawn"}</Table.Td>
                  <Table.Td>{c.source}</Table.Td>
                  <Table.Td maw={360}>
                    <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                      {c.text ?? "—"}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {c.recordedBy ? (names.get(c.recordedBy) ?? "—") : "The contact (a form)"}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Stack>
        <RecordConsentDialog
          opened={recording !== null}
          granted={recording ?? true}
          onClose={() => setRecording(null)}
          contactId={contactId}
        />
      </Stack>
    </Paper>
  );
}
