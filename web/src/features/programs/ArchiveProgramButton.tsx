// Archive or restore a program, after a confirmation that says what each does.

import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { type Program, useSaveProgram } from "./program-queries.ts";

export function ArchiveProgramButton({ program }: { program: Program }) {
  const [confirming, setConfirming] = useState(false);
  const save = useSaveProgram();
  const archived = program.archivedAt !== null;
  const verb = archived ? "Restore" : "Archive";

  const close = () => {
    setConfirming(false);
    save.reset();
  };
  const confirm = () =>
    save.mutate(
      { id: program.id, body: { archived: !archived } },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: "green",
            title: archived ? "Program restored" : "Program archived",
            message: saved.name,
          });
          close();
        },
      },
    );

  return (
    <>
      <Button
        variant={archived ? "light" : "default"}
        color={archived ? undefined : "red"}
        onClick={() => setConfirming(true)}
        data-testid={archived ? "program-restore" : "program-archive"}
      >
        {verb}
      </Button>
      <Modal opened={confirming} onClose={close} title={`${verb} ${program.name}?`} centered>
        <Stack gap="sm">
          <Text size="sm">
            {archived
              ? "It comes back to the program list and its cost lines can be changed again."
              : "It leaves the program list (find it with “Show archived”) and takes no new cost lines. Its leads, costs and figures stay in every report."}
          </Text>
          {save.error && <ErrorAlert error={save.error} title={`Could not ${verb.toLowerCase()} it`} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              color={archived ? undefined : "red"}
              loading={save.isPending}
              onClick={confirm}
              data-testid="program-archive-confirm"
            >
              {verb}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
