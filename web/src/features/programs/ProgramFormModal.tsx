// Create or edit a program: every field, the budget typed in major units, the server's
// validation errors under the field they name.

import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useUsers } from "../../shared/reference-data.ts";
import { useFieldForm } from "../../shared/use-field-form.ts";
import { assigneeOptions } from "../../shared/user-options.ts";
import { majorUnitHints } from "./money.ts";
import { emptyValues, FIELD_LABELS, fieldErrorsFrom, toBody, valuesOf } from "./program-form.ts";
import { CHANNEL_OPTIONS } from "./program-format.ts";
import { type Program, useSaveProgram } from "./program-queries.ts";

export interface ProgramFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** The program to edit; none to create one. */
  program?: Program;
  /** Called with the saved program (e.g. to open its page after creating it). */
  onSaved?: (program: Program) => void;
}

export function ProgramFormModal({ opened, onClose, program, onSaved }: ProgramFormModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={program ? `Edit ${program.name}` : "New program"}
      size="lg"
      centered
    >
      {/* Mounted only while open, so every opening starts from the program as it is now. */}
      {opened && (
        <ProgramForm
          program={program}
          onDone={(saved) => {
            onClose();
            if (saved) onSaved?.(saved);
          }}
        />
      )}
    </Modal>
  );
}

function ProgramForm({ program, onDone }: { program?: Program; onDone: (saved?: Program) => void }) {
  const save = useSaveProgram();
  const users = useUsers();
  const { values, formError, setField, field, onSubmit, refused } = useFieldForm(
    () => (program ? valuesOf(program) : emptyValues()),
    { labels: FIELD_LABELS, testIdPrefix: "program" },
  );

  // Programs are run by marketing users and admins (the server checks the same).
  const ownerOptions = [
    { value: "", label: "No owner" },
    ...assigneeOptions(users.data, {
      eligible: (u) => u.role === "marketing" || u.role === "admin",
      label: (u) => `${u.name} (${u.role})`,
      current: values.ownerId,
      fallback: users.isPending ? "Loading…" : "A former owner",
    }),
  ];

  const submit = onSubmit(
    () => toBody(values),
    (body) =>
      save.mutate(
        { id: program?.id ?? null, body },
        {
          onSuccess: (saved) => {
            notifications.show({
              color: "green",
              title: program ? "Program saved" : "Program created",
              message: saved.name,
            });
            onDone(saved);
          },
          onError: (error) => refused(fieldErrorsFrom(error)),
        },
      ),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="program-form">
      <Stack gap="sm">
        {formError && (
          <Alert color="red" title="Program not saved" role="alert" data-testid="program-form-error">
            {formError}
          </Alert>
        )}
        <TextInput {...field("name")} required maxLength={200} data-autofocus />
        <SimpleGrid cols={2}>
          <NativeSelect
            {...field("channel")}
            required
            data={[{ value: "", label: "Choose a channel…", disabled: true }, ...CHANNEL_OPTIONS]}
          />
          <NativeSelect {...field("ownerId")} data={ownerOptions} />
        </SimpleGrid>
        <Textarea {...field("description")} autosize minRows={2} maxRows={6} maxLength={5000} />
        <TextInput
          {...field("callToAction")}
          maxLength={500}
          placeholder="e.g. Book a 20-minute demo"
          description="What the program asks prospects to do"
        />
        <SimpleGrid cols={2}>
          <TextInput {...field("budget")} inputMode="decimal" {...majorUnitHints(values.currency)} />
          <TextInput
            {...field("currency")}
            required
            maxLength={3}
            description="ISO code, e.g. USD, EUR"
            onChange={(event) => setField("currency", event.currentTarget.value.toUpperCase())}
          />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <TextInput {...field("startsOn")} type="date" />
          <TextInput {...field("endsOn")} type="date" />
        </SimpleGrid>
        <TextInput
          {...field("utmCampaign")}
          maxLength={100}
          placeholder="e.g. spring-webinar-2026"
          description="The utm_campaign value of its tracked links: letters, digits, . _ -"
        />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={() => onDone()}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="program-save">
            {program ? "Save program" : "Create program"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
