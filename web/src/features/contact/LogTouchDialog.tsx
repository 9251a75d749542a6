// Log a touch that happened outside Baton — a call, a meeting, a trade-show conversation, a
// networking contact, a referral, a letter — on a contact's timeline, as the person logging it.
// It is an ordinary touchpoint: the temperature and the stage move as for any other.

import { Button, Group, Modal, NativeSelect, Stack, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import {
  CALL_OUTCOMES,
  type CallOutcome,
  DETAIL_PROPERTY,
  LOGGED_TOUCHES,
  loggedTouch,
  MAX_DURATION_MINUTES,
} from "#domain/logged-touches";
import { api } from "../../api/client.ts";
import type { Body } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { fromLocalInputValue, toLocalInputValue } from "../../shared/format.ts";
import { usePrograms } from "../../shared/reference-data.ts";
import { useSession } from "../auth/session.ts";

type TouchBody = Body<"recordTouchpoint">;

export function LogTouchDialog({
  opened,
  onClose,
  contactId,
  contactName,
}: {
  opened: boolean;
  onClose: () => void;
  contactId: string;
  contactName: string;
}) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Log a touch with ${contactName}`} centered size="lg">
      {/* Mounted only while open, so every opening starts from a fresh form at the current time. */}
      {opened && <LogTouchForm contactId={contactId} onDone={onClose} />}
    </Modal>
  );
}

/** The duration field's problem in the form's words, or null. */
export function durationProblem(text: string): string | null {
  if (text.trim() === "") return null;
  const minutes = Number(text);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_DURATION_MINUTES)
    return `A whole number of minutes, from 1 to ${MAX_DURATION_MINUTES.toLocaleString()} (a day)`;
  return null;
}

function LogTouchForm({ contactId, onDone }: { contactId: string; onDone: () => void }) {
  const queryClient = useQueryClient();
  const me = useSession().data?.user;
  const programs = usePrograms();
  const [kind, setKind] = useState(LOGGED_TOUCHES[0]!.kind);
  const [when, setWhen] = useState(() => toLocalInputValue(new Date().toISOString()));
  const [programId, setProgramId] = useState("");
  const [outcome, setOutcome] = useState<CallOutcome>("connected");
  const [duration, setDuration] = useState("");
  const [referredBy, setReferredBy] = useState("");
  const [note, setNote] = useState("");
  const details = loggedTouch(kind)?.details ?? [];
  const occurredAt = fromLocalInputValue(when);
  const whenProblem = !occurredAt
    ? "Pick the date and time it happened"
    : Date.parse(occurredAt) > Date.now() + 60_000
      ? "It cannot be in the future: log it once it has happened"
      : null;
  const minutesProblem = details.includes("duration") ? durationProblem(duration) : null;

  const save = useMutation({
    mutationFn: (body: TouchBody) => api.post("/touchpoints", body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["contact", contactId] }),
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (whenProblem || minutesProblem || !occurredAt) return;
    const properties: Record<string, string | number> = {};
    if (details.includes("outcome")) properties[DETAIL_PROPERTY.outcome] = outcome;
    if (details.includes("duration") && duration.trim())
      properties[DETAIL_PROPERTY.duration] = Number(duration);
    if (details.includes("referredBy") && referredBy.trim())
      properties[DETAIL_PROPERTY.referredBy] = referredBy.trim();
    if (note.trim()) properties[DETAIL_PROPERTY.note] = note.trim();
    save.mutate(
      {
        contactId,
        kind,
        occurredAt,
        programId: programId || null,
        userId: me?.id ?? null,
        properties,
      },
      {
        onSuccess: () => {
          notifications.show({ color: "green", title: "Logged", message: loggedTouch(kind)?.label ?? kind });
          onDone();
        },
      },
    );
  };

  return (
    <Stack component="form" gap="sm" onSubmit={onSubmit} data-testid="log-touch-form">
      {save.error && <ErrorAlert error={save.error} title="The touch was not logged" />}
      <Group grow align="flex-start">
        <NativeSelect
          label="What happened"
          data={LOGGED_TOUCHES.map((t) => ({ value: t.kind, label: t.label }))}
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as typeof kind)}
          data-testid="log-touch-kind"
        />
        <TextInput
          label="When"
          type="datetime-local"
          required
          value={when}
          onChange={(event) => setWhen(event.currentTarget.value)}
          error={whenProblem}
          data-testid="log-touch-when"
        />
      </Group>
      <NativeSelect
        label="Program"
        description="The marketing program it belongs to, e.g. the trade show where you met"
        data={[
          { value: "", label: "No program" },
          ...(programs.data ?? [])
            .filter((p) => p.status !== "archived")
            .map((p) => ({ value: p.id, label: p.name })),
        ]}
        value={programId}
        onChange={(event) => setProgramId(event.currentTarget.value)}
        data-testid="log-touch-program"
      />
      {(details.includes("outcome") || details.includes("duration")) && (
        <Group grow align="flex-start">
          {details.includes("outcome") && (
            <NativeSelect
              label="Outcome"
              data={Object.entries(CALL_OUTCOMES).map(([value, label]) => ({ value, label }))}
              value={outcome}
              onChange={(event) => setOutcome(event.currentTarget.value as CallOutcome)}
              data-testid="log-touch-outcome"
            />
          )}
          {details.includes("duration") && (
            <TextInput
              label="Duration (minutes)"
              inputMode="numeric"
              value={duration}
              onChange={(event) => setDuration(event.currentTarget.value)}
              error={minutesProblem}
              data-testid="log-touch-duration"
            />
          )}
        </Group>
      )}
      {details.includes("referredBy") && (
        <TextInput
          label="Referred by"
          description="Who sent them to you"
          maxLength={200}
          value={referredBy}
          onChange={(event) => setReferredBy(event.currentTarget.value)}
          data-testid="log-touch-referred-by"
        />
      )}
      <Textarea
        label="Note"
        maxLength={2000}
        autosize
        minRows={2}
        placeholder="What was said, what comes next"
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        data-testid="log-touch-note"
      />
      <Group justify="flex-end" mt="xs">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button
          type="submit"
          loading={save.isPending}
          disabled={whenProblem !== null || minutesProblem !== null}
          data-testid="log-touch-save"
        >
          Log it
        </Button>
      </Group>
    </Stack>
  );
}
