// Delete a program, after a confirmation that says what goes with it. Only a program that never
// touched a contact can go: the server refuses the others in words, and the dialog then offers
// to archive it instead.

import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ApiError } from "../../api/client.ts";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { type Program, useDeleteProgram, useSaveProgram } from "./program-queries.ts";

export function DeleteProgramButton({ program }: { program: Program }) {
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteProgram();
  const archive = useSaveProgram();
  const navigate = useNavigate();
  const refused = remove.error instanceof ApiError && remove.error.code === "conflict";
  const archived = program.archivedAt !== null;

  const close = () => {
    setConfirming(false);
    remove.reset();
    archive.reset();
  };
  const confirm = () =>
    remove.mutate(program.id, {
      onSuccess: () => {
        notifications.show({ color: "green", title: "Program deleted", message: program.name });
        navigate("/programs", { replace: true });
      },
    });
  const archiveInstead = () =>
    archive.mutate(
      { id: program.id, body: { archived: true } },
      {
        onSuccess: (saved) => {
          notifications.show({ color: "green", title: "Program archived", message: saved.name });
          close();
        },
      },
    );

  return (
    <>
      <Button variant="subtle" color="red" onClick={() => setConfirming(true)} data-testid="program-delete">
        Delete
      </Button>
      <Modal opened={confirming} onClose={close} title={`Delete ${program.name}?`} centered>
        <Stack gap="sm">
          <Text size="sm">
            The program goes for good, with its cost lines and tracked links (a printed link stops working).
            Only a program that never touched a contact can be deleted; archive one that did, and its figures
            stay in the reports.
          </Text>
          {remove.error && (
            <ErrorAlert
              error={remove.error}
              title={refused ? "It cannot be deleted" : "Could not delete it"}
            />
          )}
          {archive.error && <ErrorAlert error={archive.error} title="Could not archive it" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-testid="program-delete-cancel">
              Cancel
            </Button>
            {refused ? (
              !archived && (
                <Button
                  loading={archive.isPending}
                  onClick={archiveInstead}
                  data-testid="program-delete-archive"
                >
                  Archive instead
                </Button>
              )
            ) : (
              <Button
                color="red"
                loading={remove.isPending}
                onClick={confirm}
                data-testid="program-delete-confirm"
              >
                Delete
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
