// "Erase personal data" (admins, GDPR): the contact's address must be typed back before the
// button works; afterwards the contact is gone, so the app goes back to the contacts list.

import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useNavigate } from "react-router";
import { api } from "../../api/client.ts";
import type { Ok } from "../../api/contract.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";

export function EraseContactModal({
  opened,
  onClose,
  contact,
}: {
  opened: boolean;
  onClose: () => void;
  contact: { id: string; email: string; name: string };
}) {
  const [typed, setTyped] = useState("");
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const erase = useMutation({
    mutationFn: () =>
      api.post<Ok<"eraseContact">>(`/contacts/${encodeURIComponent(contact.id)}/erase`, {
        confirmEmail: typed,
      }),
    onSuccess: async (result) => {
      // Every list may have shown the person: forget them all.
      await queryClient.invalidateQueries();
      notifications.show({
        color: "green",
        title: "Personal data erased",
        message:
          result.dealsKept > 0
            ? `The contact is gone everywhere; ${result.dealsKept} deal(s) were kept without them.`
            : "The contact is gone everywhere. Their address will never be mailed again.",
      });
      navigate("/contacts", { replace: true });
    },
  });
  const matches = typed.trim().toLowerCase() === contact.email.trim().toLowerCase();
  const close = () => {
    setTyped("");
    erase.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={`Erase ${contact.name}`} centered size="lg">
      <Stack gap="sm" data-testid="erase-modal">
        <Alert color="red" variant="light" title="This cannot be undone">
          <Text size="sm">Erasing removes the person from Baton for good (GDPR right to erasure):</Text>
          <List size="sm" mt={4}>
            <List.Item>
              the contact, their timeline, scores, tasks, hand-offs, sequences and consents;
            </List.Item>
            <List.Item>every email sent or queued to them, and their proposals;</List.Item>
            <List.Item>notifications that name them.</List.Item>
          </List>
          <Text size="sm" mt={4}>
            Their deals stay, for the revenue reports, shown as “Erased contact”. Only a hash of the address
            is kept, so it is never mailed again.
          </Text>
        </Alert>
        <TextInput
          label="Type the contact's email address to confirm"
          description={contact.email}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          autoComplete="off"
          data-testid="erase-confirm-email"
          error={typed.length > 0 && !matches ? "This is not the contact's address" : undefined}
        />
        {erase.error && <ErrorAlert error={erase.error} title="Could not erase the contact" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            color="red"
            disabled={!matches}
            loading={erase.isPending}
            onClick={() => erase.mutate()}
            data-testid="erase-submit"
          >
            Erase personal data
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
