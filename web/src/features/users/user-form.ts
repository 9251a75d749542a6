// What the invite and edit forms share: the profile they set (name, role and a partner user's
// organisation), the server's names for the fields, what the form can tell without asking, and
// the body's part for it.

import type { Role } from "#domain/catalogue";

export interface Profile {
  name: string;
  role: Role;
  /** "" until chosen; only a partner user has one. */
  partnerId: string;
}

export type UserField = "email" | keyof Profile;
export type UserFieldErrors = Partial<Record<UserField, string>>;

/** API field → form field, for the fields both forms have; the invite form adds the email. */
export const PROFILE_FIELDS: Record<string, UserField> = {
  name: "name",
  role: "role",
  partnerId: "partnerId",
};

export function profileProblems(profile: Profile): UserFieldErrors {
  const found: UserFieldErrors = {};
  if (profile.name.trim() === "") found.name = "Give the person's name";
  if (profile.role === "partner" && !profile.partnerId)
    found.partnerId = "Choose the partner organisation they work for";
  return found;
}

/** The profile as the API takes it: the name trimmed, the organisation with the partner role only. */
export const profileBody = ({ name, role, partnerId }: Profile) => ({
  name: name.trim(),
  role,
  partnerId: role === "partner" ? partnerId : null,
});
