// Completes the generated OpenAPI document in one pass, so every route — including ones added
// later — gets what clients need without each route file repeating it: an operationId (the
// method name generated clients use) and every error status the middleware in front of the
// route can answer. Statuses only a route's use case knows (a role check, a conflict, a missing
// reference) stay declared in the route file; this fills in the rest and never overrides them.

type Method = "get" | "post" | "put" | "patch" | "delete";
interface Operation {
  operationId?: string;
  security?: unknown[];
  parameters?: { in: string }[];
  responses: Record<string, unknown>;
}
export interface ApiDocument {
  paths?: Record<string, Partial<Record<Method, Operation>>>;
  components?: { responses?: Record<string, unknown>; [k: string]: unknown };
  [k: string]: unknown;
}

const API_PREFIX = "/api/v1/";
const METHODS: readonly Method[] = ["get", "post", "put", "patch", "delete"];
const WITH_BODY = new Set<Method>(["post", "put", "patch"]);

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

/** The shared error responses, each `{ error: { code, message, details } }`, by status. */
const STANDARD = {
  400: [
    "BadRequest",
    "`validation_failed`: malformed JSON, a wrong type, an unknown field, text that cannot be stored, or an invalid Idempotency-Key",
  ],
  401: ["Unauthenticated", "`unauthenticated`: missing, unknown or revoked API key, or an expired session"],
  403: [
    "Forbidden",
    "`forbidden`: the user's role may not do this, or a cookie-authenticated write lacks the X-Baton-Client header",
  ],
  404: ["NotFound", "`not_found`: the record does not exist in this workspace"],
  409: [
    "Conflict",
    "`conflict`: the change conflicts with existing records or the record's state, or a request with the same Idempotency-Key is still being processed",
  ],
  413: ["PayloadTooLarge", "`payload_too_large`: the request body is larger than 8 MB"],
  415: ["UnsupportedMediaType", "`unsupported_media_type`: the body is not sent as application/json"],
  422: [
    "Unprocessable",
    "`unknown_reference`: the request names a record that does not exist; `idempotency_mismatch`: the Idempotency-Key was used with a different request",
  ],
  429: ["RateLimited", "`rate_limited`: too many attempts; the Retry-After header says when to try again"],
  500: ["InternalError", "`internal`: an unexpected error, logged on the server"],
  503: [
    "Unavailable",
    "`unavailable`: the database cannot be reached (a restart) or its disk is full, and nothing was saved; the message says which, and the Retry-After header when to try again",
  ],
} as const;
type Status = keyof typeof STANDARD;

/** A reference to the shared response of a status, for routes to declare what their use case sends. */
export function errorRef(status: Status) {
  return { $ref: `#/components/responses/${STANDARD[status][0]}` };
}

/** The statuses the middleware stack (src/http/app.ts) can answer before or around a route. */
function middlewareStatuses(method: Method, op: Operation): Status[] {
  const statuses: Status[] = [400, 500, 503]; // every query is checked for unstorable text
  const authenticated = op.security === undefined || op.security.length > 0;
  if (authenticated) statuses.push(401);
  if (authenticated && method !== "get") statuses.push(403, 409, 422); // CSRF guard, idempotency
  if (WITH_BODY.has(method)) statuses.push(413, 415);
  if (op.parameters?.some((p) => p.in === "path")) statuses.push(404);
  return statuses;
}

const isParam = (segment: string) => segment.startsWith("{");
const singular = (word: string) =>
  word.endsWith("ies") ? `${word.slice(0, -3)}y` : word.endsWith("s") ? word.slice(0, -1) : word;
const pascal = (word: string) =>
  word
    .split(/[-_.]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");

/**
 * The REST-shaped name of an operation: GET /contacts → listContacts, POST /contacts →
 * createContact, GET /contacts/{id} → getContact, PATCH → updateContact, PUT → replace…,
 * GET /deals/{id}/objections → listDealObjections. Routes whose path is no collection or
 * item (actions, singletons) set `operationId` themselves.
 */
export function deriveOperationId(method: Method, path: string): string {
  const segments = path.slice(API_PREFIX.length).split("/");
  const last = segments.length - 1;
  const onItem = isParam(segments[last]!);
  const words = segments.flatMap((segment, i) => {
    if (isParam(segment)) return [];
    const namesOne = isParam(segments[i + 1] ?? "") || (i === last && method === "post");
    return [pascal(namesOne ? singular(segment) : segment)];
  });
  const verb = onItem
    ? { get: "get", post: "post", put: "replace", patch: "update", delete: "delete" }[method]
    : { get: "list", post: "create", put: "replace", patch: "update", delete: "delete" }[method];
  return `${verb}${words.join("")}`;
}

export function completeOperations(doc: ApiDocument): ApiDocument {
  const responses: Record<string, unknown> = { ...doc.components?.responses };
  const seen = new Map<string, string>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    if (!path.startsWith(API_PREFIX)) continue;
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      op.operationId ??= deriveOperationId(method, path);
      const other = seen.get(op.operationId);
      if (other) throw new Error(`operationId ${op.operationId} is used by ${other} and ${method} ${path}`);
      seen.set(op.operationId, `${method} ${path}`);
      for (const status of middlewareStatuses(method, op)) op.responses[status] ??= errorRef(status);
      op.responses = Object.fromEntries(Object.entries(op.responses).sort(([a], [b]) => a.localeCompare(b)));
    }
  }
  // Only the shared responses something refers to: an unused component is a lint error.
  const used = JSON.stringify(doc.paths);
  for (const [name, description] of Object.values(STANDARD)) {
    if (used.includes(`"#/components/responses/${name}"`)) responses[name] = errorResponse(description);
  }
  doc.components = { ...doc.components, responses };
  return doc;
}
