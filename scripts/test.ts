// `npm test`: lint, typecheck, the API document's lint, then the suites. The store and API suites run on an embedded
// PostgreSQL and, when TEST_DATABASE_URL is set (CI sets it), again on that server. The browser
// suite runs the built web app in Chromium. Exits non-zero if any step fails.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { migrateDatabase, openDatabase } from "../src/store/db.ts";
import { startEmbeddedPostgres } from "../src/store/embedded-postgres.ts";

const root = path.join(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);
const only = process.argv[2]; // e.g. `npm test -- unit`

function filesUnder(dir: string, suffix = ".test.ts"): string[] {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(suffix))
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(path.join(root, f)).isFile())
    .sort();
}

// Asynchronous on purpose: while a suite runs, this process must keep reading the embedded
// PostgreSQL's log pipe. A blocking spawnSync let the pipe fill (a suite that makes many errors
// logs many lines) and PostgreSQL then blocked mid-statement writing its log: the run hung.
function run(
  title: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<boolean> {
  console.log(`\n=== ${title} ===`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
    child.once("error", () => resolve(false));
    child.once("exit", (code) => {
      if (code !== 0) console.log(`=== ${title}: FAILED ===`);
      resolve(code === 0);
    });
  });
}

const nodeTest = (files: string[], env: Record<string, string>, title: string) =>
  run(title, process.execPath, ["--test", "--test-concurrency=2", "--test-timeout=600000", ...files], env);

async function migrated(url: string): Promise<void> {
  const db = openDatabase(url, { max: 1 });
  try {
    await migrateDatabase(db.pool);
  } finally {
    await db.close();
  }
}

const failures: string[] = [];
const step = (name: string, ok: boolean) => {
  if (!ok) failures.push(name);
};
const wants = (name: string) => !only || only === name;

if (wants("lint")) {
  step("lint", await run("biome", bin("biome"), ["check", "."]));
  step("typecheck", await run("typecheck", bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]));
  step("openapi", await run("OpenAPI document (Redocly)", process.execPath, ["scripts/lint-api.ts"]));
}

const unit = [...filesUnder("src"), ...filesUnder("test/unit")];
const dbSuites = [...filesUnder("test/store"), ...filesUnder("test/api")];

if (wants("unit")) step("unit", await nodeTest(unit, {}, "unit tests (domain and pure code)"));

if (wants("db") || wants("browser")) {
  const dir = mkdtempSync(path.join(tmpdir(), "baton-test-"));
  const server = await startEmbeddedPostgres(dir);
  try {
    await migrated(server.url);
    const env = { BATON_TEST_DATABASE_URL: server.url, BATON_TEST_DB_KIND: "embedded" };
    if (wants("db"))
      step("db (embedded)", await nodeTest(dbSuites, env, "store and API suites on embedded PostgreSQL"));
    if (wants("browser")) {
      const built = await run("web build (if stale)", process.execPath, ["scripts/build-web-if-stale.ts"]);
      step(
        "browser",
        built && (await nodeTest(filesUnder("test/browser"), env, "browser tests in Chromium")),
      );
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const external = process.env.TEST_DATABASE_URL;
  if (external && wants("db")) {
    // A fresh database on that server for this run, migrated from zero, dropped afterwards.
    const name = `baton_test_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: external });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(external);
    url.pathname = `/${name}`;
    try {
      await migrated(url.toString());
      const env = { BATON_TEST_DATABASE_URL: url.toString(), BATON_TEST_DB_KIND: "external" };
      step(
        "db (external)",
        await nodeTest(dbSuites, env, `store and API suites on PostgreSQL at ${url.host}`),
      );
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }
}

console.log(failures.length === 0 ? "\nAll test steps passed." : `\nFailed steps: ${failures.join(", ")}`);
process.exit(failures.length === 0 ? 0 : 1);
