// `npm run api:lint` (and `npm test -- lint`): the OpenAPI document, exactly as /api/openapi.json
// serves it, checked by an independent linter — Redocly CLI with the rules in redocly.yaml — as
// an outside integrator would check it before generating a client. Exits non-zero on any problem.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { apiDocument } from "./api-types.ts";

const root = path.join(import.meta.dirname, "..");
const dir = mkdtempSync(path.join(tmpdir(), "baton-openapi-"));
try {
  const file = path.join(dir, "openapi.json");
  writeFileSync(file, JSON.stringify(await apiDocument(), null, 2));
  const result = spawnSync(
    path.join(root, "node_modules/.bin/redocly"),
    ["lint", file, "--config", path.join(root, "redocly.yaml"), "--format", "codeframe"],
    // Offline and quiet: no update check against the registry, no usage telemetry.
    {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", REDOCLY_TELEMETRY: "off" },
    },
  );
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
