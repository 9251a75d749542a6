import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { Scalar } from "@scalar/hono-api-reference";
import type { AppEnv } from "./env.ts";
import { SESSION_COOKIE } from "./middleware/authenticate.ts";
import { type ApiDocument, completeOperations } from "./openapi-contract.ts";
import { ErrorSchema } from "./schemas.ts";

// The reference page's script is served from our own package, not a CDN: Baton works offline.
const scalarScript = fileURLToPath(import.meta.resolve("@scalar/api-reference/browser/standalone.js"));

export function mountApiDocs(app: OpenAPIHono<AppEnv>): void {
  // Every error response refers to it, whether or not a route names it.
  app.openAPIRegistry.register("Error", ErrorSchema);
  app.openAPIRegistry.registerComponent("securitySchemes", "ApiKey", {
    type: "http",
    scheme: "bearer",
    description: "An API key from `baton apikey create`, sent as `Authorization: Bearer <key>`.",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "SessionCookie", {
    type: "apiKey",
    in: "cookie",
    name: SESSION_COOKIE,
    description: "The web app's session from `POST /api/v1/auth/login`; writes also need `X-Baton-Client`.",
  });
  // Built on first request, after every route is registered; it never changes while running.
  let doc: ApiDocument | undefined;
  app.get("/api/openapi.json", (c) => {
    doc ??= apiDocument(app);
    return c.json(doc);
  });
  let script: Promise<Buffer> | undefined;
  app.get("/api/docs/scalar.js", async (c) => {
    script ??= readFile(scalarScript);
    c.header("Content-Type", "text/javascript; charset=utf-8");
    c.header("Cache-Control", "public, max-age=86400");
    return c.body(new Uint8Array(await script));
  });
  app.get(
    "/api/docs",
    Scalar({ url: "/api/openapi.json", cdn: "/api/docs/scalar.js", pageTitle: "Baton API" }),
  );
}

/** The API's contract: what /api/openapi.json serves and what the web app's types come from. */
export function apiDocument(app: OpenAPIHono<AppEnv>): ApiDocument {
  const doc = app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: {
      title: "Baton API",
      version: "1",
      license: { name: "AGPL-3.0-only", url: "https://www.gnu.org/licenses/agpl-3.0.html" },
      description: [
        "Marketing and sales as one process. All endpoints live under `/api/v1` and, except logging in and out, need an API key.",
        'Errors are `{ "error": { "code", "message", "details" } }`. Lists use cursor pagination:',
        "pass the `nextCursor` of one page as `cursor` to get the next. Any POST, PUT, PATCH or DELETE may",
        "carry an `Idempotency-Key` header: repeating the request with the same key and body returns the",
        "first successful response (with `Idempotent-Replayed: true`); the same key with another body is a 422.",
      ].join(" "),
    },
    servers: [{ url: "/" }],
    security: [{ ApiKey: [] }, { SessionCookie: [] }],
  });
  return completeOperations(doc as unknown as ApiDocument);
}
