import type { MiddlewareHandler } from "hono";
import { AppError } from "../../domain/errors.ts";

// Three edge checks every JSON route needs: a body that is not JSON is refused (a form-encoded
// PATCH must not "succeed" as an empty change), text PostgreSQL cannot store (NUL, unpaired
// surrogates) is a 400 naming the field, never a 500 half-way through a batch, and so is nesting
// deeper than any route takes (validators recurse; a deep enough body would overflow the stack).
const WITH_BODY = new Set(["POST", "PUT", "PATCH"]);

/** Deeper than any request Baton takes; a body nested thousands deep must not exhaust the stack. */
export const MAX_JSON_DEPTH = 64;

/**
 * The first problem of a parsed body: the path of text PostgreSQL cannot store, or nesting past
 * MAX_JSON_DEPTH. Walked with an explicit stack, so the walk itself cannot overflow.
 */
function findUnstorable(root: unknown, rootPath: string): { path: string; tooDeep: boolean } | null {
  const pending: { value: unknown; path: string; depth: number }[] = [
    { value: root, path: rootPath, depth: 0 },
  ];
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { value, path, depth } = item;
    if (typeof value === "string") {
      if (value.includes("\u0000") || !value.isWellFormed()) return { path, tooDeep: false };
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (depth >= MAX_JSON_DEPTH) return { path, tooDeep: true };
    const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
    for (const [k, v] of entries) {
      const childPath = path ? `${path}.${k}` : String(k);
      if (typeof k === "string") pending.push({ value: k, path, depth });
      pending.push({ value: v, path: childPath, depth: depth + 1 });
    }
  }
  return null;
}

export function jsonBodies(): MiddlewareHandler {
  return async (c, next) => {
    for (const [name, values] of Object.entries(c.req.queries())) {
      if (findUnstorable(name, name) ?? findUnstorable(values, name))
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
    const problem = findUnstorable(body, "");
    if (problem?.tooDeep) {
      throw new AppError(
        "validation_failed",
        `The request body is nested too deeply (more than ${MAX_JSON_DEPTH} levels of arrays and objects).`,
      );
    }
    if (problem) {
      throw new AppError(
        "validation_failed",
        `${problem.path || "body"}: contains characters that cannot be stored (NUL or an unpaired surrogate).`,
      );
    }
    return next();
  };
}
