// Programs: marketing's budget lines, with their figures and dated cost lines.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { CHANNELS } from "../../domain/catalogue.ts";
import { PROGRAM_STATUSES } from "../../domain/programs.ts";
import { addCostLine, listProgramCosts, removeCostLine } from "../../services/programs/program-costs.ts";
import {
  CostLineInputSchema,
  ProgramFieldsSchema,
  ProgramListQuerySchema,
  UpdateProgramSchema,
} from "../../services/programs/program-schemas.ts";
import * as programs from "../../services/programs/program-use-cases.ts";
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

const tags = ["Programs"];
export const programRoutes = new OpenAPIHono<AppEnv>();

const ProgramSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    channel: z.enum(CHANNELS),
    description: z.string().nullable(),
    status: z.enum(PROGRAM_STATUSES).openapi({
      description:
        "archived if archived; planned before startsOn; ended after endsOn; otherwise active (UTC days)",
    }),
    budgetMinor: z.number().int().nullable(),
    currency: z.string(),
    startsOn: z.string().nullable(),
    endsOn: z.string().nullable(),
    callToAction: z.string().nullable(),
    utmCampaign: z
      .string()
      .nullable()
      .openapi({ description: "utm_campaign value of its tracked links; unique" }),
    ownerId: z.uuid().nullable(),
    archivedAt: z.string().nullable(),
    costToDateMinor: z.number().int().nullable().openapi({
      description:
        "Sum of the cost lines dated up to today (UTC), in minor units of `currency`; null when there is none (no cost entered, not a cost of 0)",
    }),
    leads: z.number().int().openapi({
      description:
        "Contacts whose first inbound response (the touch that made them a lead) came from this program, all time",
    }),
    customers: z.number().int().openapi({ description: "Of those leads, how many have become customers" }),
    costPerLeadMinor: z.number().int().nullable().openapi({
      description:
        "costToDateMinor ÷ leads, rounded to the minor unit; null with no leads or no cost entered",
    }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Program");

const CostLineSchema = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    incurredOn: z.string(),
    amountMinor: z.number().int(),
    currency: z.string(),
    note: z.string().nullable(),
    createdBy: z.uuid().nullable(),
    createdAt: z.string(),
  })
  .openapi("ProgramCostLine");

const CostParams = z.object({
  id: IdParam.shape.id,
  costId: z.uuid().openapi({ param: { name: "costId", in: "path" } }),
});

programRoutes.openapi(
  createRoute({
    method: "get",
    path: "/programs",
    operationId: "listPrograms",
    tags,
    summary: "List programs with their figures, newest first",
    description: "Archived programs are left out unless `includeArchived=true`.",
    request: { query: PageQuery.extend(ProgramListQuerySchema.shape) },
    responses: { 200: json(pageOf(ProgramSchema, "ProgramPage"), "A page of programs"), ...errorResponses },
  }),
  async (c) =>
    c.json(await programs.listPrograms(c.get("deps"), c.get("identity"), c.req.valid("query")), 200),
);

programRoutes.openapi(
  createRoute({
    method: "post",
    path: "/programs",
    operationId: "createProgram",
    tags,
    summary: "Create a program (marketing and admins)",
    request: { body: jsonBody(ProgramFieldsSchema.openapi("ProgramInput")) },
    responses: {
      201: json(ProgramSchema, "The created program"),
      ...errorResponses,
      ...conflictResponse,
      ...unknownReferenceResponse,
    },
  }),
  async (c) =>
    c.json(await programs.createProgram(c.get("deps"), c.get("identity"), c.req.valid("json")), 201),
);

programRoutes.openapi(
  createRoute({
    method: "get",
    path: "/programs/{id}",
    operationId: "getProgram",
    tags,
    summary: "Read a program with its figures",
    request: { params: IdParam },
    responses: { 200: json(ProgramSchema, "The program"), ...errorResponses, ...notFoundResponse },
  }),
  async (c) =>
    c.json(await programs.getProgram(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);

programRoutes.openapi(
  createRoute({
    method: "patch",
    path: "/programs/{id}",
    operationId: "updateProgram",
    tags,
    summary: "Update, archive or restore a program (marketing and admins)",
    description: "Only the fields sent change. `archived: true` archives it, `false` restores it.",
    request: { params: IdParam, body: jsonBody(UpdateProgramSchema.openapi("ProgramUpdate")) },
    responses: {
      200: json(ProgramSchema, "The updated program"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
      ...unknownReferenceResponse,
    },
  }),
  async (c) =>
    c.json(
      await programs.updateProgram(
        c.get("deps"),
        c.get("identity"),
        c.req.valid("param").id,
        c.req.valid("json"),
      ),
      200,
    ),
);

programRoutes.openapi(
  createRoute({
    method: "delete",
    path: "/programs/{id}",
    operationId: "deleteProgram",
    tags,
    summary: "Delete a program that never touched anyone (marketing and admins)",
    description:
      "Its cost lines and tracked links (with their click counts) are deleted with it. A program with touchpoints — it touched contacts or made leads — cannot be deleted (409); archive it instead.",
    request: { params: IdParam },
    responses: {
      204: { description: "Deleted" },
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) => {
    await programs.deleteProgram(c.get("deps"), c.get("identity"), c.req.valid("param").id);
    return c.body(null, 204);
  },
);

programRoutes.openapi(
  createRoute({
    method: "get",
    path: "/programs/{id}/costs",
    operationId: "listProgramCosts",
    tags,
    summary: "A program's dated cost lines, latest first",
    request: { params: IdParam },
    responses: {
      200: json(z.object({ data: z.array(CostLineSchema) }), "The cost lines"),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) => c.json(await listProgramCosts(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);

programRoutes.openapi(
  createRoute({
    method: "post",
    path: "/programs/{id}/costs",
    operationId: "addProgramCost",
    tags,
    summary: "Enter a dated cost line (marketing and admins)",
    description:
      "A line is in the program's currency; a period's cost is the sum of the lines dated inside it.",
    request: { params: IdParam, body: jsonBody(CostLineInputSchema.openapi("ProgramCostInput")) },
    responses: {
      201: json(CostLineSchema, "The cost line"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) =>
    c.json(
      await addCostLine(c.get("deps"), c.get("identity"), c.req.valid("param").id, c.req.valid("json")),
      201,
    ),
);

programRoutes.openapi(
  createRoute({
    method: "delete",
    path: "/programs/{id}/costs/{costId}",
    operationId: "removeProgramCost",
    tags,
    summary: "Remove a cost line (marketing and admins)",
    request: { params: CostParams },
    responses: { 204: { description: "Removed" }, ...errorResponses, ...notFoundResponse },
  }),
  async (c) => {
    const { id, costId } = c.req.valid("param");
    await removeCostLine(c.get("deps"), c.get("identity"), id, costId);
    return c.body(null, 204);
  },
);
