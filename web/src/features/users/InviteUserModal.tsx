// Invite someone: email, name, role (and the partner organisation of a partner user). On success
// the modal turns into the one-time link to pass on.

import { Button, Group, Modal, NativeSelect, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { ROLES, type Role } from "#domain/catalogue";
import { ErrorAlert } from "../../shared/ErrorAlert.tsx";
import { usePartners } from "../partners/partner-queries.ts";
import { fieldErrorsFrom } from "./field-errors.ts";
import { InvitationLink } from "./InvitationLink.tsx";
import { ROLE_HINTS, ROLE_LABELS } from "./role-labels.ts";
import { type Invitation, useInviteUser } from "./user-queries.ts";

type Field = "email" | "name" | "role" | "partnerId";
const FIELDS: Record<string, Field> = { email: "email", name: "name", role: "role", partnerId: "partnerId" };

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
          <InvitationLink name={done.user.name} link={done.link} expiresAt={done.expiresAt} />
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
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("marketing");
  const [partnerId, setPartnerId] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const invite = useInviteUser();
  const partners = usePartners({ enabled: role === "partner" });
  const { rest } = fieldErrorsFrom(invite.error, FIELDS);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found.email = "Enter an email address";
    if (name.trim() === "") found.name = "Give the person's name";
    if (role === "partner" && !partnerId) found.partnerId = "Choose the partner organisation they work for";
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    invite.mutate(
      { email: email.trim(), name: name.trim(), role, partnerId: role === "partner" ? partnerId : null },
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
      <TextInput
        label="Name"
        withAsterisk
        maxLength={200}
        value={name}
        error={errors.name}
        onChange={(e) => setName(e.currentTarget.value)}
        data-testid="invite-name"
      />
      <NativeSelect
        label="Role"
        description={ROLE_HINTS[role]}
        value={role}
        error={errors.role}
        onChange={(e) => setRole(e.currentTarget.value as Role)}
        data={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        data-testid="invite-role"
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
          data-testid="invite-partner"
        />
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={invite.isPending} data-testid="invite-submit">
          Invite
        </Button>
      </Group>
    </Stack>
  );
}
