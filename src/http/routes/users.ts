import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { ROLES } from "../../domain/catalogue.ts";
import { deactivateUser } from "../../services/users/deactivate-user.ts";
import { inviteUser } from "../../services/users/invite-user.ts";
import { listUsers } from "../../services/users/list-users.ts";
import { reactivateUser } from "../../services/users/reactivate-user.ts";
import { resendInvitation } from "../../services/users/resend-invitation.ts";
import { updateUser } from "../../services/users/update-user.ts";
import { InviteUserSchema, UpdateUserSchema } from "../../services/users/user-schemas.ts";
import type { AppEnv } from "../env.ts";
import {
  conflictResponse,
  errorResponses,
  IdParam,
  json,
  jsonBody,
  notFoundResponse,
  unknownReferenceResponse,
} from "../schemas.ts";

const tags = ["Users"];
export const userRoutes = new OpenAPIHono<AppEnv>();

const UserSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    partnerId: z.uuid().nullable(),
    status: z.enum(["active", "invited", "deactivated"]),
    lastLoginAt: z.string().nullable(),
    invitationExpiresAt: z.string().nullable().openapi({
      description: "When the pending invitation's link stops working; null when none is pending",
    }),
  })
  .openapi("User");

const InvitationLinkSchema = z.object({
  link: z.string().openapi({ description: "The one-time link, shown this once and never stored" }),
  expiresAt: z.string(),
  emailedTo: z.string().nullable().openapi({
    description:
      "Where the invitation was emailed, when the workspace sends through SMTP; null when it was not",
  }),
  emailProblem: z.string().nullable().openapi({
    description:
      "Why the email did not go out although SMTP is set up (the server's answer); pass the link on by hand",
  }),
});

userRoutes.openapi(
  createRoute({
    method: "get",
    path: "/users",
    tags,
    summary: "The workspace's users, with their status (staff)",
    responses: { 200: json(z.object({ data: z.array(UserSchema) }), "Users"), ...errorResponses },
  }),
  async (c) => c.json({ data: await listUsers(c.get("deps"), c.get("identity")) } as never, 200),
);

userRoutes.openapi(
  createRoute({
    method: "post",
    path: "/users/invitations",
    operationId: "inviteUser",
    tags,
    summary: "Invite a user by email; answers the one-time link to pass on (admins)",
    description:
      "The user exists at once, with status `invited` and no password. The link (`<public URL>/invite/<token>`) lets them choose a password and works once, for 7 days; Baton keeps only the token's hash, so the link is in this answer only. When the workspace sends through SMTP, the invitation is also emailed (`emailedTo`), or `emailProblem` says why not. A partner user needs `partnerId`. An email already in the workspace is a 409.",
    request: { body: jsonBody(InviteUserSchema.openapi("InviteUserInput")) },
    responses: {
      201: json(InvitationLinkSchema.extend({ user: UserSchema }), "Invited"),
      ...errorResponses,
      ...conflictResponse,
      ...unknownReferenceResponse,
    },
  }),
  async (c) =>
    c.json((await inviteUser(c.get("deps"), c.get("identity"), c.req.valid("json"))) as never, 201),
);

userRoutes.openapi(
  createRoute({
    method: "post",
    path: "/users/{id}/invitation",
    operationId: "resendInvitation",
    tags,
    summary: "A new invitation link for a user who has not accepted yet; the old link stops working (admins)",
    request: { params: IdParam },
    responses: {
      200: json(InvitationLinkSchema, "The new link"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) =>
    c.json((await resendInvitation(c.get("deps"), c.get("identity"), c.req.valid("param").id)) as never, 200),
);

userRoutes.openapi(
  createRoute({
    method: "patch",
    path: "/users/{id}",
    operationId: "updateUser",
    tags,
    summary: "Rename a user or change their role (admins)",
    description:
      "Making someone a partner user needs `partnerId`; a partner user who becomes staff leaves their organisation. The workspace's last active admin cannot be given another role (409).",
    request: { params: IdParam, body: jsonBody(UpdateUserSchema.openapi("UpdateUserInput")) },
    responses: {
      200: json(UserSchema, "The user"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
      ...unknownReferenceResponse,
    },
  }),
  async (c) =>
    c.json(
      (await updateUser(c.get("deps"), c.get("identity"), {
        id: c.req.valid("param").id,
        changes: c.req.valid("json"),
      })) as never,
      200,
    ),
);

userRoutes.openapi(
  createRoute({
    method: "post",
    path: "/users/{id}/deactivate",
    operationId: "deactivateUser",
    tags,
    summary: "Deactivate a user: their sessions end and their API keys are revoked at once (admins)",
    description:
      "The workspace's last active admin cannot be deactivated (409). Deactivating twice changes nothing.",
    request: { params: IdParam },
    responses: {
      200: json(UserSchema, "The user"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) =>
    c.json((await deactivateUser(c.get("deps"), c.get("identity"), c.req.valid("param").id)) as never, 200),
);

userRoutes.openapi(
  createRoute({
    method: "post",
    path: "/users/{id}/reactivate",
    operationId: "reactivateUser",
    tags,
    summary: "Let a deactivated user log in again (admins); their old API keys stay revoked",
    request: { params: IdParam },
    responses: { 200: json(UserSchema, "The user"), ...errorResponses, ...notFoundResponse },
  }),
  async (c) =>
    c.json((await reactivateUser(c.get("deps"), c.get("identity"), c.req.valid("param").id)) as never, 200),
);
