// A user's name, their role with what it may do, and for a partner user the organisation they
// work for: the same fields in the invite and the edit form.

import { NativeSelect, TextInput } from "@mantine/core";
import { ROLES, type Role } from "#domain/catalogue";
import { usePartners } from "../partners/partner-queries.ts";
import { ROLE_HINTS, ROLE_LABELS } from "./role-labels.ts";
import type { Profile, UserFieldErrors } from "./user-form.ts";

export function ProfileFields({
  profile,
  onChange,
  errors,
  required = false,
  testIdPrefix,
}: {
  profile: Profile;
  onChange: (change: Partial<Profile>) => void;
  errors: UserFieldErrors;
  /** Marks the name as required (a new user's form). */
  required?: boolean;
  /** "invite" gives invite-name, invite-role and invite-partner. */
  testIdPrefix: string;
}) {
  const { name, role, partnerId } = profile;
  const partners = usePartners({ enabled: role === "partner" });
  return (
    <>
      <TextInput
        label="Name"
        withAsterisk={required}
        maxLength={200}
        value={name}
        error={errors.name}
        onChange={(e) => onChange({ name: e.currentTarget.value })}
        data-testid={`${testIdPrefix}-name`}
      />
      <NativeSelect
        label="Role"
        description={ROLE_HINTS[role]}
        value={role}
        error={errors.role}
        onChange={(e) => onChange({ role: e.currentTarget.value as Role })}
        data={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
        data-testid={`${testIdPrefix}-role`}
      />
      {role === "partner" && (
        <NativeSelect
          label="Partner organisation"
          value={partnerId}
          error={errors.partnerId}
          onChange={(e) => onChange({ partnerId: e.currentTarget.value })}
          data={[
            { value: "", label: partners.isPending ? "Loading…" : "Choose…" },
            ...(partners.data ?? []).map((p) => ({ value: p.id, label: p.name })),
          ]}
          data-testid={`${testIdPrefix}-partner`}
        />
      )}
    </>
  );
}
