// Rename a user or change their role. The server's refusals (the last admin, a partner user
// without an organisation) appear under the field they concern.

import { Button, Group, Modal, NativeSelect, Stack, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { ROLES, type Role } from "#domain/catalogue";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { usePartners } from "../partners/partner-queries.ts";
import { fieldErrorsFrom } from "./field-errors.ts";
import { ROLE_HINTS, ROLE_LABELS } from "./role-labels.ts";
import { useLast } from "./use-last.ts";
import { type User, useUpdateUser } from "./user-queries.ts";

type Field = "name" | "role" | "partnerId";
const FIELDS: Record<string, Field> = { name: "name", role: "role", partnerId: "partnerId" };

export function EditUserModal({ user: open, onClose }: { user: User | null; onClose: () => void }) {
  const user = useLast(open);
  return (
    <Modal opened={open !== null} onClose={onClose} title={user ? `Edit ${user.name}` : ""}>
      {user && <EditUserForm key={user.id} user={user} onDone={onClose} />}
    </Modal>
  );
}

function EditUserForm({ user, onDone }: { user: User; onDone: () => void }) {
  const [name, setName] = useState(user.name);
  const [role, setRole] = useState<Role>(user.role);
  const [partnerId, setPartnerId] = useState(user.partnerId ?? "");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const update = useUpdateUser();
  const partners = usePartners({ enabled: role === "partner" });
  const { rest } = fieldErrorsFrom(update.error, FIELDS);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === "") return setErrors({ name: "Give the person's name" });
    if (role === "partner" && !partnerId)
      return setErrors({ partnerId: "Choose the partner organisation they work for" });
    update.mutate(
      {
        id: user.id,
        body: { name: name.trim(), role, ...(role === "partner" ? { partnerId } : { partnerId: null }) },
      },
      {
        onSuccess: (saved) => {
          notifications.show({ color: "green", message: `${saved.name} is now ${ROLE_LABELS[saved.role]}` });
          onDone();
        },
        onError: (error) => setErrors(fieldErrorsFrom(error, FIELDS).fields),
      },
    );
  };

  return (
    <Stack component="form" gap="sm" onSubmit={onSubmit}>
      {rest && <ErrorAlert error={update.error} title="Not saved" />}
      <TextInput
        label="Name"
        maxLength={200}
        value={name}
        error={errors.name}
        onChange={(e) => setName(e.currentTarget.value)}
        data-testid="user-edit-name"
      />
      <NativeSelect
        label="Role"
        description={ROLE_HINTS[role]}
        value={role}
        error={errors.role}
        onChange={(e) => {
          setRole(e.currentTarget.value as Role);
          setErrors({});
        }}
        data={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        data-testid="user-edit-role"
      />
      {role === "partner" && (
        <NativeSelect
          label="Partner organisation"
          value={partnerId}
          error={errors.partnerId}
          onChange={(e) => setPartnerId(e.currentTarget.value)}
          data={[
            { value: "", label: partners.isPending ? "Loading…" : "Choose…" },
            ...(partners.data ?? []).map((p) => ({ value: p.id, label: p.name })),
          ]}
          data-testid="user-edit-partner"
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={update.isPending} data-testid="user-edit-save">
          Save
        </Button>
      </Group>
    </Stack>
  );
}
