// The confirmations of the users screen: deactivate or reactivate someone, and re-send an
// invitation (which answers with the new link).

import { Button, Group, Modal, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { InvitationLink } from "./InvitationLink.tsx";
import { useLast } from "./use-last.ts";
import { type User, useResendInvitation, useSetUserActive } from "./user-queries.ts";

export function ActiveConfirmModal({ user: open, onClose }: { user: User | null; onClose: () => void }) {
  const user = useLast(open);
  const setActive = useSetUserActive();
  const deactivating = user?.status !== "deactivated";
  const close = () => {
    setActive.reset();
    onClose();
  };
  const confirm = () =>
    user &&
    setActive.mutate(
      { id: user.id, active: !deactivating },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: "green",
            message: `${saved.name} is ${deactivating ? "deactivated" : "active again"}`,
          });
          close();
        },
      },
    );
  const verb = deactivating ? "Deactivate" : "Reactivate";
  return (
    <Modal opened={open !== null} onClose={close} title={user ? `${verb} ${user.name}?` : ""} centered>
      <Stack gap="sm">
        <Text size="sm">
          {deactivating
            ? "They are logged out everywhere at once and their API keys stop working. Their contacts, deals and tasks stay as they are. You can reactivate them later."
            : "They can log in again with their password. API keys revoked when they were deactivated stay revoked."}
        </Text>
        {setActive.error && (
          <ErrorAlert error={setActive.error} title={`Could not ${verb.toLowerCase()} them`} />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button
            color={deactivating ? "red" : undefined}
            loading={setActive.isPending}
            onClick={confirm}
            data-testid="user-active-confirm"
          >
            {verb}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function ResendInvitationModal({ user: open, onClose }: { user: User | null; onClose: () => void }) {
  const user = useLast(open);
  const resend = useResendInvitation();
  const close = () => {
    resend.reset();
    onClose();
  };
  return (
    <Modal
      opened={open !== null}
      onClose={close}
      title={user ? `Re-send ${user.name}'s invitation` : ""}
      size="lg"
    >
      <Stack gap="sm">
        {resend.data && user ? (
          <InvitationLink
            name={user.name}
            link={resend.data.link}
            expiresAt={resend.data.expiresAt}
            emailedTo={resend.data.emailedTo}
            emailProblem={resend.data.emailProblem}
          />
        ) : (
          <Text size="sm">
            A new link replaces the one sent before, which stops working. The new one works for seven days.
          </Text>
        )}
        {resend.error && <ErrorAlert error={resend.error} title="No new link" />}
        <Group justify="flex-end">
          {resend.data ? (
            <Button onClick={close}>Done</Button>
          ) : (
            <>
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button
                loading={resend.isPending}
                onClick={() => user && resend.mutate(user.id)}
                data-testid="user-resend-confirm"
              >
                Make a new link
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
