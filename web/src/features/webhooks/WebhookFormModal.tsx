// Add or edit a webhook: the URL, the events it listens to, a description, and (editing) whether
// it is on. What the form can check it checks before sending; the server's refusals (a private
// address, a malformed URL) land under the field they name.

import {
  Button,
  Checkbox,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS, type WebhookEvent } from "#domain/webhooks";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { fieldErrorsFrom } from "../../shared/field-errors.ts";
import {
  useCreateWebhook,
  useUpdateWebhook,
  type Webhook,
  type WebhookWithSecret,
} from "./webhook-queries.ts";

type Field = "url" | "events" | "description";
const FIELDS: Record<string, Field> = { url: "url", events: "events", description: "description" };

export function WebhookFormModal({
  opened,
  editing,
  onClose,
  onCreated,
}: {
  opened: boolean;
  /** The webhook being edited; null to add one. */
  editing: Webhook | null;
  onClose: () => void;
  onCreated: (created: WebhookWithSecret) => void;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={editing ? "Edit webhook" : "Add a webhook"} size="lg">
      {opened && (
        <WebhookForm key={editing?.id ?? "new"} editing={editing} onDone={onClose} onCreated={onCreated} />
      )}
    </Modal>
  );
}

function WebhookForm({
  editing,
  onDone,
  onCreated,
}: {
  editing: Webhook | null;
  onDone: () => void;
  onCreated: (created: WebhookWithSecret) => void;
}) {
  const [url, setUrl] = useState(editing?.url ?? "");
  const [events, setEvents] = useState<string[]>(editing?.events ?? ["contact.created"]);
  const [description, setDescription] = useState(editing?.description ?? "");
  const [active, setActive] = useState(editing?.active ?? true);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const create = useCreateWebhook();
  const update = useUpdateWebhook();
  const saving = editing ? update : create;
  const { rest } = fieldErrorsFrom(saving.error, FIELDS);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!/^https?:\/\/\S+$/i.test(url.trim()))
      found.url = "Enter the receiver's address, starting with https://";
    if (events.length === 0) found.events = "Choose at least one event";
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const body = {
      url: url.trim(),
      events: events as WebhookEvent[],
      description: description.trim() || null,
      active,
    };
    const onError = (error: Error) => setErrors(fieldErrorsFrom(error, FIELDS).fields);
    if (editing) update.mutate({ id: editing.id, body }, { onSuccess: onDone, onError });
    else
      create.mutate(body, {
        onSuccess: (created) => {
          onCreated(created);
          onDone();
        },
        onError,
      });
  };

  return (
    <Stack component="form" gap="sm" onSubmit={onSubmit} data-testid="webhook-form">
      {rest && <ErrorAlert error={saving.error} title="Not saved" />}
      <TextInput
        label="URL"
        description="Baton POSTs each event here as JSON, signed with the webhook's secret."
        placeholder="https://example.com/hooks/baton"
        withAsterisk
        value={url}
        error={errors.url}
        onChange={(e) => {
          setUrl(e.currentTarget.value);
          setErrors((current) => ({ ...current, url: undefined }));
        }}
        data-autofocus
        data-testid="webhook-url"
      />
      <Checkbox.Group
        label="Events"
        withAsterisk
        value={events}
        onChange={(value) => {
          setEvents(value);
          setErrors((current) => ({ ...current, events: undefined }));
        }}
        error={errors.events}
        data-testid="webhook-events"
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
          {WEBHOOK_EVENTS.map((name) => (
            <Checkbox
              key={name}
              value={name}
              label={WEBHOOK_EVENT_LABELS[name]}
              description={name}
              data-testid={`webhook-event-${name}`}
            />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Textarea
        label="Description"
        placeholder="What receives it, e.g. the data warehouse"
        autosize
        minRows={1}
        maxLength={500}
        value={description}
        error={errors.description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        data-testid="webhook-description"
      />
      {editing && (
        <Switch
          label="On: new events are delivered"
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
          data-testid="webhook-active"
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={saving.isPending} data-testid="webhook-save">
          {editing ? "Save" : "Add webhook"}
        </Button>
      </Group>
    </Stack>
  );
}
