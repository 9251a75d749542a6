import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { TEMPERATURES } from "../../domain/catalogue.ts";
import { ENROLMENT_STATUSES, STEP_CHANNELS, STEP_SIDES } from "../../domain/playbooks.ts";
import { STAGES } from "../../domain/stages.ts";
import { audienceCsv } from "../../services/playbooks/audience.ts";
import { enrolInSequence, enrolmentEventList, exitEnrolment } from "../../services/playbooks/enrolments.ts";
import { listEnrolments } from "../../services/playbooks/list-enrolments.ts";
import {
  EnrolInputSchema,
  EnrolmentFilterSchema,
  PlaybookInputSchema,
} from "../../services/playbooks/playbook-schemas.ts";
import { getPlaybook, listPlaybooks } from "../../services/playbooks/read-playbooks.ts";
import { createPlaybook, deletePlaybook, replacePlaybook } from "../../services/playbooks/save-playbook.ts";
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

const tags = ["Playbooks"];
export const playbookRoutes = new OpenAPIHono<AppEnv>();

const StepSchema = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    side: z.enum(STEP_SIDES),
    channel: z.enum(STEP_CHANNELS),
    delayMinutes: z.number().int(),
    templateId: z.uuid().nullable(),
    templateName: z.string().nullable(),
    taskTitle: z.string().nullable(),
  })
  .openapi("PlaybookStep");

const PlaybookSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    tier: z.enum(TEMPERATURES).nullable(),
    side: z.enum(STEP_SIDES),
    active: z.boolean(),
    steps: z.array(StepSchema),
    activeEnrolments: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Playbook");

const EnrolmentSchema = z
  .object({
    id: z.uuid(),
    playbookId: z.uuid(),
    playbookName: z.string(),
    playbookTier: z.enum(TEMPERATURES).nullable(),
    contactId: z.uuid(),
    contactName: z.string(),
    contactEmail: z.string(),
    contactStage: z.enum(STAGES),
    status: z.enum(ENROLMENT_STATUSES),
    nextStep: z
      .object({
        id: z.uuid(),
        position: z.number().int(),
        side: z.enum(STEP_SIDES),
        channel: z.enum(STEP_CHANNELS),
        taskTitle: z.string().nullable(),
      })
      .nullable(),
    nextRunAt: z.string().nullable(),
    enrolledAt: z.string(),
    enrolledBy: z.uuid().nullable(),
    endedAt: z.string().nullable(),
    exitReason: z.string().nullable(),
    paused: z
      .object({ outcome: z.enum(["skipped", "blocked"]), why: z.string() })
      .nullable()
      .openapi({
        description:
          "Set when the next step would not run now: skipped (sales owns the contact, marketing is paused) or blocked (not ready for sales)",
      }),
  })
  .openapi("Enrolment");

const EnrolmentEventSchema = z
  .object({
    id: z.uuid(),
    kind: z.string().openapi({
      description:
        "enrolled, guard_overridden, email_queued, email_skipped, task_created, audience_exported, skipped (marketing paused), blocked (not ready for sales), deferred (sending window or rate limit), failed, completed, exited",
    }),
    stepId: z.uuid().nullable(),
    stepChannel: z.enum(STEP_CHANNELS).nullable(),
    stepTitle: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
    at: z.string(),
  })
  .openapi("EnrolmentEvent");

// Service schemas are used as they are: calling .openapi() on them depends on zod import order.
const PlaybookInput = PlaybookInputSchema;

playbookRoutes.openapi(
  createRoute({
    method: "get",
    path: "/playbooks",
    tags,
    summary: "Playbooks: per tier (cold, warm, hot), then one-to-one sequences, with their live steps",
    responses: { 200: json(z.object({ data: z.array(PlaybookSchema) }), "The playbooks"), ...errorResponses },
  }),
  async (c) => c.json({ data: await listPlaybooks(c.get("deps"), c.get("identity")) }, 200),
);

playbookRoutes.openapi(
  createRoute({
    method: "post",
    path: "/playbooks",
    tags,
    summary: "Create a playbook (or a one-to-one sequence, tier null) with its ordered steps",
    description:
      "A step's channel must fit its side: call, meeting, presentation and proposal tasks are sales; direct mail and ad audience export are marketing; email is either. Email steps name a template of the workspace. Delays run from 0 to 525,600 minutes. Admins and marketing edit every playbook; sales users create and edit one-to-one sales sequences only.",
    request: { body: jsonBody(PlaybookInput) },
    responses: {
      201: json(PlaybookSchema, "The playbook"),
      ...errorResponses,
      ...conflictResponse,
      ...unknownReferenceResponse,
    },
  }),
  async (c) => c.json(await createPlaybook(c.get("deps"), c.get("identity"), c.req.valid("json")), 201),
);

playbookRoutes.openapi(
  createRoute({
    method: "get",
    path: "/playbooks/{id}",
    tags,
    summary: "One playbook with its live steps",
    request: { params: IdParam },
    responses: { 200: json(PlaybookSchema, "The playbook"), ...errorResponses, ...notFoundResponse },
  }),
  async (c) => c.json(await getPlaybook(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);

playbookRoutes.openapi(
  createRoute({
    method: "put",
    path: "/playbooks/{id}",
    tags,
    summary: "Replace a playbook and its ordered step list",
    description:
      "Steps sent with their id are updated in place (and moved to their new position); steps left out are retired — enrolment history keeps pointing at them; steps without an id are added. Each running enrolment stays on the step it was about to run. Deactivating the playbook ends its enrolments (`removed`); moving it to another tier ends them with `tier_changed`.",
    request: { params: IdParam, body: jsonBody(PlaybookInput) },
    responses: {
      200: json(PlaybookSchema, "The playbook"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
      ...unknownReferenceResponse,
    },
  }),
  async (c) =>
    c.json(
      await replacePlaybook(c.get("deps"), c.get("identity"), {
        id: c.req.valid("param").id,
        playbook: c.req.valid("json"),
      }),
      200,
    ),
);

playbookRoutes.openapi(
  createRoute({
    method: "delete",
    path: "/playbooks/{id}",
    tags,
    summary: "Delete a playbook that never enrolled anyone (409 otherwise: deactivate it instead)",
    request: { params: IdParam },
    responses: {
      204: { description: "Deleted" },
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) => {
    await deletePlaybook(c.get("deps"), c.get("identity"), c.req.valid("param").id);
    return c.body(null, 204);
  },
);

playbookRoutes.openapi(
  createRoute({
    method: "get",
    path: "/playbooks/{id}/audience.csv",
    operationId: "exportPlaybookAudience",
    tags,
    summary: "The ad audience: contacts currently at the playbook's ad audience export step, as CSV",
    description:
      "Active enrolments whose last step run was an ad audience export (optionally one `stepId`), with marketing consent, not suppressed and not owned by sales. Columns: email, first_name, last_name, phone, country, step_id, joined_at.",
    request: {
      params: IdParam,
      query: z.object({ stepId: z.uuid().optional() }),
    },
    responses: {
      200: { description: "CSV with a header row", content: { "text/csv": { schema: z.string() } } },
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) => {
    const result = await audienceCsv(c.get("deps"), c.get("identity"), {
      playbookId: c.req.valid("param").id,
      stepId: c.req.valid("query").stepId,
    });
    return c.body(result.csv, 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${result.filename}"`,
    });
  },
);

playbookRoutes.openapi(
  createRoute({
    method: "get",
    path: "/enrolments",
    tags,
    summary: "Enrolments, newest first, by contact, playbook and/or status",
    request: { query: EnrolmentFilterSchema },
    responses: {
      200: json(
        z
          .object({ data: z.array(EnrolmentSchema), nextCursor: z.string().nullable() })
          .openapi("EnrolmentPage"),
        "A page of enrolments",
      ),
      ...errorResponses,
    },
  }),
  async (c) => c.json(await listEnrolments(c.get("deps"), c.get("identity"), c.req.valid("query")), 200),
);

playbookRoutes.openapi(
  createRoute({
    method: "get",
    path: "/enrolments/{id}/events",
    tags,
    summary: "What happened in one enrolment, oldest first",
    request: { params: IdParam },
    responses: {
      200: json(z.object({ data: z.array(EnrolmentEventSchema) }), "The events"),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) =>
    c.json(
      { data: await enrolmentEventList(c.get("deps"), c.get("identity"), c.req.valid("param").id) },
      200,
    ),
);

playbookRoutes.openapi(
  createRoute({
    method: "post",
    path: "/sequences/{id}/enrolments",
    operationId: "enrolInSequence",
    tags,
    summary: "Enrol a contact in a one-to-one sequence",
    description:
      "Refused with 409 for a sales sequence while the contact is a prospect, lead or recycled (not ready for sales) unless `override.reason` is given; the override is recorded with the user and lets the sequence's sales steps run for this enrolment. Also 409 for a tier playbook, an inactive sequence, a customer or disqualified contact, or a contact already in the sequence.",
    request: { params: IdParam, body: jsonBody(EnrolInputSchema) },
    responses: {
      201: json(EnrolmentSchema, "The enrolment"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
      ...unknownReferenceResponse,
    },
  }),
  async (c) =>
    c.json(
      await enrolInSequence(c.get("deps"), c.get("identity"), {
        sequenceId: c.req.valid("param").id,
        enrol: c.req.valid("json"),
      }),
      201,
    ),
);

playbookRoutes.openapi(
  createRoute({
    method: "post",
    path: "/enrolments/{id}/exit",
    operationId: "exitEnrolment",
    tags,
    summary: "Take a contact out of a playbook or sequence (exit reason `removed`)",
    request: { params: IdParam },
    responses: {
      200: json(EnrolmentSchema, "The ended enrolment"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) => c.json(await exitEnrolment(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);
