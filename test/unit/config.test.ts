import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { test } from "node:test";
import { ConfigError, parseConfig } from "../../src/config.ts";

test("defaults: embedded database in ./.baton, port 3000", () => {
  const c = parseConfig({});
  assert.equal(c.databaseUrl, undefined);
  assert.equal(c.port, 3000);
  assert.equal(c.dataDir, path.resolve(".baton"));
  assert.equal(c.logLevel, "info");
});

test("bad values are refused with the setting's name", () => {
  assert.throws(
    () => parseConfig({ PORT: "eighty" }),
    (e: Error) => e instanceof ConfigError && /PORT/.test(e.message),
  );
  assert.throws(() => parseConfig({ PORT: "70000" }), /PORT/);
  assert.throws(() => parseConfig({ DATABASE_URL: "mysql://x" }), /DATABASE_URL/);
  assert.throws(() => parseConfig({ LOG_LEVEL: "loud" }), /LOG_LEVEL/);
});

test("the CLI exits non-zero with a clear message on a bad setting", () => {
  const cli = path.join(import.meta.dirname, "../../src/cli/main.ts");
  const r = spawnSync(process.execPath, [cli, "migrate"], {
    env: { ...process.env, PORT: "eighty" },
    encoding: "utf8",
  });
  assert.equal(r.status, 78);
  assert.match(r.stderr, /Invalid configuration:\n\s+PORT/);
});
