// Enrol a contact in a one-to-one sequence. When the server's guard says the contact is not ready
// for sales, the dialog asks why the rep wants to go ahead anyway; the reason is logged.

import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { ApiError } from "../../api/client.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { useEnrol, usePlaybooks } from "./playbook-queries.ts";

const isGuard = (error: unknown): error is ApiError =>
  error instanceof ApiError &&
  error.status === 409 &&
  (error.details as { guard?: string } | null)?.guard === "not_ready_for_sales";

export function EnrolDialog({
  contactId,
  opened,
  onClose,
}: {
  contactId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const playbooks = usePlaybooks();
  const enrol = useEnrol();
  const sequences = (playbooks.data ?? []).filter((p) => p.tier === null && p.active);
  const [sequenceId, setSequenceId] = useState("");
  const [reason, setReason] = useState("");
  const chosen = sequenceId || sequences[0]?.id || "";
  const guarded = isGuard(enrol.error);

  const close = () => {
    enrol.reset();
    setReason("");
    setSequenceId("");
    onClose();
  };
  const submit = () =>
    enrol.mutate(
      { sequenceId: chosen, contactId, reason: guarded ? reason.trim() : undefined },
      { onSuccess: close },
    );

  return (
    <Modal opened={opened} onClose={close} title="Enrol in a sequence" data-testid="enrol-dialog">
      <Stack gap="sm">
        {sequences.length === 0 && playbooks.isSuccess ? (
          <Text size="sm" c="dimmed">
            There is no active one-to-one sequence yet. Create one under Playbooks.
          </Text>
        ) : (
          <NativeSelect
            label="Sequence"
            data={sequences.map((s) => ({ value: s.id, label: `${s.name} (${s.side})` }))}
            value={chosen}
            onChange={(e) => {
              setSequenceId(e.currentTarget.value);
              enrol.reset();
            }}
            data-testid="enrol-sequence"
          />
        )}
        {guarded && (
          <>
            <Alert color="orange" title="Not ready for sales" data-testid="enrol-guard">
              {enrol.error?.message}
            </Alert>
            <Textarea
              label="Why enrol anyway?"
              description="Logged with your name on the contact's enrolment."
              required
              minLength={3}
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              data-testid="enrol-reason"
            />
          </>
        )}
        {enrol.error && !guarded && <ErrorAlert error={enrol.error} title="Could not enrol the contact" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            onClick={submit}
            loading={enrol.isPending}
            disabled={!chosen || (guarded && reason.trim().length < 3)}
            color={guarded ? "orange" : undefined}
            data-testid="enrol-submit"
          >
            {guarded ? "Override and enrol" : "Enrol"}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
