// Rename a user or change their role. The server's refusals (the last admin, a partner user
// without an organisation) appear under the field they concern.

import { Modal, Stack } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { fieldErrorsFrom } from "../../shared/field-errors.ts";
import { FormButtons } from "./FormButtons.tsx";
import { ProfileFields } from "./ProfileFields.tsx";
import { ROLE_LABELS } from "./role-labels.ts";
import { useLast } from "./use-last.ts";
import {
  PROFILE_FIELDS,
  type Profile,
  profileBody,
  profileProblems,
  type UserFieldErrors,
} from "./user-form.ts";
import { type User, useUpdateUser } from "./user-queries.ts";

export function EditUserModal({ user: open, onClose }: { user: User | null; onClose: () => void }) {
  const user = useLast(open);
  return (
    <Modal opened={open !== null} onClose={onClose} title={user ? `Edit ${user.name}` : ""}>
      {user && <EditUserForm key={user.id} user={user} onDone={onClose} />}
    </Modal>
  );
}

function EditUserForm({ user, onDone }: { user: User; onDone: () => void }) {
  const [profile, setProfile] = useState<Profile>({
    name: user.name,
    role: user.role,
    partnerId: user.partnerId ?? "",
  });
  const [errors, setErrors] = useState<UserFieldErrors>({});
  const update = useUpdateUser();
  const { rest } = fieldErrorsFrom(update.error, PROFILE_FIELDS);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = profileProblems(profile);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    update.mutate(
      { id: user.id, body: profileBody(profile) },
      {
        onSuccess: (saved) => {
          notifications.show({ color: "green", message: `${saved.name} is now ${ROLE_LABELS[saved.role]}` });
          onDone();
        },
        onError: (error) => setErrors(fieldErrorsFrom(error, PROFILE_FIELDS).fields),
      },
    );
  };

  return (
    <Stack component="form" gap="sm" onSubmit={onSubmit}>
      {rest && <ErrorAlert error={update.error} title="Not saved" />}
      <ProfileFields
        profile={profile}
        onChange={(change) => {
          setProfile((current) => ({ ...current, ...change }));
          // Another role is another question: the last answer's refusals no longer apply.
          if (change.role) setErrors({});
        }}
        errors={errors}
        testIdPrefix="user-edit"
      />
      <FormButtons label="Save" loading={update.isPending} onCancel={onDone} testId="user-edit-save" />
    </Stack>
  );
}
