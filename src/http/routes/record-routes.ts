// REST routes for a plain record (create, read, update, delete, list), shared by companies and
// programs so both behave — and are documented — identically.
import { createRoute, OpenAPIHono, type z } from "@hono/zod-openapi";
import type { Actor, Deps } from "../../services/context.ts";
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

interface RecordUseCases<V> {
  create(deps: Deps, actor: Actor, input: never): Promise<V>;
  get(deps: Deps, actor: Actor, id: string): Promise<V>;
  update(deps: Deps, actor: Actor, id: string, input: never): Promise<V>;
  remove(deps: Deps, actor: Actor, id: string): Promise<void>;
  list(
    deps: Deps,
    actor: Actor,
    page: { limit: number; cursor?: string },
  ): Promise<{ data: V[]; nextCursor: string | null }>;
}

export function recordRoutes<V>(spec: {
  path: string;
  noun: string;
  tag: string;
  view: z.ZodType;
  createBody: z.ZodType;
  updateBody: z.ZodType;
  useCases: RecordUseCases<V>;
}): OpenAPIHono<AppEnv> {
  const { path, noun, useCases: uc } = spec;
  const tags = [spec.tag];
  const app = new OpenAPIHono<AppEnv>();
  const item = `${path}/{id}`;
  // Component names must be identifiers for client generators: the noun, never the tag.
  const pageName = `${noun.charAt(0).toUpperCase()}${noun.slice(1)}Page`;
  const one = (c: { get: (k: "deps" | "identity") => unknown }) =>
    [c.get("deps") as Deps, c.get("identity") as Actor] as const;

  app.openapi(
    createRoute({
      method: "get",
      path,
      tags,
      summary: `List ${noun}s`,
      request: { query: PageQuery },
      responses: { 200: json(pageOf(spec.view, pageName), `A page of ${noun}s`), ...errorResponses },
    }),
    async (c) => c.json((await uc.list(...one(c), c.req.valid("query"))) as never, 200),
  );
  app.openapi(
    createRoute({
      method: "post",
      path,
      tags,
      summary: `Create a ${noun}`,
      request: { body: jsonBody(spec.createBody) },
      responses: { 201: json(spec.view, `The created ${noun}`), ...errorResponses, ...conflictResponse },
    }),
    async (c) => c.json((await uc.create(...one(c), c.req.valid("json") as never)) as never, 201),
  );
  app.openapi(
    createRoute({
      method: "get",
      path: item,
      tags,
      summary: `Read a ${noun}`,
      request: { params: IdParam },
      responses: { 200: json(spec.view, `The ${noun}`), ...errorResponses, ...notFoundResponse },
    }),
    async (c) => c.json((await uc.get(...one(c), c.req.valid("param").id)) as never, 200),
  );
  app.openapi(
    createRoute({
      method: "patch",
      path: item,
      tags,
      summary: `Update a ${noun}`,
      description: "Only the fields sent change.",
      request: { params: IdParam, body: jsonBody(spec.updateBody) },
      responses: {
        200: json(spec.view, `The updated ${noun}`),
        ...errorResponses,
        ...notFoundResponse,
        ...conflictResponse,
      },
    }),
    async (c) =>
      c.json(
        (await uc.update(...one(c), c.req.valid("param").id, c.req.valid("json") as never)) as never,
        200,
      ),
  );
  app.openapi(
    createRoute({
      method: "delete",
      path: item,
      tags,
      summary: `Delete a ${noun}`,
      request: { params: IdParam },
      responses: {
        204: { description: "Deleted" },
        ...errorResponses,
        ...notFoundResponse,
        ...conflictResponse,
      },
    }),
    async (c) => {
      await uc.remove(...one(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
  return app;
}
