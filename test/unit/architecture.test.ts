// The layering rules of docs/ARCHITECTURE.md, checked on the source text.
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import { cycles, sources } from "../support/import-graph.ts";

const src = sources("src");
const web = sources("web/src");
const isPackage = (spec: string) => !spec.startsWith(".") && !spec.startsWith("#");

/** The folder under src/ (or "web") a file belongs to; "config" for src/config.ts. */
const layerOf = (file: string) =>
  file.startsWith(`web${path.sep}`) ? "web" : file.split(path.sep)[1]!.replace(/\.ts$/, "");

// Which other layers each layer may import: dependencies point inwards, and the outer folders
// (http, jobs, cli, the demo script) meet only in cli, which wires the process together.
const MAY_IMPORT: Record<string, string[]> = {
  domain: [],
  store: ["domain", "config"],
  services: ["domain", "store"],
  jobs: ["domain", "store", "services"],
  http: ["domain", "services"],
  demo: ["domain", "store", "services"],
  cli: ["domain", "store", "services", "jobs", "http", "demo", "config"],
  config: [],
  web: ["domain"],
};

// Pure libraries the domain may use: calendar arithmetic in a time zone is solved, not Baton's own;
// so is drawing from Beta and Gamma distributions, and those samplers are always seeded (the same
// data gives the same budget advice).
const PURE_LIBRARIES = new Set([
  "date-fns",
  "@date-fns/tz",
  "@stdlib/random-base-beta",
  "@stdlib/random-base-gamma",
]);

test("src/domain is pure: no I/O, no outer layers, no clock or randomness", () => {
  for (const { file, text, imports } of src.filter((s) => layerOf(s.file) === "domain")) {
    for (const { spec } of imports) {
      assert.ok(
        spec.startsWith("./") || PURE_LIBRARIES.has(spec),
        `${file} imports ${spec}; the domain may only import itself and ${[...PURE_LIBRARIES].join(", ")}`,
      );
    }
    assert.doesNotMatch(text, /Date\.now\(\)|new Date\(\)|Math\.random\(\)|process\.env/, file);
  }
});

test("layers point inwards: each imports only the layers inside it", () => {
  const problems: string[] = [];
  for (const { file, imports } of [...src, ...web]) {
    const from = layerOf(file);
    for (const { spec, target } of imports) {
      if (isPackage(spec)) continue;
      const to = target && layerOf(target);
      if (to !== from && !MAY_IMPORT[from]!.includes(to!)) problems.push(`${file} imports ${spec}`);
    }
  }
  assert.deepEqual(problems, [], "each layer may import only itself and its MAY_IMPORT entry");
});

test("web/src reaches src/domain only through the #domain alias, src never uses it", () => {
  const problems: string[] = [];
  for (const { file, imports } of web) {
    for (const { spec, target } of imports) {
      if (isPackage(spec) || target?.startsWith(`web${path.sep}src${path.sep}`)) continue;
      if (!/^#domain\/[\w-]+$/.test(spec)) problems.push(`${file} imports ${spec}`);
    }
  }
  for (const { file, imports } of src) {
    for (const { spec } of imports) if (spec.startsWith("#")) problems.push(`${file} imports ${spec}`);
  }
  assert.deepEqual(problems, [], "web/src names the domain as #domain/<file>; src uses relative paths");
});

test("no import cycles in src or web/src (type-only imports count: they tie modules for a reader)", () => {
  const found = cycles([...src, ...web]).map((c) => c.join(" ↔ "));
  assert.deepEqual(found, [], "import cycles: move what both sides share into a third file");
});

// Writing SQL or calling the query builder: what services are for.
const DATABASE_PACKAGES = /^(drizzle-orm|pg|pg-boss)(\/|$)/;
const QUERYING =
  /\b(?:db|tx|pool)\s*\.\s*(?:select|selectDistinct|insert|update|delete|execute|transaction|query)\s*\(/;

test("http and cli reach the database only through services (cli may open it: store/connect.ts)", () => {
  const problems: string[] = [];
  for (const { file, text, imports } of src.filter((s) => ["http", "cli"].includes(layerOf(s.file)))) {
    for (const { spec, target } of imports) {
      const store =
        target && layerOf(target) === "store" && target !== path.normalize("src/store/connect.ts");
      if (DATABASE_PACKAGES.test(spec) || store) problems.push(`${file} imports ${spec}`);
    }
    if (QUERYING.test(text)) problems.push(`${file} queries the database`);
  }
  assert.deepEqual(problems, [], "call a service instead");
});

test("configuration comes in through Deps: only cli calls config(); others may name the Config type", () => {
  const problems: string[] = [];
  for (const { file, imports } of src) {
    if (layerOf(file) === "cli") continue;
    for (const { spec, typeOnly, target } of imports) {
      if (target === path.normalize("src/config.ts") && !typeOnly) problems.push(`${file} imports ${spec}`);
    }
  }
  assert.deepEqual(problems, [], "take the setting through Deps (services/context.ts)");
});

test("only src/config.ts reads process.env", () => {
  for (const { file, text } of src) {
    if (file === path.join("src", "config.ts")) continue;
    assert.doesNotMatch(text, /process\.env/, `${file} reads process.env; add the setting to src/config.ts`);
  }
});
