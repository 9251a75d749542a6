import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { listConsents, recordConsent } from "../../services/email/consents.ts";
import {
  ConsentInputSchema,
  SUPPRESSION_REASONS,
  SuppressionInputSchema,
} from "../../services/email/email-schemas.ts";
import { addSuppression, listSuppressions, removeSuppression } from "../../services/email/suppressions.ts";
import type { AppEnv } from "../env.ts";
import {
  conflictResponse,
  errorResponses,
  IdParam,
  json,
  jsonBody,
  notFoundResponse,
  PageQuery,
  pageOf,
} from "../schemas.ts";

const tags = ["Email"];
export const consentRoutes = new OpenAPIHono<AppEnv>();

const ConsentSchema = z
  .object({
    id: z.uuid(),
    contactId: z.uuid(),
    purpose: z.enum(["marketing"]),
    granted: z.boolean(),
    source: z.string(),
    text: z.string().nullable(),
    occurredAt: z.string(),
    recordedBy: z.uuid().nullable(),
  })
  .openapi("Consent");

consentRoutes.openapi(
  createRoute({
    method: "get",
    path: "/contacts/{id}/consents",
    tags,
    summary: "A contact's consent history and current marketing consent",
    request: { params: IdParam },
    responses: {
      200: json(
        z.object({ marketing: z.boolean().nullable(), data: z.array(ConsentSchema) }),
        "Newest first; `marketing` is the latest marketing consent (null: never recorded)",
      ),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) => c.json(await listConsents(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);

consentRoutes.openapi(
  createRoute({
    method: "post",
    path: "/contacts/{id}/consents",
    tags,
    summary: "Record consent given or withdrawn (source, the words shown, when)",
    description: "Marketing mail goes only to contacts whose latest marketing consent is granted.",
    request: { params: IdParam, body: jsonBody(ConsentInputSchema.openapi("ConsentInput")) },
    responses: { 201: json(ConsentSchema, "The recorded consent"), ...errorResponses, ...notFoundResponse },
  }),
  async (c) =>
    c.json(
      await recordConsent(c.get("deps"), c.get("identity"), {
        contactId: c.req.valid("param").id,
        consent: c.req.valid("json"),
      }),
      201,
    ),
);

const SuppressionSchema = z
  .object({
    email: z.string(),
    reason: z.enum(SUPPRESSION_REASONS),
    detail: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("Suppression");

consentRoutes.openapi(
  createRoute({
    method: "get",
    path: "/suppressions",
    tags,
    summary: "The suppression list, newest first (admin, marketing)",
    request: { query: PageQuery.extend({ q: z.string().max(254).optional() }) },
    responses: {
      200: json(pageOf(SuppressionSchema, "SuppressionPage"), "Suppressed addresses"),
      ...errorResponses,
    },
  }),
  async (c) => c.json(await listSuppressions(c.get("deps"), c.get("identity"), c.req.valid("query")), 200),
);

consentRoutes.openapi(
  createRoute({
    method: "post",
    path: "/suppressions",
    tags,
    summary: "Suppress an address (admin, marketing)",
    request: { body: jsonBody(SuppressionInputSchema.openapi("SuppressionInput")) },
    responses: { 201: json(SuppressionSchema, "The suppression"), ...errorResponses, ...conflictResponse },
  }),
  async (c) => c.json(await addSuppression(c.get("deps"), c.get("identity"), c.req.valid("json")), 201),
);

const EmailParam = z.object({
  email: z
    .string()
    .min(3)
    .max(254)
    .openapi({ param: { name: "email", in: "path" }, example: "someone@example.com" }),
});

consentRoutes.openapi(
  createRoute({
    method: "delete",
    path: "/suppressions/{email}",
    tags,
    summary: "Take an address off the suppression list (admin, marketing)",
    request: { params: EmailParam },
    responses: { 204: { description: "Removed" }, ...errorResponses, ...notFoundResponse },
  }),
  async (c) => {
    await removeSuppression(c.get("deps"), c.get("identity"), c.req.valid("param").email);
    return c.body(null, 204);
  },
);
