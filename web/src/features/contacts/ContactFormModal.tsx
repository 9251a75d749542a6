// Create or edit a contact: every field the API takes, custom properties as name/value rows, the
// server's refusals under the field that caused them.

import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { contactName, humanize } from "../../shared/format.ts";
import { useUsers } from "../../shared/reference-data.ts";
import { STAGES } from "../../shared/stages.ts";
import { assigneeOptions } from "../../shared/user-options.ts";
import {
  type ContactField,
  type ContactFormValues,
  emptyValues,
  FIELD_LABELS,
  type FieldErrors,
  fieldErrorsFrom,
  MAX_LENGTH,
  type TEXT_FIELDS,
  toBody,
  valuesOf,
} from "./contact-form.ts";
import { type Contact, useCompanies, useSaveContact } from "./contacts-queries.ts";

export interface ContactFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** The contact to edit; none to create one. */
  contact?: Contact;
  onSaved?: (contact: Contact) => void;
}

export function ContactFormModal({ opened, onClose, contact, onSaved }: ContactFormModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={contact ? `Edit ${contactName(contact)}` : "New contact"}
      size="xl"
      centered
    >
      {/* Mounted only while open, so every opening starts from the contact as it is now. */}
      {opened && (
        <ContactForm
          contact={contact}
          onDone={(saved) => {
            onClose();
            if (saved) onSaved?.(saved);
          }}
        />
      )}
    </Modal>
  );
}

function ContactForm({ contact, onDone }: { contact?: Contact; onDone: (saved?: Contact) => void }) {
  const save = useSaveContact();
  const users = useUsers();
  const companies = useCompanies();
  const [values, setValues] = useState<ContactFormValues>(() =>
    contact ? valuesOf(contact) : emptyValues(),
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  // Contacts are owned by staff; a partner user owns none.
  const ownerOptions = [
    { value: "", label: "Unassigned" },
    ...assigneeOptions(users.data, {
      eligible: (u) => u.role !== "partner",
      label: (u) => `${u.name} (${humanize(u.role)})`,
      current: values.ownerId,
      fallback: contact?.ownerName ?? "Loading…",
    }),
  ];
  const companyOptions = (companies.data ?? []).map((c) => ({ value: c.id, label: c.name }));
  if (values.companyId && !companyOptions.some((c) => c.value === values.companyId))
    companyOptions.push({ value: values.companyId, label: contact?.companyName ?? "Loading…" });

  const setField = (field: Exclude<ContactField, "properties">, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };
  const setRows = (rows: ContactFormValues["properties"]) => {
    setValues((current) => ({ ...current, properties: rows }));
    setErrors((current) => ({ ...current, propertyRows: undefined }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const built = toBody(values, contact ? "edit" : "create");
    if ("errors" in built) {
      setErrors(built.errors);
      return;
    }
    setErrors({});
    save.mutate(
      { id: contact?.id ?? null, body: built.body },
      {
        onSuccess: (saved) => {
          if ("status" in saved) {
            notifications.show({ color: "blue", title: "Registration under review", message: saved.message });
            onDone();
            return;
          }
          notifications.show({
            color: "green",
            title: contact ? "Contact saved" : "Contact created",
            message: contactName(saved),
          });
          onDone(saved);
        },
        onError: (error) => {
          const { fields, rest } = fieldErrorsFrom(error, values.properties);
          setErrors(fields);
          setFormError(rest);
        },
      },
    );
  };

  const text = (name: (typeof TEXT_FIELDS)[number]) => ({
    label: FIELD_LABELS[name],
    value: values[name],
    maxLength: MAX_LENGTH[name],
    onChange: (event: { currentTarget: { value: string } }) => setField(name, event.currentTarget.value),
    error: errors[name],
    "data-testid": `contact-form-${name}`,
  });

  return (
    <form onSubmit={onSubmit} noValidate data-testid="contact-form">
      <Stack gap="sm">
        {formError && (
          <Alert color="red" title="Contact not saved" role="alert" data-testid="contact-form-error">
            {formError}
          </Alert>
        )}
        <TextInput {...text("email")} type="email" required data-autofocus />
        <SimpleGrid cols={2}>
          <TextInput {...text("firstName")} />
          <TextInput {...text("lastName")} />
          <TextInput {...text("title")} />
          <TextInput {...text("phone")} type="tel" />
          <Select
            label={FIELD_LABELS.companyId}
            data={companyOptions}
            value={values.companyId || null}
            onChange={(value) => setField("companyId", value ?? "")}
            searchable
            clearable
            placeholder={companies.isPending ? "Loading companies…" : "No company"}
            nothingFoundMessage="No company by that name"
            error={errors.companyId}
            data-testid="contact-form-companyId"
          />
          <NativeSelect
            label={FIELD_LABELS.ownerId}
            data={ownerOptions}
            value={values.ownerId}
            onChange={(event) => setField("ownerId", event.currentTarget.value)}
            error={errors.ownerId}
            data-testid="contact-form-ownerId"
          />
          {!contact && (
            <NativeSelect
              label={FIELD_LABELS.stage}
              description="Later changes go through the contact page's stage buttons"
              data={STAGES.map((s) => ({ value: s, label: humanize(s) }))}
              value={values.stage}
              onChange={(event) => setField("stage", event.currentTarget.value)}
              error={errors.stage}
              data-testid="contact-form-stage"
            />
          )}
        </SimpleGrid>
        <Title order={5} mt="xs">
          Target market
        </Title>
        <SimpleGrid cols={3}>
          <TextInput {...text("occupation")} />
          <TextInput {...text("industry")} />
          <TextInput {...text("companySize")} placeholder="e.g. 51–200" />
          <TextInput {...text("incomeBand")} />
          <TextInput {...text("education")} />
          <TextInput {...text("country")} />
        </SimpleGrid>
        <PropertyRows rows={values.properties} errors={errors.propertyRows ?? {}} onChange={setRows} />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="contact-form-save">
            {contact ? "Save contact" : "Create contact"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function PropertyRows({
  rows,
  errors,
  onChange,
}: {
  rows: ContactFormValues["properties"];
  errors: Record<number, string>;
  onChange: (rows: ContactFormValues["properties"]) => void;
}) {
  const update = (i: number, patch: Partial<(typeof rows)[number]>) =>
    onChange(rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  return (
    <Stack gap={6} data-testid="contact-form-properties">
      <Title order={5} mt="xs">
        {FIELD_LABELS.properties}
      </Title>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          None yet: add what your team tracks that has no field of its own.
        </Text>
      )}
      {rows.map((row, i) => (
        // Rows have no identity of their own; their position is it while the form is open.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Group key={i} align="flex-start" gap="xs" wrap="nowrap" data-testid="contact-form-property">
          <TextInput
            aria-label="Property name"
            placeholder="Name, e.g. lead_source"
            value={row.key}
            maxLength={100}
            onChange={(e) => update(i, { key: e.currentTarget.value })}
            error={errors[i]}
            style={{ flex: 1 }}
            data-testid="contact-form-property-key"
          />
          <TextInput
            aria-label="Property value"
            placeholder="Value"
            value={row.value}
            maxLength={2000}
            onChange={(e) => update(i, { value: e.currentTarget.value })}
            style={{ flex: 2 }}
            data-testid="contact-form-property-value"
          />
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={`Remove ${row.key || "this property"}`}
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => onChange([...rows, { key: "", value: "" }])}
          data-testid="contact-form-add-property"
        >
          + Add a property
        </Button>
      </Group>
    </Stack>
  );
}
