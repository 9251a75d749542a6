// The rules of a workspace's membership: passwords, the partner tie, the status a user is in,
// and that a workspace always keeps one admin who can log in. Pure; the services lock and load.

import type { Role } from "./catalogue.ts";

export const PASSWORD_MIN = 8;
/** The login form accepts up to this many characters; a longer password could never be typed there. */
export const PASSWORD_MAX = 200;
/** How long an invitation link works. */
export const INVITATION_DAYS = 7;

export type UserStatus = "active" | "invited" | "deactivated";

/** Why a new password is refused, in the form's words; null when it is fine. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return `A password needs at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `A password has at most ${PASSWORD_MAX} characters.`;
  return null;
}

/**
 * The schema's check (`users_partner_role_check`) in words: a partner user belongs to exactly one
 * partner organisation and nobody else belongs to one.
 */
export function partnerTieProblem(role: Role, partnerId: string | null | undefined): string | null {
  if (role === "partner" && !partnerId)
    return "A partner user needs the partner organisation they work for: choose one.";
  if (role !== "partner" && partnerId) return "Only partner users belong to a partner organisation.";
  return null;
}

/** Deactivation wins over a pending invitation: a deactivated invitee's link does not work. */
export function userStatus(user: { deactivatedAt: Date | null; invited: boolean }): UserStatus {
  if (user.deactivatedAt) return "deactivated";
  return user.invited ? "invited" : "active";
}

/**
 * Why a user may not be given new work (a contact, deal, program or task to own, a lead to take):
 * a deactivated user cannot log in to do it. What they already own stays theirs. Null when they may.
 */
export function assigneeProblem(user: { name: string; deactivatedAt: Date | null }): string | null {
  return user.deactivatedAt
    ? `${user.name} is deactivated and cannot take on new work: choose an active user.`
    : null;
}

export interface AdminChange {
  userId: string;
  /** The role the user will have, or "deactivated" when they are being deactivated. */
  becomes: Role | "deactivated";
}

/**
 * Refuses a change that would leave the workspace with no active admin (one who can log in and
 * is not deactivated): nobody could then manage users or settings from the app. `activeAdminIds`
 * must be read under the lock that serialises user changes, or two admins demoting each other
 * at once could both pass.
 */
export function lastAdminProblem(activeAdminIds: readonly string[], change: AdminChange): string | null {
  if (!activeAdminIds.includes(change.userId) || change.becomes === "admin") return null;
  if (activeAdminIds.length > 1) return null;
  return change.becomes === "deactivated"
    ? "This is the workspace's last active admin: make someone else an admin before deactivating them."
    : "This is the workspace's last active admin: make someone else an admin before changing this role.";
}

/** When an invitation issued at `now` stops working. */
export function invitationExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
}
