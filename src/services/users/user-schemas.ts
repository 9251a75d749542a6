import { z } from "zod";
import { ROLES } from "../../domain/catalogue.ts";
import { PASSWORD_MAX } from "../../domain/users.ts";

const name = z.string().trim().min(1, "Give the person's name").max(200);

export const InviteUserSchema = z.strictObject({
  email: z.email("Enter an email address").max(254),
  name,
  role: z.enum(ROLES),
  /** Required for a partner user, refused for anyone else (the check is in words in the domain). */
  partnerId: z.uuid().nullable().optional(),
});
export type InviteUserInput = z.infer<typeof InviteUserSchema>;

export const UpdateUserSchema = z.strictObject({
  name: name.optional(),
  role: z.enum(ROLES).optional(),
  /** Needed when the role becomes partner; cleared when a partner user becomes staff. */
  partnerId: z.uuid().nullable().optional(),
});
export type UpdateUserInput = z.infer<typeof UpdateUserSchema>;

// Lengths are checked by the domain's passwordProblem so the refusal is in words; the cap here
// only keeps absurd bodies out.
export const AcceptInvitationSchema = z.strictObject({
  token: z.string().min(1).max(200),
  password: z.string().max(PASSWORD_MAX * 4),
});

export const ChangePasswordSchema = z.strictObject({
  currentPassword: z.string().max(PASSWORD_MAX * 4),
  newPassword: z.string().max(PASSWORD_MAX * 4),
});
