// The user's own account: their password and their API keys (admins also reach everyone's keys).
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { getCookie } from "hono/cookie";
import { changePassword } from "../../services/auth/change-password.ts";
import { createOwnApiKey, listUserApiKeys, revokeUserApiKey } from "../../services/auth/user-api-keys.ts";
import { ChangePasswordSchema } from "../../services/users/user-schemas.ts";
import type { AppEnv } from "../env.ts";
import { SESSION_COOKIE } from "../middleware/authenticate.ts";
import { errorResponses, IdParam, json, jsonBody, notFoundResponse } from "../schemas.ts";

export const accountRoutes = new OpenAPIHono<AppEnv>();

accountRoutes.openapi(
  createRoute({
    method: "post",
    path: "/me/password",
    operationId: "changeMyPassword",
    tags: ["Users"],
    summary: "Change my password; my other sessions end, this one stays",
    request: { body: jsonBody(ChangePasswordSchema.openapi("ChangePasswordInput")) },
    responses: { 204: { description: "Changed" }, ...errorResponses },
  }),
  async (c) => {
    const keepSession = c.get("authVia") === "session" ? getCookie(c, SESSION_COOKIE) : undefined;
    await changePassword(c.get("deps"), c.get("identity"), { ...c.req.valid("json"), keepSession });
    return c.body(null, 204);
  },
);

const ApiKeySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string().openapi({ description: "The key's first characters, to recognise it" }),
    userId: z.uuid(),
    userName: z.string(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable().openapi({
      description: "When a request last authenticated with the key, to the minute; null if never",
    }),
    revokedAt: z.string().nullable(),
  })
  .openapi("ApiKey");

accountRoutes.openapi(
  createRoute({
    method: "get",
    path: "/api-keys",
    operationId: "listApiKeys",
    tags: ["API keys"],
    summary: "My API keys, newest first; with `everyone=true` every user's (admins)",
    request: {
      query: z.object({
        everyone: z
          .enum(["true", "false"])
          .optional()
          .openapi({ description: "Every user's keys (admins only)" }),
      }),
    },
    responses: {
      200: json(z.object({ data: z.array(ApiKeySchema) }), "Keys, never the keys themselves"),
      ...errorResponses,
    },
  }),
  async (c) =>
    c.json(
      {
        data: await listUserApiKeys(c.get("deps"), c.get("identity"), {
          everyone: c.req.valid("query").everyone === "true",
        }),
      } as never,
      200,
    ),
);

accountRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api-keys",
    operationId: "createApiKey",
    tags: ["API keys"],
    summary: "Create an API key acting as me; the key is in this answer only",
    request: {
      body: jsonBody(
        z.strictObject({ name: z.string().trim().min(1, "Name the key").max(100) }).openapi("ApiKeyInput"),
      ),
    },
    responses: {
      201: json(
        ApiKeySchema.extend({ key: z.string().openapi({ description: "Shown this once" }) }),
        "The key",
      ),
      ...errorResponses,
    },
  }),
  async (c) =>
    c.json((await createOwnApiKey(c.get("deps"), c.get("identity"), c.req.valid("json"))) as never, 201),
);

accountRoutes.openapi(
  createRoute({
    method: "post",
    path: "/api-keys/{id}/revoke",
    operationId: "revokeApiKey",
    tags: ["API keys"],
    summary: "Revoke an API key (mine; admins any): the next request with it is refused",
    request: { params: IdParam },
    responses: { 200: json(ApiKeySchema, "The revoked key"), ...errorResponses, ...notFoundResponse },
  }),
  async (c) =>
    c.json((await revokeUserApiKey(c.get("deps"), c.get("identity"), c.req.valid("param").id)) as never, 200),
);
