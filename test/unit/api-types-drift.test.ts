import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { API_TYPES_FILE, generateApiTypes } from "../../scripts/api-types.ts";

const root = path.join(import.meta.dirname, "../..");

test("the web app's API types match the OpenAPI document the routes produce (no drift)", async () => {
  const checkedIn = readFileSync(path.join(root, API_TYPES_FILE), "utf8");
  // Not deepEqual on the text: its diff of a 7,000-line file would bury the one instruction.
  assert.ok(
    checkedIn === (await generateApiTypes()),
    `${API_TYPES_FILE} is out of date with the routes; run npm run api:types and commit the result`,
  );
});
