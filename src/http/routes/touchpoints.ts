import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { AppError } from "../../domain/errors.ts";
import { recordTouchpoints } from "../../services/touchpoints/record-touchpoints.ts";
import {
  MAX_BATCH,
  TouchpointBatchSchema,
  TouchpointInputSchema,
} from "../../services/touchpoints/touchpoint-schemas.ts";
import type { AppEnv } from "../env.ts";
import { errorResponses, json, jsonBody, unknownReferenceResponse } from "../schemas.ts";

const tags = ["Touchpoints"];
export const touchpointRoutes = new OpenAPIHono<AppEnv>();

const ItemResultSchema = z
  .object({
    index: z.number().int(),
    status: z.enum(["created", "duplicate", "error"]),
    touchpointId: z.uuid().optional(),
    contactId: z.uuid().optional(),
    contactCreated: z.boolean().optional(),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
  })
  .openapi("TouchpointResult");

const TouchpointBody = TouchpointInputSchema.openapi("TouchpointInput", {
  description:
    "Name the contact by `contactId` or by `email` (a new email creates a prospect). `side` defaults to the kind's side. `occurredAt` may be at most 5 minutes in the future. `externalId` makes the call idempotent: a repeat is reported as `duplicate` and not counted again. `properties` are flat (string, number, boolean, null or a list of strings; no nested objects). A touchpoint without `programId` whose `properties.utm_campaign` equals a program's `utmCampaign` key (exactly, case-sensitive) is attributed to that program; an explicit `programId` (or null) wins, and an unknown campaign leaves the touchpoint without a program.",
});

touchpointRoutes.openapi(
  createRoute({
    method: "post",
    path: "/touchpoints",
    operationId: "recordTouchpoint",
    tags,
    summary: "Record one touchpoint",
    description:
      "Writes the touchpoint and updates the contact's temperature (and stage: a prospect's first inbound response makes it a lead) in one transaction. Any problem is a 4xx and nothing is written.",
    request: { body: jsonBody(TouchpointBody) },
    responses: {
      201: json(ItemResultSchema, "Recorded"),
      200: json(ItemResultSchema, "Already recorded under this externalId (duplicate)"),
      ...errorResponses,
      ...unknownReferenceResponse,
    },
  }),
  async (c) => {
    const [result] = await recordTouchpoints(c.get("deps"), c.get("identity"), [c.req.valid("json")]);
    if (result!.status === "error") throw new AppError(result!.error.code, result!.error.message);
    return c.json(result!, result!.status === "created" ? 201 : 200);
  },
);

touchpointRoutes.openapi(
  createRoute({
    method: "post",
    path: "/touchpoints/batch",
    operationId: "recordTouchpoints",
    tags,
    summary: `Record up to ${MAX_BATCH} touchpoints`,
    description: [
      "**Whole-batch errors** (nothing is written): malformed JSON, a body that is not `{ items: [...] }`, more than",
      `${MAX_BATCH} items, or any item with wrong types, unknown fields or an invalid value — answered 400 with`,
      "every problem listed in `details.issues` (paths like `items.3.email`).",
      "",
      "**Per-item errors** (the other items are written): an unknown contact, program or user, or an",
      "`occurredAt` more than 5 minutes in the future. Each item gets a result in `results[index]`:",
      "`created`, `duplicate` (its `externalId` was recorded before) or `error` with a code and message.",
      "All written items and their contacts' temperatures commit in one transaction.",
      "",
      "Items without `programId` get the program whose `utmCampaign` key equals their `properties.utm_campaign`",
      "(resolved once for the whole batch), as for a single touchpoint.",
    ].join(" "),
    request: { body: jsonBody(TouchpointBatchSchema.openapi("TouchpointBatch")) },
    responses: {
      200: json(
        z.object({
          created: z.number().int(),
          duplicates: z.number().int(),
          errors: z.number().int(),
          results: z.array(ItemResultSchema),
        }),
        "Per-item results",
      ),
      ...errorResponses,
      413: json(z.object({}), "Body too large"),
    },
  }),
  async (c) => {
    const results = await recordTouchpoints(c.get("deps"), c.get("identity"), c.req.valid("json").items);
    const count = (s: string) => results.filter((r) => r.status === s).length;
    return c.json(
      { created: count("created"), duplicates: count("duplicate"), errors: count("error"), results },
      200,
    );
  },
);
