// Schemas shared by the routes: errors, ids, pagination, timestamps.
import { z } from "@hono/zod-openapi";
import { AppError } from "../domain/errors.ts";
import { InstantSchema } from "../services/time-schemas.ts";
import { errorRef } from "./openapi-contract.ts";

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "validation_failed" }),
      message: z.string().openapi({ example: "email: Invalid email address" }),
      details: z.unknown().nullable(),
    }),
  })
  .openapi("Error");

// What a route's use case can answer, as references to the shared responses. Statuses the
// middleware answers (401, 413, 415, the idempotency 409 and 422, …) and 400 and 500 are added to
// every operation by openapi-contract.ts; a route declares only what its use case adds.
export const errorResponses = { 400: errorRef(400), 401: errorRef(401), 403: errorRef(403) } as const;
export const notFoundResponse = { 404: errorRef(404) } as const;
export const conflictResponse = { 409: errorRef(409) } as const;
export const unknownReferenceResponse = { 422: errorRef(422) } as const;

export const IdParam = z.object({
  id: z
    .uuid()
    .openapi({ param: { name: "id", in: "path" }, example: "01939a4e-7b1c-7cc3-9a52-3f7e4b5d6a10" }),
});

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional().openapi({ description: "nextCursor of the previous page" }),
});

/** An ISO 8601 instant with a zone, e.g. 2026-05-01T12:00:00Z. */
export const Instant = InstantSchema.openapi({
  type: "string",
  format: "date-time",
  example: "2026-05-01T12:00:00Z",
});

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { "application/json": { schema } } };
}

export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ data: z.array(item), nextCursor: z.string().nullable() }).openapi(name);
}

export function assertFound<T>(value: T | undefined, what: string, id: string): T {
  if (value === undefined) throw new AppError("not_found", `${what} ${id} was not found.`);
  return value;
}
