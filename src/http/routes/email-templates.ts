import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { MERGE_FIELDS } from "../../domain/merge.ts";
import {
  EMAIL_KINDS,
  EmailSettingsSchema,
  TemplateFieldsSchema,
  UpdateTemplateSchema,
} from "../../services/email/email-schemas.ts";
import { getEmailSettings, setEmailSettings } from "../../services/email/email-settings.ts";
import {
  createTemplate,
  deleteTemplate,
  getTemplate,
  listTemplates,
  updateTemplate,
} from "../../services/email/templates.ts";
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
export const emailTemplateRoutes = new OpenAPIHono<AppEnv>();

const TemplateSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(EMAIL_KINDS),
    subject: z.string(),
    body: z.string(),
    fields: z.array(z.enum(MERGE_FIELDS)),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("EmailTemplate");

const templateDescription = `Plain text with merge fields: ${MERGE_FIELDS.map((f) => `{{${f}}}`).join(", ")}. Other fields, a stray {{ and a subject with a line break are refused. The HTML part is derived: escaped, paragraphs from blank lines, http(s) URLs as tracked links. Marketing templates without {{unsubscribeUrl}} get an unsubscribe line appended.`;

emailTemplateRoutes.openapi(
  createRoute({
    method: "get",
    path: "/email-templates",
    tags,
    summary: "Email templates",
    request: { query: PageQuery },
    responses: {
      200: json(pageOf(TemplateSchema, "EmailTemplatePage"), "Templates, newest first"),
      ...errorResponses,
    },
  }),
  async (c) => c.json(await listTemplates(c.get("deps"), c.get("identity"), c.req.valid("query")), 200),
);

emailTemplateRoutes.openapi(
  createRoute({
    method: "post",
    path: "/email-templates",
    tags,
    summary: "Create an email template (admin, marketing)",
    description: templateDescription,
    request: { body: jsonBody(TemplateFieldsSchema.openapi("EmailTemplateInput")) },
    responses: { 201: json(TemplateSchema, "The template"), ...errorResponses, ...conflictResponse },
  }),
  async (c) => c.json(await createTemplate(c.get("deps"), c.get("identity"), c.req.valid("json")), 201),
);

emailTemplateRoutes.openapi(
  createRoute({
    method: "get",
    path: "/email-templates/{id}",
    tags,
    summary: "Read an email template",
    request: { params: IdParam },
    responses: { 200: json(TemplateSchema, "The template"), ...errorResponses, ...notFoundResponse },
  }),
  async (c) => c.json(await getTemplate(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);

emailTemplateRoutes.openapi(
  createRoute({
    method: "patch",
    path: "/email-templates/{id}",
    tags,
    summary: "Change an email template (admin, marketing)",
    description: `${templateDescription} Messages already queued keep what they were rendered with.`,
    request: { params: IdParam, body: jsonBody(UpdateTemplateSchema.openapi("EmailTemplateUpdate")) },
    responses: {
      200: json(TemplateSchema, "The template"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) =>
    c.json(
      await updateTemplate(c.get("deps"), c.get("identity"), c.req.valid("param").id, c.req.valid("json")),
      200,
    ),
);

emailTemplateRoutes.openapi(
  createRoute({
    method: "delete",
    path: "/email-templates/{id}",
    tags,
    summary: "Delete an email template no newsletter used (admin, marketing)",
    request: { params: IdParam },
    responses: {
      204: { description: "Deleted" },
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) => {
    await deleteTemplate(c.get("deps"), c.get("identity"), c.req.valid("param").id);
    return c.body(null, 204);
  },
);

const SettingsSchema = z
  .object({
    smtp: z
      .object({
        host: z.string(),
        port: z.number().int(),
        security: z.enum(["tls", "starttls", "none"]),
        user: z.string().nullable(),
        passwordSet: z.boolean(),
      })
      .nullable()
      .openapi({ description: "null: no SMTP server; messages go to the local outbox only" }),
    fromName: z.string(),
    fromAddress: z.string(),
    sendWindow: z.object({
      timeZone: z.string(),
      days: z.array(z.number().int()),
      start: z.string(),
      end: z.string(),
    }),
    ratePerMinute: z.number().int(),
    updatedAt: z.string().nullable(),
  })
  .openapi("EmailSettings");

emailTemplateRoutes.openapi(
  createRoute({
    method: "get",
    path: "/email-settings",
    operationId: "getEmailSettings",
    tags,
    summary: "How the workspace sends email (admin); the SMTP password is never returned",
    responses: { 200: json(SettingsSchema, "The email settings"), ...errorResponses },
  }),
  async (c) => c.json(await getEmailSettings(c.get("deps"), c.get("identity")), 200),
);

emailTemplateRoutes.openapi(
  createRoute({
    method: "put",
    path: "/email-settings",
    operationId: "updateEmailSettings",
    tags,
    summary: "Set the SMTP server, sender, sending window and rate limit (admin)",
    description:
      "smtp.password is write-only: leave it out to keep the stored one, send null to remove it. A sender name with a line break is refused.",
    request: { body: jsonBody(EmailSettingsSchema.openapi("EmailSettingsInput")) },
    responses: { 200: json(SettingsSchema, "The email settings"), ...errorResponses },
  }),
  async (c) => c.json(await setEmailSettings(c.get("deps"), c.get("identity"), c.req.valid("json")), 200),
);
