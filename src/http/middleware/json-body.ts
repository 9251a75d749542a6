import type { MiddlewareHandler } from "hono";
import { AppError } from "../../domain/errors.ts";

// Two edge checks every JSON route needs: a body that is not JSON is refused (a form-encoded
// PATCH must not "succeed" as an empty change), and text PostgreSQL cannot store (NUL, unpaired
// surrogates) is a 400 naming the field, never a 500 half-way through a batch.
const WITH_BODY = new Set(["POST", "PUT", "PATCH"]);

function findUnstorable(value: unknown, path: string): string | null {
  if (typeof value === "string") return value.includes("\u0000") || !value.isWellFormed() ? path : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = findUnstorable(v, `${path}.${i}`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      const found = findUnstorable(k, path) ?? findUnstorable(v, path ? `${path}.${k}` : k);
      if (found) return found;
    }
  }
  return null;
}

export function jsonBodies(): MiddlewareHandler {
  return async (c, next) => {
    for (const [name, values] of Object.entries(c.req.queries())) {
      if (findUnstorable(values, name))
        throw new AppError("validation_failed", `${name}: contains characters that cannot be stored.`);
    }
    if (!WITH_BODY.has(c.req.method)) return next();
    const contentType = c.req.header("Content-Type") ?? "";
    if (c.req.raw.body === null || c.req.header("Content-Length") === "0") return next();
    if (!/^application\/(.+\+)?json\b/i.test(contentType)) {
      throw new AppError(
        "unsupported_media_type",
        "Send the request body as JSON with 'Content-Type: application/json'.",
      );
    }
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return next(); // the route's validator answers "Malformed JSON"
    }
    const path = findUnstorable(body, "");
    if (path !== null) {
      throw new AppError(
        "validation_failed",
        `${path || "body"}: contains characters that cannot be stored (NUL or an unpaired surrogate).`,
      );
    }
    return next();
  };
}
