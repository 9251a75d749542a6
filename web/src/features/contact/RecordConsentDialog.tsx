// Record marketing consent given outside a web form — on a call, at a trade show, in person — with
// the words the contact agreed to, or record that they withdrew it.

import {
  Button,
  Group,
  Modal,
  NativeSelect,
  SegmentedControl,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { fromLocalInputValue, toLocalInputValue } from "../../shared/format.ts";
import { useRecordConsent } from "./consent-queries.ts";

const SOURCES = ["Phone call", "Trade show or event", "In person", "Email", "Letter"];
const OTHER = "Other";

export function RecordConsentDialog({
  opened,
  granted,
  onClose,
  contactId,
}: {
  opened: boolean;
  /** What the form starts with: consent given, or withdrawn. */
  granted: boolean;
  onClose: () => void;
  contactId: string;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title="Record marketing consent" centered size="lg">
      {opened && <ConsentForm contactId={contactId} initiallyGranted={granted} onDone={onClose} />}
    </Modal>
  );
}

function ConsentForm({
  contactId,
  initiallyGranted,
  onDone,
}: {
  contactId: string;
  initiallyGranted: boolean;
  onDone: () => void;
}) {
  const record = useRecordConsent(contactId);
  const [granted, setGranted] = useState(initiallyGranted);
  const [source, setSource] = useState(SOURCES[0]!);
  const [otherSource, setOtherSource] = useState("");
  const [words, setWords] = useState("");
  const [when, setWhen] = useState(() => toLocalInputValue(new Date().toISOString()));
  // Problems show once the user tries to save, next to their fields, not while the form is fresh.
  const [tried, setTried] = useState(false);
  const occurredAt = fromLocalInputValue(when);
  const where = source === OTHER ? otherSource.trim() : source;
  const problems = {
    where: source === OTHER && !where ? "Say where it was given or withdrawn" : null,
    // Consent is only as good as the words it was given to: they are kept with it.
    words: granted && !words.trim() ? "Write the words the contact agreed to" : null,
    when: !occurredAt
      ? "Pick the date and time"
      : Date.parse(occurredAt) > Date.now() + 60_000
        ? "It cannot be in the future"
        : null,
  };
  const valid = Object.values(problems).every((p) => p === null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!valid || !occurredAt) return;
    record.mutate(
      { purpose: "marketing", granted, source: where, text: words.trim() || null, occurredAt },
      {
        onSuccess: () => {
          notifications.show({
            color: "green",
            title: granted ? "Consent recorded" : "Withdrawal recorded",
            message: where,
          });
          onDone();
        },
      },
    );
  };

  return (
    <Stack component="form" gap="sm" onSubmit={onSubmit} data-testid="consent-form">
      {record.error && <ErrorAlert error={record.error} title="The consent was not recorded" />}
      <SegmentedControl
        value={granted ? "given" : "withdrawn"}
        onChange={(value) => setGranted(value === "given")}
        data={[
          { value: "given", label: "Consent given" },
          { value: "withdrawn", label: "Consent withdrawn" },
        ]}
        data-testid="consent-granted"
      />
      <Group grow align="flex-start">
        <NativeSelect
          label="Where"
          data={[...SOURCES, OTHER]}
          value={source}
          onChange={(event) => setSource(event.currentTarget.value)}
          data-testid="consent-source"
        />
        <TextInput
          label="When"
          type="datetime-local"
          required
          value={when}
          onChange={(event) => setWhen(event.currentTarget.value)}
          error={tried && problems.when}
          data-testid="consent-when"
        />
      </Group>
      {source === OTHER && (
        <TextInput
          label="Where, in a few words"
          maxLength={200}
          value={otherSource}
          onChange={(event) => setOtherSource(event.currentTarget.value)}
          error={tried && problems.where}
          data-testid="consent-source-other"
        />
      )}
      <Textarea
        label={granted ? "The words the contact agreed to" : "What they said (optional)"}
        description={
          granted ? "As read out or shown to them, e.g. “Send me news about Northwind products.”" : undefined
        }
        maxLength={5000}
        autosize
        minRows={3}
        value={words}
        onChange={(event) => setWords(event.currentTarget.value)}
        error={tried && problems.words}
        data-testid="consent-text"
      />
      <Group justify="flex-end" mt="xs">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={record.isPending} data-testid="consent-save">
          {granted ? "Record consent" : "Record withdrawal"}
        </Button>
      </Group>
    </Stack>
  );
}
