// API keys: the user's own (create, shown once; revoke), or for an admin everyone's (revoke).

import {
  Alert,
  Badge,
  Button,
  CopyButton,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { fieldErrorsFrom } from "../../shared/field-errors.ts";
import { formatDateTime } from "../../shared/format.ts";
import { useLast } from "./use-last.ts";
import {
  type ApiKey,
  type CreatedApiKey,
  useApiKeys,
  useCreateApiKey,
  useRevokeApiKey,
} from "./user-queries.ts";

export function ApiKeysPanel({ everyone = false }: { everyone?: boolean }) {
  const keys = useApiKeys(everyone);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  return (
    <Paper withBorder radius="md" p="md" data-testid={everyone ? "all-api-keys" : "my-api-keys"}>
      <Stack gap="sm">
        <div>
          <Title order={3}>{everyone ? "Everyone's API keys" : "My API keys"}</Title>
          <Text size="sm" c="dimmed">
            {everyone
              ? "Revoke a key left in a script or by someone who has moved on; it stops working at once."
              : "A key acts as you, with your role, for scripts and integrations (Authorization: Bearer <key>)."}
          </Text>
        </div>
        {!everyone && <CreateKeyForm />}
        {keys.error && <ErrorAlert error={keys.error} title="Could not load the keys" />}
        {keys.data && keys.data.length === 0 && (
          <Text size="sm" c="dimmed" data-testid="api-keys-empty">
            No API keys yet.
          </Text>
        )}
        {keys.data && keys.data.length > 0 && (
          <Table.ScrollContainer minWidth={680}>
            <Table verticalSpacing={6} data-testid="api-keys-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  {everyone && <Table.Th>User</Table.Th>}
                  <Table.Th>Starts with</Table.Th>
                  <Table.Th>Created</Table.Th>
                  <Table.Th>Last used</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {keys.data.map((key) => (
                  <Table.Tr key={key.id} data-testid="api-key-row" data-key-name={key.name}>
                    <Table.Td fw={500}>{key.name}</Table.Td>
                    {everyone && <Table.Td>{key.userName}</Table.Td>}
                    <Table.Td ff="monospace">{key.prefix}…</Table.Td>
                    <Table.Td>{formatDateTime(key.createdAt)}</Table.Td>
                    {/* Noted to the minute: a busy key is not written on every request. */}
                    <Table.Td c={key.lastUsedAt ? undefined : "dimmed"} data-testid="api-key-last-used">
                      {key.lastUsedAt ? formatDateTime(key.lastUsedAt) : "Never"}
                    </Table.Td>
                    <Table.Td ta="right">
                      {key.revokedAt ? (
                        <Badge
                          color="gray"
                          variant="light"
                          title={`Revoked ${formatDateTime(key.revokedAt)}`}
                        >
                          Revoked
                        </Badge>
                      ) : (
                        <Button
                          size="compact-sm"
                          variant="light"
                          color="red"
                          onClick={() => setRevoking(key)}
                          data-testid="api-key-revoke"
                        >
                          Revoke
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <RevokeModal apiKey={revoking} onClose={() => setRevoking(null)} />
    </Paper>
  );
}

function CreateKeyForm() {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const create = useCreateApiKey();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === "") return setError("Name the key after what will use it");
    create.mutate(name.trim(), {
      onSuccess: (key) => {
        setCreated(key);
        setName("");
        setError(undefined);
      },
      onError: (e) => setError(fieldErrorsFrom(e, { name: "name" as const }).fields.name ?? e.message),
    });
  };
  return (
    <Stack gap="xs">
      <Group component="form" onSubmit={onSubmit} align="flex-start" gap="xs">
        <TextInput
          placeholder="What will use it, e.g. Website forms"
          aria-label="Key name"
          maxLength={100}
          value={name}
          error={error}
          onChange={(e) => setName(e.currentTarget.value)}
          style={{ flex: 1, maxWidth: 360 }}
          data-testid="api-key-name"
        />
        <Button type="submit" loading={create.isPending} data-testid="api-key-create">
          Create key
        </Button>
      </Group>
      {created && (
        <Alert color="teal" title={`Key “${created.name}” created`} data-testid="api-key-created">
          <Stack gap="xs">
            <Text size="sm">Copy it now: it is shown this once. Baton keeps only a fingerprint of it.</Text>
            <Group gap="xs" wrap="nowrap">
              <Text ff="monospace" size="sm" style={{ wordBreak: "break-all" }} data-testid="api-key-secret">
                {created.key}
              </Text>
              <CopyButton value={created.key}>
                {({ copied, copy }) => (
                  <Button
                    size="compact-sm"
                    variant="light"
                    color={copied ? "teal" : undefined}
                    onClick={copy}
                  >
                    {copied ? "Copied" : "Copy"}
                  </Button>
                )}
              </CopyButton>
            </Group>
            <Group justify="flex-end">
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => setCreated(null)}
                data-testid="api-key-hide"
              >
                I have copied it
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}

function RevokeModal({ apiKey: open, onClose }: { apiKey: ApiKey | null; onClose: () => void }) {
  const apiKey = useLast(open);
  const revoke = useRevokeApiKey();
  const close = () => {
    revoke.reset();
    onClose();
  };
  return (
    <Modal opened={open !== null} onClose={close} title={apiKey ? `Revoke “${apiKey.name}”?` : ""} centered>
      <Stack gap="sm">
        <Text size="sm">
          Anything still using it is refused from its next request. This cannot be undone; create a new key if
          needed.
        </Text>
        {revoke.error && <ErrorAlert error={revoke.error} title="Not revoked" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            color="red"
            loading={revoke.isPending}
            onClick={() => apiKey && revoke.mutate(apiKey.id, { onSuccess: close })}
            data-testid="api-key-revoke-confirm"
          >
            Revoke
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
