// Competitors (battlecards and their win/loss record), objection types, and each deal's
// competitors and objections.
import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import {
  CompetitorFieldsSchema,
  CreateObjectionSchema,
  DealCompetitorsSchema,
  ObjectionTypeSchema,
  UpdateCompetitorSchema,
  UpdateObjectionSchema,
} from "../../services/competition/competition-schemas.ts";
import * as competitors from "../../services/competition/competitor-use-cases.ts";
import { listDealCompetitors, replaceDealCompetitors } from "../../services/competition/deal-competitors.ts";
import {
  addDealObjection,
  deleteDealObjection,
  listDealObjections,
  updateDealObjection,
} from "../../services/competition/deal-objections.ts";
import {
  createObjectionType,
  deleteObjectionType,
  listObjectionTypes,
} from "../../services/competition/objection-types.ts";
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
import { recordRoutes } from "./record-routes.ts";

const Outcome = z.enum(["open", "won", "lost"]);

const BattlecardSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    website: z.string().nullable(),
    positioning: z.string().nullable(),
    strengths: z.string().nullable(),
    weaknesses: z.string().nullable(),
  })
  .openapi("Battlecard");

const CompetitorSchema = BattlecardSchema.extend({
  wins: z.number().int().openapi({ description: "Deals naming it that stand in a won stage" }),
  losses: z.number().int().openapi({ description: "Deals naming it that stand in a lost stage" }),
  open: z.number().int().openapi({ description: "Deals naming it that are still open" }),
  winRate: z
    .number()
    .nullable()
    .openapi({ description: "wins ÷ (wins + losses), 0–1; null before any such deal closed" }),
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi("Competitor");

const ObjectionTypeView = z.object({ id: z.uuid(), label: z.string() }).openapi("ObjectionType");

const ObjectionSchema = z
  .object({
    id: z.uuid(),
    dealId: z.uuid(),
    objectionTypeId: z.uuid().nullable(),
    label: z.string().nullable().openapi({ description: "The type's label, when it has one" }),
    text: z.string().nullable(),
    overcome: z.boolean(),
    raisedAt: z.string(),
    raisedById: z.uuid().nullable(),
    raisedByName: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi("DealObjection");

const competitorRoutes = recordRoutes({
  path: "/competitors",
  noun: "competitor",
  tag: "Competitors",
  view: CompetitorSchema,
  createBody: CompetitorFieldsSchema.openapi("CompetitorInput"),
  updateBody: UpdateCompetitorSchema.openapi("CompetitorUpdate"),
  useCases: {
    create: competitors.createCompetitor,
    get: competitors.getCompetitor,
    update: competitors.updateCompetitor,
    remove: competitors.deleteCompetitor,
    list: competitors.listCompetitors,
  },
});

export const competitionRoutes = new OpenAPIHono<AppEnv>();
competitionRoutes.route("/", competitorRoutes);

competitionRoutes.openapi(
  createRoute({
    method: "get",
    path: "/competitors/{id}/deals",
    tags: ["Competitors"],
    summary: "The deals that named a competitor, newest first",
    request: { params: IdParam, query: PageQuery },
    responses: {
      200: json(
        pageOf(
          z.object({
            id: z.uuid(),
            name: z.string(),
            stage: z.string(),
            outcome: Outcome.nullable(),
            amountMinor: z.number().int(),
            currency: z.string(),
            closedAt: z.string().nullable(),
          }),
          "CompetitorDealPage",
        ),
        "A page of deals",
      ),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) =>
    c.json(
      await competitors.listCompetitorDeals(c.get("deps"), c.get("identity"), {
        id: c.req.valid("param").id,
        ...c.req.valid("query"),
      }),
      200,
    ),
);

const objectionTags = ["Objections"];

competitionRoutes.openapi(
  createRoute({
    method: "get",
    path: "/objection-types",
    tags: objectionTags,
    summary: "The workspace's list of common objections",
    description: "A workspace without any gets a default list on first read.",
    responses: {
      200: json(z.object({ data: z.array(ObjectionTypeView) }), "Objection types"),
      ...errorResponses,
    },
  }),
  async (c) => c.json(await listObjectionTypes(c.get("deps"), c.get("identity")), 200),
);

competitionRoutes.openapi(
  createRoute({
    method: "post",
    path: "/objection-types",
    tags: objectionTags,
    summary: "Add an objection type (admin, marketing)",
    request: { body: jsonBody(ObjectionTypeSchema.openapi("ObjectionTypeInput")) },
    responses: { 201: json(ObjectionTypeView, "The objection type"), ...errorResponses, ...conflictResponse },
  }),
  async (c) => c.json(await createObjectionType(c.get("deps"), c.get("identity"), c.req.valid("json")), 201),
);

competitionRoutes.openapi(
  createRoute({
    method: "delete",
    path: "/objection-types/{id}",
    tags: objectionTags,
    summary: "Delete an objection type (admin, marketing)",
    description: "Refused with 409 while deal objections use it.",
    request: { params: IdParam },
    responses: {
      204: { description: "Deleted" },
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) => {
    await deleteObjectionType(c.get("deps"), c.get("identity"), c.req.valid("param").id);
    return c.body(null, 204);
  },
);

const BattlecardList = z.object({ data: z.array(BattlecardSchema) }).openapi("DealCompetitors");

competitionRoutes.openapi(
  createRoute({
    method: "get",
    path: "/deals/{id}/competitors",
    tags: ["Deals"],
    summary: "The competitors a deal met, with their battlecards",
    request: { params: IdParam },
    responses: { 200: json(BattlecardList, "Battlecards"), ...errorResponses, ...notFoundResponse },
  }),
  async (c) =>
    c.json(await listDealCompetitors(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);

competitionRoutes.openapi(
  createRoute({
    method: "put",
    path: "/deals/{id}/competitors",
    tags: ["Deals"],
    summary: "Replace the competitors a deal met",
    description:
      "The list replaces the deal's set (an empty list clears it). An unknown competitor id is a 422 and changes nothing. Admin, sales, and partner users for their own deals.",
    request: { params: IdParam, body: jsonBody(DealCompetitorsSchema.openapi("DealCompetitorsInput")) },
    responses: {
      200: json(BattlecardList, "The deal's battlecards now"),
      ...errorResponses,
      ...notFoundResponse,
      ...unknownReferenceResponse,
    },
  }),
  async (c) =>
    c.json(
      await replaceDealCompetitors(c.get("deps"), c.get("identity"), {
        dealId: c.req.valid("param").id,
        body: c.req.valid("json"),
      }),
      200,
    ),
);

competitionRoutes.openapi(
  createRoute({
    method: "get",
    path: "/deals/{id}/objections",
    tags: ["Deals"],
    summary: "The objections raised in a deal, oldest first",
    request: { params: IdParam },
    responses: {
      200: json(z.object({ data: z.array(ObjectionSchema) }), "Objections"),
      ...errorResponses,
      ...notFoundResponse,
    },
  }),
  async (c) =>
    c.json(await listDealObjections(c.get("deps"), c.get("identity"), c.req.valid("param").id), 200),
);

competitionRoutes.openapi(
  createRoute({
    method: "post",
    path: "/deals/{id}/objections",
    tags: ["Deals"],
    summary: "Record an objection raised in a deal",
    description: "A type from the workspace's list, a free text, or both (400 with neither).",
    request: { params: IdParam, body: jsonBody(CreateObjectionSchema.openapi("DealObjectionInput")) },
    responses: {
      201: json(ObjectionSchema, "The objection"),
      ...errorResponses,
      ...notFoundResponse,
      ...unknownReferenceResponse,
    },
  }),
  async (c) =>
    c.json(
      await addDealObjection(c.get("deps"), c.get("identity"), {
        dealId: c.req.valid("param").id,
        objection: c.req.valid("json"),
      }),
      201,
    ),
);

competitionRoutes.openapi(
  createRoute({
    method: "patch",
    path: "/deal-objections/{id}",
    tags: ["Deals"],
    summary: "Mark an objection overcome (or not), or change its text",
    request: { params: IdParam, body: jsonBody(UpdateObjectionSchema.openapi("DealObjectionUpdate")) },
    responses: { 200: json(ObjectionSchema, "The objection"), ...errorResponses, ...notFoundResponse },
  }),
  async (c) =>
    c.json(
      await updateDealObjection(c.get("deps"), c.get("identity"), {
        id: c.req.valid("param").id,
        changes: c.req.valid("json"),
      }),
      200,
    ),
);

competitionRoutes.openapi(
  createRoute({
    method: "delete",
    path: "/deal-objections/{id}",
    tags: ["Deals"],
    summary: "Delete an objection",
    request: { params: IdParam },
    responses: { 204: { description: "Deleted" }, ...errorResponses, ...notFoundResponse },
  }),
  async (c) => {
    await deleteDealObjection(c.get("deps"), c.get("identity"), c.req.valid("param").id);
    return c.body(null, 204);
  },
);
