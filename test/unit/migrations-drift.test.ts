import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

const root = path.join(import.meta.dirname, "../..");

test("the checked-in migrations match the Drizzle schema (no drift)", () => {
  // drizzle-kit wants an output folder relative to the project; .drift-* is git-ignored.
  const out = path.relative(root, mkdtempSync(path.join(root, ".drift-")));
  try {
    cpSync(path.join(root, "src/store/migrations"), path.join(root, out), { recursive: true });
    const before = readdirSync(path.join(root, out)).sort();
    const result = spawnSync(
      path.join(root, "node_modules/.bin/drizzle-kit"),
      [
        "generate",
        "--dialect",
        "postgresql",
        "--schema",
        "./src/store/schema/index.ts",
        "--out",
        out,
        "--name",
        "drift",
      ],
      { cwd: root, encoding: "utf8" },
    );
    // drizzle-kit exits 0 even when it fails, so look for its "nothing to migrate" answer too.
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(`${result.stdout}${result.stderr}`, /Error/, result.stderr);
    const added = readdirSync(path.join(root, out)).filter((f) => !before.includes(f));
    assert.deepEqual(
      added,
      [],
      `schema changed without a migration; run npm run db:generate\n${result.stdout}`,
    );
  } finally {
    rmSync(path.join(root, out), { recursive: true, force: true });
  }
});
