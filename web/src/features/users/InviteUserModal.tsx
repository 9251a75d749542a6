// Invite someone: email, name, role (and the partner organisation of a partner user). On success
// the modal turns into the one-time link to pass on.

import { Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { fieldErrorsFrom } from "../../shared/field-errors.ts";
import { FormButtons } from "./FormButtons.tsx";
import { InvitationLink } from "./InvitationLink.tsx";
import { ProfileFields } from "./ProfileFields.tsx";
import {
  PROFILE_FIELDS,
  type Profile,
  profileBody,
  profileProblems,
  type UserFieldErrors,
} from "./user-form.ts";
import { type Invitation, useInviteUser } from "./user-queries.ts";

const FIELDS = { ...PROFILE_FIELDS, email: "email" } as const;

export function InviteUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [done, setDone] = useState<Invitation | null>(null);
  const close = () => {
    setDone(null);
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={done ? `${done.user.name} is invited` : "Invite a user"}
      size="lg"
    >
      {done ? (
        <Stack>
          <InvitationLink
            name={done.user.name}
            link={done.link}
            expiresAt={done.expiresAt}
            emailedTo={done.emailedTo}
            emailProblem={done.emailProblem}
          />
          <Group justify="flex-end">
            <Button onClick={close} data-testid="invite-done">
              Done
            </Button>
          </Group>
        </Stack>
      ) : (
        opened && <InviteForm onInvited={setDone} onCancel={close} />
      )}
    </Modal>
  );
}

function InviteForm({ onInvited, onCancel }: { onInvited: (i: Invitation) => void; onCancel: () => void }) {
  const [email, setEmail] = useState("");
  const [profile, setProfile] = useState<Profile>({ name: "", role: "marketing", partnerId: "" });
  const [errors, setErrors] = useState<UserFieldErrors>({});
  const invite = useInviteUser();
  const { rest } = fieldErrorsFrom(invite.error, FIELDS);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = profileProblems(profile);
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found.email = "Enter an email address";
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    invite.mutate(
      { email: email.trim(), ...profileBody(profile) },
      { onSuccess: onInvited, onError: (error) => setErrors(fieldErrorsFrom(error, FIELDS).fields) },
    );
  };

  return (
    <Stack component="form" gap="sm" onSubmit={onSubmit}>
      {rest && <ErrorAlert error={invite.error} title="Not invited" />}
      <TextInput
        label="Email"
        inputMode="email"
        withAsterisk
        value={email}
        error={errors.email}
        onChange={(e) => setEmail(e.currentTarget.value)}
        data-autofocus
        data-testid="invite-email"
      />
      <ProfileFields
        profile={profile}
        onChange={(change) => setProfile((current) => ({ ...current, ...change }))}
        errors={errors}
        required
        testIdPrefix="invite"
      />
      <FormButtons label="Invite" loading={invite.isPending} onCancel={onCancel} testId="invite-submit" />
    </Stack>
  );
}
