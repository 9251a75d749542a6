// The hostile-input corpus and a driver that sends it to every operation of the API document:
// every body field and every query parameter, one at a time, on a body that is otherwise valid
// (made from the operation's own schema), with path ids of records made for the purpose.
import type { Caller } from "./api.ts";

export interface Payload {
  name: string;
  value: unknown;
}

const long = (n: number) => "x".repeat(n);
// 254 characters, the longest address SMTP carries: 64 local + @ + 189 of labels.
const EMAIL_254 = `${"a".repeat(64)}@${["b".repeat(60), "c".repeat(60), "d".repeat(60)].join(".")}.${"e".repeat(5)}`;

/** Values an attacker or a broken client sends in place of the expected one. */
export const QUICK_CORPUS: Payload[] = [
  { name: "script tag", value: "<script>window.__xss=1</script>" },
  { name: "attribute breakout", value: `"><img src=x onerror="window.__xss=1">` },
  { name: "SQL fragment", value: "x'); DROP TABLE contacts; --" },
  { name: "formula", value: '=HYPERLINK("http://evil.example","click")' },
  { name: "NUL", value: "nul\u0000byte" },
  { name: "unpaired surrogate", value: "\ud800x" },
  { name: "right-to-left override", value: "invoice\u202Efdp.exe" },
  { name: "10 KB string", value: long(10_000) },
  { name: "254-character email", value: EMAIL_254 },
  { name: "IDN email", value: "josé@exämple.com" },
  { name: "array for a scalar", value: ["a", "b"] },
  { name: "object for a scalar", value: { $ne: 1 } },
  { name: "impossible date", value: "2026-02-30T10:00:00.000Z" },
  { name: "year zero", value: "0000-01-01T00:00:00.000Z" },
  { name: "huge number", value: 1e308 },
  { name: "negative number", value: -1 },
  { name: "fraction", value: 0.5 },
  { name: "null", value: null },
];

/** The long run's extra cases (npm run proof). */
export const FULL_CORPUS: Payload[] = [
  ...QUICK_CORPUS,
  { name: "1 MB string", value: long(1_000_000) },
  {
    name: "polyglot",
    value: `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=alert() )//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert()//>\\x3e`,
  },
  { name: "javascript URL", value: "javascript:alert(1)" },
  { name: "protocol-relative URL", value: "//evil.example/x" },
  { name: "userinfo URL", value: "https://baton.example.test@evil.example/" },
  { name: "unicode email", value: "用户@例子.广告" },
  { name: "far future date", value: "275760-09-13T00:00:00.000Z" },
  { name: "negative year", value: "-000001-01-01T00:00:00.000Z" },
  { name: "2^53 + 1", value: 9007199254740993 },
  { name: "numeric string", value: "1e999" },
  { name: "boolean for a string", value: true },
  { name: "empty string", value: "" },
  { name: "whitespace", value: " \t\n " },
  { name: "emoji", value: "👩🏽‍💻🚀" },
  { name: "CRLF header injection", value: "x\r\nBcc: victim@example.com" },
  { name: "path traversal", value: "../../../../etc/passwd" },
];

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema objects from the API document
type Schema = any;

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  body: Schema | null;
  query: { name: string; schema: Schema }[];
  pathParams: string[];
}

export function operationsOf(doc: Schema): Operation[] {
  const ops: Operation[] = [];
  for (const [path, item] of Object.entries<Schema>(doc.paths)) {
    for (const [method, op] of Object.entries<Schema>(item)) {
      const params: Schema[] = op.parameters ?? [];
      ops.push({
        method: method.toUpperCase(),
        path,
        operationId: op.operationId ?? `${method} ${path}`,
        body: op.requestBody?.content?.["application/json"]?.schema ?? null,
        query: params.filter((p) => p.in === "query").map((p) => ({ name: p.name, schema: p.schema })),
        pathParams: params.filter((p) => p.in === "path").map((p) => p.name),
      });
    }
  }
  return ops;
}

let unique = 0;

/** A small valid value of a schema: required properties only, the first enum value, minimums. */
export function sampleOf(doc: Schema, schema: Schema, field = ""): unknown {
  if (!schema) return null;
  if (schema.$ref) return sampleOf(doc, doc.components.schemas[schema.$ref.split("/").at(-1)], field);
  if (schema.anyOf) {
    const pick = schema.anyOf.find((s: Schema) => s.type !== "null") ?? schema.anyOf[0];
    return sampleOf(doc, pick, field);
  }
  if (schema.enum) return schema.enum[0];
  if ("const" in schema) return schema.const;
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== "null") : schema.type;
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const name of schema.required ?? []) out[name] = sampleOf(doc, schema.properties?.[name], name);
      return out;
    }
    case "array":
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(doc, schema.items, field));
    case "integer":
    case "number":
      return Math.max(
        schema.minimum ?? 1,
        schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1,
      );
    case "boolean":
      return false;
    case "string": {
      unique += 1;
      if (schema.format === "email") return `hostile-${Date.now()}-${unique}@example.com`;
      if (schema.format === "uuid") return "0190a000-0000-7000-8000-000000000000";
      if (schema.format === "date-time") return new Date().toISOString();
      if (schema.format === "date") return new Date().toISOString().slice(0, 10);
      if (schema.pattern === "^[A-Z]{3}$") return "USD";
      if (schema.pattern?.startsWith("^([01]")) return "09:00";
      if (/url|website/i.test(field)) return "https://example.com/";
      return `sample ${unique}`.slice(0, Math.max(schema.maxLength ?? 20, schema.minLength ?? 1));
    }
    default:
      return null;
  }
}

/** The top-level fields of a JSON body schema (after $ref). */
export function fieldsOf(doc: Schema, schema: Schema): string[] {
  if (!schema) return [];
  if (schema.$ref) return fieldsOf(doc, doc.components.schemas[schema.$ref.split("/").at(-1)]);
  return Object.keys(schema.properties ?? {});
}

export interface Finding {
  operation: string;
  where: string;
  payload: string;
  status: number;
  body: string;
}

export interface CorpusRun {
  requests: number;
  statuses: Map<number, number>;
  serverErrors: Finding[];
}

/**
 * Sends each payload to each body field and query parameter of each operation. Path ids are
 * those of a record made by the collection's own POST where there is one, else a fresh uuid.
 */
export async function runCorpus(
  doc: Schema,
  call: Caller,
  corpus: Payload[],
  options: { skip?: (op: Operation) => boolean } = {},
): Promise<CorpusRun> {
  const run: CorpusRun = { requests: 0, statuses: new Map(), serverErrors: [] };
  const ops = operationsOf(doc).filter((op) => !options.skip?.(op));
  const made = new Map<string, string>();
  const send = async (op: Operation, where: string, payload: Payload, path: string, body?: unknown) => {
    const res = await call(op.method, path, body);
    run.requests += 1;
    run.statuses.set(res.status, (run.statuses.get(res.status) ?? 0) + 1);
    if (res.status >= 500) {
      run.serverErrors.push({
        operation: `${op.method} ${op.path}`,
        where,
        payload: payload.name,
        status: res.status,
        body: JSON.stringify(res.body).slice(0, 300),
      });
    }
  };
  for (const op of ops) {
    const path = await pathFor(doc, op, call, made);
    if (op.body) {
      const base = sampleOf(doc, op.body) as Record<string, unknown>;
      for (const field of fieldsOf(doc, op.body)) {
        for (const payload of corpus)
          await send(op, `body.${field}`, payload, path, { ...base, [field]: payload.value });
      }
      // Fields the server owns, sent as if the client could set them.
      await send(op, "server-owned fields", { name: "server-owned", value: null }, path, {
        ...base,
        id: "0190a000-0000-7000-8000-000000000001",
        workspaceId: "0190a000-0000-7000-8000-000000000002",
        createdAt: "2000-01-01T00:00:00.000Z",
      });
    }
    for (const param of op.query) {
      for (const payload of corpus) {
        const text = typeof payload.value === "string" ? payload.value : JSON.stringify(payload.value);
        const joiner = path.includes("?") ? "&" : "?";
        await send(op, `query.${param.name}`, payload, `${path}${joiner}${param.name}=${encodeQuery(text)}`);
      }
    }
  }
  return run;
}

/** Percent-encodes like encodeURIComponent, but a lone surrogate becomes bytes that are not UTF-8. */
function encodeQuery(text: string): string {
  return encodeURIComponent(text.replace(/[\ud800-\udfff]/gu, "\uFFFD")).replaceAll("%EF%BF%BD", "%ED%A0%80");
}

async function pathFor(doc: Schema, op: Operation, call: Caller, made: Map<string, string>): Promise<string> {
  let path = op.path;
  for (const name of op.pathParams) {
    const prefix = path.slice(0, path.indexOf(`{${name}}`)).replace(/\/$/, "");
    let id = made.get(prefix);
    if (id === undefined) {
      id = "0190a000-0000-7000-8000-0000000000ff";
      const create = doc.paths[prefix]?.post?.requestBody?.content?.["application/json"]?.schema;
      if (create && !prefix.includes("{")) {
        const res = await call("POST", prefix, sampleOf(doc, create));
        if (res.status < 300 && typeof res.body?.id === "string") id = res.body.id as string;
      }
      made.set(prefix, id);
    }
    path = path.replace(`{${name}}`, id);
  }
  return path;
}
