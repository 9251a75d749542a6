// What staff do with the contacts they selected: give them an owner (one call, all or nothing) or
// enrol them in a one-to-one sequence (one enrolment each; the guards may refuse some).

import { Alert, Button, Group, List, Modal, NativeSelect, Paper, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { contactName, humanize } from "../../shared/format.ts";
import { useUsers } from "../../shared/reference-data.ts";
import { assigneeOptions } from "../../shared/user-options.ts";
import { useEnrol, usePlaybooks } from "../playbooks/playbook-queries.ts";
import { type Contact, useBulkAssign } from "./contacts-queries.ts";

interface Props {
  /** The selected contacts, in the list's order. */
  contacts: Contact[];
  onClear: () => void;
}

export function BulkActions({ contacts, onClear }: Props) {
  const [open, setOpen] = useState<"owner" | "sequence" | null>(null);
  const n = contacts.length;
  return (
    <Paper
      withBorder
      radius="md"
      px="md"
      py="xs"
      bg="var(--mantine-color-blue-light)"
      data-testid="contacts-bulk"
    >
      <Group justify="space-between">
        <Text size="sm" fw={600} data-testid="contacts-selected-count">
          {n === 1 ? "1 contact selected" : `${n.toLocaleString("en-US")} contacts selected`}
        </Text>
        <Group gap="xs">
          <Button size="xs" onClick={() => setOpen("owner")} data-testid="contacts-assign-owner">
            Assign owner
          </Button>
          <Button size="xs" variant="light" onClick={() => setOpen("sequence")} data-testid="contacts-enrol">
            Add to a sequence
          </Button>
          <Button size="xs" variant="subtle" color="gray" onClick={onClear}>
            Clear selection
          </Button>
        </Group>
      </Group>
      <Modal
        opened={open === "owner"}
        onClose={() => setOpen(null)}
        title={`Assign ${countWords(n)} to an owner`}
      >
        {open === "owner" && <AssignOwner contacts={contacts} onDone={() => setOpen(null)} />}
      </Modal>
      <Modal
        opened={open === "sequence"}
        onClose={() => setOpen(null)}
        title={`Add ${countWords(n)} to a sequence`}
      >
        {open === "sequence" && <EnrolMany contacts={contacts} onDone={() => setOpen(null)} />}
      </Modal>
    </Paper>
  );
}

const countWords = (n: number) => (n === 1 ? "1 contact" : `${n.toLocaleString("en-US")} contacts`);

function AssignOwner({ contacts, onDone }: { contacts: Contact[]; onDone: () => void }) {
  const users = useUsers();
  const assign = useBulkAssign();
  // Contacts are owned by staff who can still work them.
  const staff = assigneeOptions(users.data, {
    eligible: (u) => u.role !== "partner",
    label: (u) => `${u.name} (${humanize(u.role)})`,
  });
  const [ownerId, setOwnerId] = useState("");
  const chosen = ownerId || staff[0]?.value || "";
  const submit = () =>
    assign.mutate(
      { ids: contacts.map((c) => c.id), ownerId: chosen === "none" ? null : chosen },
      {
        onSuccess: () => {
          const owner = users.data?.find((u) => u.id === chosen)?.name;
          notifications.show({
            color: "green",
            title: owner ? `Assigned to ${owner}` : "Unassigned",
            message: countWords(contacts.length),
          });
          onDone();
        },
      },
    );
  return (
    <Stack gap="sm">
      <NativeSelect
        label="Owner"
        data={[...staff, { value: "none", label: "Nobody (unassign)" }]}
        value={chosen}
        onChange={(event) => setOwnerId(event.currentTarget.value)}
        data-testid="contacts-owner-choice"
      />
      {assign.error && <ErrorAlert error={assign.error} title="Nobody was assigned" />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          onClick={submit}
          loading={assign.isPending}
          disabled={!chosen}
          data-testid="contacts-owner-save"
        >
          Assign
        </Button>
      </Group>
    </Stack>
  );
}

function EnrolMany({ contacts, onDone }: { contacts: Contact[]; onDone: () => void }) {
  const playbooks = usePlaybooks();
  const enrol = useEnrol();
  const sequences = (playbooks.data ?? []).filter((p) => p.tier === null && p.active);
  const [sequenceId, setSequenceId] = useState("");
  const chosen = sequenceId || sequences[0]?.id || "";
  const [progress, setProgress] = useState<{
    done: number;
    refused: { id: string; name: string; why: string }[];
  } | null>(null);
  const running = progress !== null && progress.done < contacts.length;

  // One enrolment per contact, one after another: each is the same use case as on the contact page.
  const run = async () => {
    const refused: { id: string; name: string; why: string }[] = [];
    setProgress({ done: 0, refused });
    for (const [i, contact] of contacts.entries()) {
      try {
        await enrol.mutateAsync({ sequenceId: chosen, contactId: contact.id });
      } catch (error) {
        refused.push({
          id: contact.id,
          name: contactName(contact),
          why: error instanceof Error ? error.message : String(error),
        });
      }
      setProgress({ done: i + 1, refused: [...refused] });
    }
  };

  if (progress && !running) {
    const enrolled = contacts.length - progress.refused.length;
    return (
      <Stack gap="sm" data-testid="contacts-enrol-result">
        <Text size="sm">{enrolled === 0 ? "Nobody was enrolled." : `${countWords(enrolled)} enrolled.`}</Text>
        {progress.refused.length > 0 && (
          <Alert color="orange" title={`${countWords(progress.refused.length)} not enrolled`}>
            <List size="sm">
              {progress.refused.map((r) => (
                <List.Item key={r.id}>
                  {r.name}: {r.why}
                </List.Item>
              ))}
            </List>
            <Text size="xs" mt="xs">
              A sales sequence for someone not ready for sales can be started from their page, with a reason.
            </Text>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button onClick={onDone}>Done</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="sm">
      {sequences.length === 0 && playbooks.isSuccess ? (
        <Text size="sm" c="dimmed">
          There is no active one-to-one sequence yet. Create one under Playbooks.
        </Text>
      ) : (
        <NativeSelect
          label="Sequence"
          data={sequences.map((s) => ({ value: s.id, label: `${s.name} (${humanize(s.side)})` }))}
          value={chosen}
          onChange={(event) => setSequenceId(event.currentTarget.value)}
          data-testid="contacts-sequence-choice"
        />
      )}
      {running && (
        <Text size="sm" c="dimmed">
          Enrolling {progress.done + 1} of {contacts.length}…
        </Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone} disabled={running}>
          Cancel
        </Button>
        <Button onClick={run} loading={running} disabled={!chosen} data-testid="contacts-enrol-save">
          Enrol
        </Button>
      </Group>
    </Stack>
  );
}
