import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import {
  createLossReason,
  createPipeline,
  deleteLossReason,
  updatePipeline,
} from "../../services/deals/edit-pipelines.ts";
import {
  CreateLossReasonSchema,
  CreatePipelineSchema,
  StageInputSchema,
  UpdatePipelineSchema,
} from "../../services/deals/pipeline-schemas.ts";
import type { AppEnv } from "../env.ts";
import { conflictResponse, errorResponses, IdParam, json, jsonBody, notFoundResponse } from "../schemas.ts";

const tags = ["Deals"];
export const pipelineRoutes = new OpenAPIHono<AppEnv>();

const PipelineStage = StageInputSchema.openapi("PipelineStage");
const PipelineSchema = z
  .object({ id: z.uuid(), name: z.string(), isDefault: z.boolean(), stages: z.array(PipelineStage) })
  .openapi("Pipeline");
const LossReasonSchema = z.object({ id: z.uuid(), label: z.string() }).openapi("LossReason");

pipelineRoutes.openapi(
  createRoute({
    method: "post",
    path: "/pipelines",
    tags,
    summary: "Create a pipeline with its ordered stages (admins)",
    description:
      "Stages need at least one open stage, exactly one won and exactly one lost stage, and unique keys. Pipeline names are unique regardless of case.",
    request: { body: jsonBody(CreatePipelineSchema.openapi("PipelineInput")) },
    responses: { 201: json(PipelineSchema, "The pipeline"), ...errorResponses, ...conflictResponse },
  }),
  async (c) => c.json(await createPipeline(c.get("deps"), c.get("identity"), c.req.valid("json")), 201),
);

pipelineRoutes.openapi(
  createRoute({
    method: "patch",
    path: "/pipelines/{id}",
    tags,
    summary: "Rename a pipeline and/or replace its ordered stage list (admins)",
    description:
      "`stages` is the full ordered list. Removing a stage, changing its key or changing its outcome while deals are in it is refused with 409 and nothing changes: move the deals first.",
    request: { params: IdParam, body: jsonBody(UpdatePipelineSchema.openapi("PipelineUpdate")) },
    responses: {
      200: json(PipelineSchema, "The pipeline"),
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) =>
    c.json(
      await updatePipeline(c.get("deps"), c.get("identity"), {
        id: c.req.valid("param").id,
        patch: c.req.valid("json"),
      }),
      200,
    ),
);

pipelineRoutes.openapi(
  createRoute({
    method: "post",
    path: "/loss-reasons",
    tags,
    summary: "Add a loss reason (admins)",
    request: { body: jsonBody(CreateLossReasonSchema.openapi("LossReasonInput")) },
    responses: { 201: json(LossReasonSchema, "The loss reason"), ...errorResponses, ...conflictResponse },
  }),
  async (c) => c.json(await createLossReason(c.get("deps"), c.get("identity"), c.req.valid("json")), 201),
);

pipelineRoutes.openapi(
  createRoute({
    method: "delete",
    path: "/loss-reasons/{id}",
    tags,
    summary: "Delete a loss reason no deal uses (admins)",
    description: "Refused with 409 while deals keep it as their loss reason, or when it is the last one.",
    request: { params: IdParam },
    responses: {
      204: { description: "Deleted" },
      ...errorResponses,
      ...notFoundResponse,
      ...conflictResponse,
    },
  }),
  async (c) => {
    await deleteLossReason(c.get("deps"), c.get("identity"), c.req.valid("param").id);
    return c.body(null, 204);
  },
);
