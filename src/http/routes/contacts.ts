import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { assignContactsOwner } from "../../services/contacts/assign-owner.ts";
import {
  BULK_ASSIGN_LIMIT,
  BulkAssignSchema,
  CreateContactSchema,
  UpdateContactSchema,
} from "../../services/contacts/contact-schemas.ts";
import { createContact } from "../../services/contacts/create-contact.ts";
import { deleteContact } from "../../services/contacts/delete-contact.ts";
import { eraseContact } from "../../services/contacts/erase-contact.ts";
import { getContact } from "../../services/contacts/get-contact.ts";
import { getScore } from "../../services/contacts/get-score.ts";
import { getStageHistory } from "../../services/contacts/get-stage-history.ts";
import { getTimeline } from "../../services/contacts/get-timeline.ts";
import { countContactsByTemp, listContacts } from "../../services/contacts/list-contacts.ts";
import { updateContact } from "../../services/contacts/update-contact.ts";
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
  unknownReferenceResponse,
} from "../schemas.ts";
import {
  AtQuery,
  ContactFilterQuery,
  ContactListQuery,
  ContactSchema,
  RegistrationUnderReviewSchema,
  ScoreSchema,
  StageTransitionSchema,
  TimelineEntrySchema,
} from "./contact-schemas.ts";

const tags = ["Contacts"];
export const contactRoutes = new OpenAPIHono<AppEnv>();

contactRoutes.openapi(
  createRoute({
    method: "get",
    path: "/contacts",
    tags,
    summary: "List contacts",
    description:
      "Filters combine with AND. `sort` picks the order (newest first, name A–Z, last touch); without it, a `temperature` column read now is ordered by engagement (highest first; in the cold column the never-touched follow the positive scores, the negative ones come last), anything else newest first. Every order pages by a keyset cursor.",
    request: { query: ContactListQuery },
    responses: { 200: json(pageOf(ContactSchema, "ContactPage"), "A page of contacts"), ...errorResponses },
  }),
  async (c) => c.json(await listContacts(c.get("deps"), c.get("identity"), c.req.valid("query")), 200),
);

contactRoutes.openapi(
  createRoute({
    method: "get",
    path: "/contacts/temperature-counts",
    operationId: "countContactsByTemperature",
    tags,
    summary: "Count contacts per temperature (the lead board's column headers)",
    request: { query: ContactFilterQuery },
    responses: {
      200: json(
        z.object({ cold: z.number(), warm: z.number(), hot: z.number(), total: z.number() }),
        "Counts",
      ),
      ...errorResponses,
    },
  }),
  async (c) => c.json(await countContactsByTemp(c.get("deps"), c.get("identity"), c.req.valid("query")), 200),
);

contactRoutes.openapi(
  createRoute({
    method: "post",
    path: "/contacts",
    tags,
    summary: "Create a contact",
    description:
      "Emails are unique per workspace, case-insensitively. A new contact starts as a `prospect` unless `stage` says otherwise. A partner registering an email the workspace already holds outside its organisation gets 202 `under_review` — never whose it is — and the admins are notified.",
    request: { body: jsonBody(CreateContactSchema) },
    responses: {
      201: json(ContactSchema, "The created contact"),
      202: json(
        RegistrationUnderReviewSchema,
        "A partner's registration of a contact held elsewhere, for an admin to settle",
      ),
      ...errorResponses,
      ...conflictResponse,
      ...unknownReferenceResponse,
    },
  }),
  async (c) => {
    const result = await createContact(c.get("deps"), c.get("identity"), c.req.valid("json"));
    return "status" in result ? c.json(result, 202) : c.json(result, 201);
  },
);

contactRoutes.openapi(
  createRoute({
    method: "post",
    path: "/contacts/bulk-assign",
    operationId: "bulkAssignContacts",
    tags,
    summary: "Give many contacts one owner",
    description: `Up to ${BULK_ASSIGN_LIMIT} contacts in one transaction, all or nothing: an unknown contact (404, \`details.missing\`) or owner (422) changes nothing. \`ownerId: null\` leaves them unassigned. Staff only; partners are refused (403).`,
    request: { body: jsonBody(BulkAssignSchema) },
    responses: {
      200: json(
        z.object({ ownerId: z.uuid().nullable(), contactIds: z.array(z.uuid()) }),
        "The contacts now owned by ownerId",
      ),
      ...errorResponses,
      ...notFoundResponse,
      ...unknownReferenceResponse,
    },
  }),
  async (c) => c.json(await assignContactsOwner(c.get("deps"), c.get("identity"), c.req.valid("json")), 200),
);

contactRoutes.openapi(
  createRoute({
    method: "get",
    path: "/contacts/{id}",
    tags,
    summary: "Read a contact",
    request: { params: IdParam, query: AtQuery },
    responses: { 200: json(ContactSchema, "The contact"), ...errorResponses, ...notFoundResponse },
  }),
  async (c) =>
    c.json(
      await getContact(c.get("deps"), c.get("identity"), {
        id: c.req.valid("param").id,
        at: c.req.valid("query").at,
      }),
      200,
    ),
);

contactRoutes.openapi(
  createRoute({
    method: "patch",
    path: "/contacts/{id}",
    tags,
    summary: "Update a contact",
    description:
      "Only the fields sent change. A stage change is recorded in the stage history with `stageReason`.",
    request: { params: IdParam, body: jsonBody(UpdateContactSchema) },
    responses: {
      200: json(ContactSchema, "The updated contact"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
      ...unknownReferenceResponse,
    },
  }),
  async (c) =>
    c.json(
      await updateContact(c.get("deps"), c.get("identity"), {
        id: c.req.valid("param").id,
        changes: c.req.valid("json"),
      }),
      200,
    ),
);

contactRoutes.openapi(
  createRoute({
    method: "delete",
    path: "/contacts/{id}",
    tags,
    summary: "Delete a contact with its touchpoints",
    request: { params: IdParam },
    responses: { 204: { description: "Deleted" }, ...errorResponses, ...notFoundResponse },
  }),
  async (c) => {
    await deleteContact(c.get("deps"), c.get("identity"), c.req.valid("param"));
    return c.body(null, 204);
  },
);

const EraseContactBody = z
  .object({
    confirmEmail: z.string().min(1).max(320).openapi({
      description: "The contact's email address typed back (case and surrounding spaces do not matter)",
    }),
  })
  .openapi("EraseContactInput");

contactRoutes.openapi(
  createRoute({
    method: "post",
    path: "/contacts/{id}/erase",
    operationId: "eraseContact",
    tags,
    summary: "Erase a contact's personal data everywhere (GDPR; admins)",
    description:
      "In one transaction: deletes the contact with their timeline, scores, stage history, tasks, hand-offs, enrolments, consents, outbox messages and proposals; keeps their deals (for revenue) without the person; deletes notifications and stored Idempotency-Key replies that name them; replaces any suppression of the address by a SHA-256 hash so the address is never mailed again. Records `contact.erased` in the audit log without personal data. `confirmEmail` must match the contact's address.",
    request: { params: IdParam, body: jsonBody(EraseContactBody) },
    responses: {
      200: json(
        z
          .object({ contactId: z.uuid(), dealsKept: z.number().int(), erasedAt: z.string() })
          .openapi("ErasureResult"),
        "Erased",
      ),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) =>
    c.json(
      await eraseContact(c.get("deps"), c.get("identity"), {
        id: c.req.valid("param").id,
        confirmEmail: c.req.valid("json").confirmEmail,
      }),
      200,
    ),
);

contactRoutes.openapi(
  createRoute({
    method: "get",
    path: "/contacts/{id}/timeline",
    operationId: "getContactTimeline",
    tags,
    summary: "A contact's touchpoints from both sides, newest first",
    request: { params: IdParam, query: PageQuery },
    responses: {
      200: json(pageOf(TimelineEntrySchema, "TimelinePage"), "A page of the timeline"),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) =>
    c.json(
      await getTimeline(c.get("deps"), c.get("identity"), {
        contactId: c.req.valid("param").id,
        ...c.req.valid("query"),
      }),
      200,
    ),
);

contactRoutes.openapi(
  createRoute({
    method: "get",
    path: "/contacts/{id}/stages",
    tags,
    summary: "A contact's stage history, oldest first",
    description:
      "Every transition: from (null at creation), to, when it happened in the contact's life, and its cause — a touchpoint (a prospect's first inbound response), a deal, a hand-off, or a user by hand.",
    request: { params: IdParam },
    responses: {
      200: json(z.object({ data: z.array(StageTransitionSchema) }), "The transitions"),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) =>
    c.json(
      await getStageHistory(c.get("deps"), c.get("identity"), { contactId: c.req.valid("param").id }),
      200,
    ),
);

contactRoutes.openapi(
  createRoute({
    method: "get",
    path: "/contacts/{id}/score",
    operationId: "getContactScore",
    tags,
    summary: "Engagement, temperature and its explanation at an instant",
    request: { params: IdParam, query: AtQuery },
    responses: {
      200: json(ScoreSchema, "The score and each touchpoint's decayed contribution"),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) =>
    c.json(
      await getScore(c.get("deps"), c.get("identity"), {
        contactId: c.req.valid("param").id,
        at: c.req.valid("query").at,
      }),
      200,
    ),
);
