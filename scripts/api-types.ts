// `npm run api:types`: writes the web app's API types (web/src/api/schema.d.ts) from the OpenAPI
// document the server serves at /api/openapi.json — one contract for the API, the web app and
// any other client. Run it after changing a route or schema; test/unit/api-types-drift.test.ts
// fails while the checked-in file and the routes disagree.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
// openapi-typescript 6: version 7 needs the TypeScript 5 compiler API, which TypeScript 7 (this
// project's compiler) does not ship; npm refuses the install. 6 emits the same paths/components/
// operations types without a compiler.
import openapiTS, { type OpenAPI3 } from "openapi-typescript";
import { createApp } from "../src/http/app.ts";

const root = path.join(import.meta.dirname, "..");
export const API_TYPES_FILE = "web/src/api/schema.d.ts";

/** The document exactly as /api/openapi.json serves it, built in-process without a server. */
export async function apiDocument(): Promise<OpenAPI3> {
  // Building the document reads only the route definitions; no handler runs, so no database.
  const app = createApp({
    db: undefined as never,
    now: () => new Date(),
    publicUrl: "http://localhost:3000",
  });
  const response = await app.request("/api/openapi.json");
  if (!response.ok) throw new Error(`GET /api/openapi.json answered ${response.status}`);
  return (await response.json()) as OpenAPI3;
}

/** The contents of API_TYPES_FILE for the current routes, formatted as Biome would. */
export async function generateApiTypes(): Promise<string> {
  const doc = await apiDocument();
  // An empty map (zod-openapi always emits `parameters: {}`) would become the banned type `{}`.
  for (const [key, map] of Object.entries(doc.components ?? {}))
    if (Object.keys(map ?? {}).length === 0) delete doc.components?.[key as keyof typeof doc.components];
  const types = await openapiTS(doc, {
    commentHeader: [
      "// Generated from the Baton API's OpenAPI document by `npm run api:types`. Do not edit:",
      "// change the route or its schema under src/http, then run the script again.\n\n",
    ].join("\n"),
  });
  const formatted = spawnSync(
    path.join(root, "node_modules/.bin/biome"),
    ["format", `--stdin-file-path=${API_TYPES_FILE}`],
    { cwd: root, input: types, encoding: "utf8" },
  );
  if (formatted.status !== 0) throw new Error(`biome format failed: ${formatted.stderr}`);
  return formatted.stdout;
}

if (import.meta.main) {
  writeFileSync(path.join(root, API_TYPES_FILE), await generateApiTypes());
  console.log(`Wrote ${API_TYPES_FILE}`);
}
