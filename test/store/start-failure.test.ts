// A start that fails says what failed and what to do. Before the fix, a PostgreSQL that exited
// while starting (here: a setting it cannot read) made `baton` print only "undefined".
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";

const root = path.join(import.meta.dirname, "../..");
const cli = path.join(root, "src/cli/main.ts");
const dataDir = mkdtempSync(path.join(tmpdir(), "baton-start-"));
after(() => rmSync(dataDir, { recursive: true, force: true }));

const baton = (args: string[]) => {
  const r = spawnSync(process.execPath, [cli, ...args], {
    env: { ...process.env, BATON_DATA_DIR: dataDir, DATABASE_URL: "" },
    encoding: "utf8",
    cwd: root,
  });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
};

test("a PostgreSQL that cannot start is named, with its own words and what to do", () => {
  const first = baton(["migrate"]);
  assert.equal(first.status, 0, first.out);
  appendFileSync(path.join(dataDir, "pg", "postgresql.auto.conf"), "\nshared_buffers = 'banana'\n");

  const failed = baton(["migrate"]);
  assert.equal(failed.status, 70, failed.out);
  assert.match(failed.out, /Baton's PostgreSQL in .* did not start/);
  assert.match(failed.out, /shared_buffers/, "PostgreSQL's own words are shown");
  assert.match(failed.out, /What to do:/);
  assert.doesNotMatch(failed.out.trim(), /^undefined$/m);
});
