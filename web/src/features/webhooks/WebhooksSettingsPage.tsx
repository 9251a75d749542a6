// Settings → Webhooks (admins): where the workspace's events go. Add a URL and its events, see the
// signing secret once (and rotate it), send a test, pause or delete; below, the deliveries with
// their attempts and errors, and Replay for the dead letters.

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
  Title,
} from "@mantine/core";
import { useState } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useSession } from "../auth/session.ts";
import { DeliveriesPanel } from "./DeliveriesPanel.tsx";
import { WebhookFormModal } from "./WebhookFormModal.tsx";
import {
  useDeleteWebhook,
  useRotateSecret,
  useSendTest,
  useWebhooks,
  type Webhook,
  type WebhookWithSecret,
} from "./webhook-queries.ts";

export default function WebhooksSettingsPage() {
  const session = useSession();
  const isAdmin = session.data?.user.role === "admin";
  const webhooks = useWebhooks(isAdmin);
  const [form, setForm] = useState<{ editing: Webhook | null } | null>(null);
  const [secret, setSecret] = useState<WebhookWithSecret | null>(null);
  const [deleting, setDeleting] = useState<Webhook | null>(null);
  const rotate = useRotateSecret();
  const test = useSendTest();

  if (session.data && !isAdmin)
    return (
      <Alert color="gray" title="Webhooks" data-testid="webhooks-admins-only">
        Only admins manage webhooks: they send the workspace's contacts to another system.
      </Alert>
    );

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>Webhooks</Title>
          <Text c="dimmed" size="sm">
            Baton POSTs each event you choose to your URL as it happens, signed so the receiver can tell it
            came from here (see docs/WEBHOOKS.md for the payloads and how to check the signature).
          </Text>
        </div>
        <Button onClick={() => setForm({ editing: null })} data-testid="webhook-add">
          Add webhook
        </Button>
      </Group>
      {secret && <SecretAlert webhook={secret} onHide={() => setSecret(null)} />}
      {webhooks.error && <ErrorAlert error={webhooks.error} title="Could not load the webhooks" />}
      {(rotate.error || test.error) && <ErrorAlert error={rotate.error ?? test.error} title="Not done" />}
      <Paper withBorder radius="md" p="md">
        {webhooks.data && webhooks.data.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="webhooks-empty">
            No webhooks yet. Add one to send events to another system.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing={8} data-testid="webhooks-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>URL</Table.Th>
                  <Table.Th>Events</Table.Th>
                  <Table.Th>Status</Table.Th>
                  <Table.Th>Secret</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(webhooks.data ?? []).map((w) => (
                  <Table.Tr key={w.id} data-testid="webhook-row" data-url={w.url}>
                    <Table.Td maw={320}>
                      <Text size="sm" fw={600} style={{ wordBreak: "break-all" }}>
                        {w.url}
                      </Text>
                      {w.description && (
                        <Text size="xs" c="dimmed">
                          {w.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td maw={260}>
                      <Text size="xs" ff="monospace">
                        {w.events.join(", ")}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={w.active ? "teal" : "gray"} data-testid="webhook-status">
                        {w.active ? "On" : "Paused"}
                      </Badge>
                      {w.pausedReason && (
                        <Text size="xs" c="dimmed">
                          {w.pausedReason}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ff="monospace" fz="sm">
                      {w.secretHint}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} justify="flex-end" wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="default"
                          disabled={!w.active}
                          loading={test.isPending && test.variables === w.id}
                          onClick={() => test.mutate(w.id)}
                          data-testid="webhook-test"
                        >
                          Send test
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => setForm({ editing: w })}
                          data-testid="webhook-edit"
                        >
                          Edit
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="default"
                          loading={rotate.isPending && rotate.variables === w.id}
                          onClick={() => rotate.mutate(w.id, { onSuccess: setSecret })}
                          data-testid="webhook-rotate"
                        >
                          Rotate secret
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="light"
                          color="red"
                          onClick={() => setDeleting(w)}
                          data-testid="webhook-delete"
                        >
                          Delete
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <DeliveriesPanel webhooks={webhooks.data ?? []} />
      <WebhookFormModal
        opened={form !== null}
        editing={form?.editing ?? null}
        onClose={() => setForm(null)}
        onCreated={setSecret}
      />
      <DeleteModal webhook={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  );
}

function SecretAlert({ webhook, onHide }: { webhook: WebhookWithSecret; onHide: () => void }) {
  return (
    <Alert color="teal" title={`Signing secret for ${webhook.url}`} data-testid="webhook-secret">
      <Stack gap="xs">
        <Text size="sm">
          Copy it now into the receiver: it is shown this once. Rotate it to get a new one.
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Text
            ff="monospace"
            size="sm"
            style={{ wordBreak: "break-all" }}
            data-testid="webhook-secret-value"
          >
            {webhook.secret}
          </Text>
          <CopyButton value={webhook.secret}>
            {({ copied, copy }) => (
              <Button size="compact-sm" variant="light" color={copied ? "teal" : undefined} onClick={copy}>
                {copied ? "Copied" : "Copy"}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group justify="flex-end">
          <Button size="compact-sm" variant="subtle" onClick={onHide} data-testid="webhook-secret-hide">
            I have copied it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function DeleteModal({ webhook, onClose }: { webhook: Webhook | null; onClose: () => void }) {
  const remove = useDeleteWebhook();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <Modal opened={webhook !== null} onClose={close} title="Delete this webhook?" centered>
      <Stack gap="sm">
        <Text size="sm" style={{ wordBreak: "break-all" }}>
          {webhook?.url} gets no more events, and its deliveries are deleted with it. To stop it for a while,
          edit it and switch it off instead.
        </Text>
        {remove.error && <ErrorAlert error={remove.error} title="Not deleted" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() => webhook && remove.mutate(webhook.id, { onSuccess: close })}
            data-testid="webhook-delete-confirm"
          >
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
