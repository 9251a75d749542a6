import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { login, logout } from "../../services/auth/login.ts";
import { clientAddress, reachedOverTls } from "../client-address.ts";
import type { AppEnv } from "../env.ts";
import {
  authenticate,
  requireWebClient,
  SESSION_COOKIE,
  WEB_CLIENT_HEADER,
} from "../middleware/authenticate.ts";
import { ErrorSchema, json, jsonBody } from "../schemas.ts";

const tags = ["Web session"];

/** The session cookie of a login (password or accepted invitation). */
export function setSessionCookie(c: Context<AppEnv>, session: { token: string; expiresAt: Date }) {
  setCookie(c, SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: "Lax",
    path: "/",
    secure: reachedOverTls(c, c.get("trustedProxies")),
    expires: session.expiresAt,
  });
}

export const IdentitySchema = z
  .object({
    user: z.object({ id: z.uuid(), email: z.string(), name: z.string(), role: z.string() }),
    workspace: z.object({ id: z.uuid(), name: z.string() }),
  })
  .openapi("Identity");

/** Log in and out (cookie sessions for the web app). Mounted before the authentication wall. */
export const loginRoutes = new OpenAPIHono<AppEnv>();

loginRoutes.openapi(
  createRoute({
    method: "post",
    path: "/auth/login",
    operationId: "logIn",
    tags,
    security: [], // mounted before the authentication wall
    summary: "Log in with email and password; sets an HttpOnly session cookie",
    request: {
      body: jsonBody(
        z.strictObject({
          email: z.email(),
          password: z.string().min(1).max(200),
          workspace: z
            .string()
            .max(100)
            .optional()
            .openapi({ description: "Slug, when the email is in several" }),
        }),
      ),
    },
    responses: {
      200: json(IdentitySchema, "Logged in"),
      401: {
        description: "Wrong email or password",
        content: { "application/json": { schema: ErrorSchema } },
      },
      429: {
        description:
          "Too many attempts: ten per account in 15 minutes (a success clears them) or fifty failures per address; Retry-After says when to try again",
        content: { "application/json": { schema: ErrorSchema } },
      },
    },
  }),
  async (c) => {
    const result = await login(c.get("deps"), {
      ...c.req.valid("json"),
      clientAddress: clientAddress(c, c.get("trustedProxies")),
    });
    setSessionCookie(c, result);
    return c.json({ user: result.user, workspace: result.workspace }, 200);
  },
);

loginRoutes.openapi(
  createRoute({
    method: "post",
    path: "/auth/logout",
    operationId: "logOut",
    tags,
    security: [],
    summary: "Log out",
    description: `Ends the cookie session. Needs the ${WEB_CLIENT_HEADER} header, like every cookie-authenticated write, so a form on another page cannot log anyone out.`,
    responses: {
      204: { description: "Logged out" },
      403: {
        description: `Without the ${WEB_CLIENT_HEADER} header`,
        content: { "application/json": { schema: ErrorSchema } },
      },
    },
  }),
  async (c) => {
    requireWebClient(c);
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await logout(c.get("deps"), token);
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.body(null, 204);
  },
);

export const meRoutes = new OpenAPIHono<AppEnv>();
meRoutes.use("/auth/me", authenticate());
meRoutes.openapi(
  createRoute({
    method: "get",
    path: "/auth/me",
    operationId: "getMe",
    tags,
    summary: "Who is logged in",
    responses: { 200: json(IdentitySchema, "The current user and workspace") },
  }),
  (c) => {
    const { user, workspace } = c.get("identity");
    return c.json({ user, workspace }, 200);
  },
);
