// The invitee's two calls, before the authentication wall: who the link invites, and accepting
// it. The token travels in the body, not the path, so it never lands in a logged URL.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { acceptInvitation, readInvitation } from "../../services/users/accept-invitation.ts";
import { AcceptInvitationSchema } from "../../services/users/user-schemas.ts";
import type { AppEnv } from "../env.ts";
import { ErrorSchema, json, jsonBody } from "../schemas.ts";
import { IdentitySchema, setSessionCookie } from "./auth.ts";

const tags = ["Web session"];
export const invitationRoutes = new OpenAPIHono<AppEnv>();

const invalid = {
  description:
    "The link does not work (unknown, used, replaced, expired or its user deactivated: one answer for all)",
  content: { "application/json": { schema: ErrorSchema } },
};
const limited = {
  description: "Too many requests from your address (600 a minute); Retry-After says when to try again",
  content: { "application/json": { schema: ErrorSchema } },
};

invitationRoutes.openapi(
  createRoute({
    method: "post",
    path: "/auth/invitation",
    operationId: "readInvitation",
    tags,
    security: [],
    summary: "Who an invitation link invites (the page greets them before they choose a password)",
    request: {
      body: jsonBody(z.strictObject({ token: z.string().min(1).max(200) }).openapi("InvitationToken")),
    },
    responses: {
      200: json(
        z.object({ email: z.string(), name: z.string(), workspace: z.object({ name: z.string() }) }),
        "The invitation",
      ),
      404: invalid,
      429: limited,
    },
  }),
  async (c) => c.json(await readInvitation(c.get("deps"), c.req.valid("json").token), 200),
);

invitationRoutes.openapi(
  createRoute({
    method: "post",
    path: "/auth/invitation/accept",
    operationId: "acceptInvitation",
    tags,
    security: [],
    summary:
      "Choose a password with an invitation link; logs in (sets the session cookie). The link works once",
    request: { body: jsonBody(AcceptInvitationSchema.openapi("AcceptInvitationInput")) },
    responses: { 200: json(IdentitySchema, "Logged in"), 404: invalid, 429: limited },
  }),
  async (c) => {
    const result = await acceptInvitation(c.get("deps"), c.req.valid("json"));
    setSessionCookie(c, result);
    return c.json({ user: result.user, workspace: result.workspace }, 200);
  },
);
