import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";

const root = path.join(import.meta.dirname, "../..");
const sources = (dir: string) =>
  readdirSync(path.join(root, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => ({ file: path.join(dir, f), text: readFileSync(path.join(root, dir, f), "utf8") }));

const importsOf = (text: string) => [...text.matchAll(/from\s+["']([^"']+)["']/g)].map((m) => m[1]!);

// Pure libraries the domain may use: calendar arithmetic in a time zone is solved, not Baton's own.
const PURE_LIBRARIES = new Set(["date-fns", "@date-fns/tz"]);

test("src/domain is pure: no I/O, no outer layers, no clock or randomness", () => {
  for (const { file, text } of sources("src/domain")) {
    for (const spec of importsOf(text)) {
      assert.ok(
        spec.startsWith("./") || PURE_LIBRARIES.has(spec),
        `${file} imports ${spec}; the domain may only import itself and ${[...PURE_LIBRARIES].join(", ")}`,
      );
    }
    assert.doesNotMatch(text, /Date\.now\(\)|new Date\(\)|Math\.random\(\)|process\.env/, file);
  }
});

test("layers point inwards: store never imports services, http, cli or jobs; services never import http or cli", () => {
  const rules: [string, RegExp][] = [
    ["src/store", /\/(services|http|cli|jobs)\//],
    ["src/services", /\/(http|cli|jobs)\//],
  ];
  for (const [dir, forbidden] of rules) {
    for (const { file, text } of sources(dir)) {
      for (const spec of importsOf(text)) assert.doesNotMatch(spec, forbidden, `${file} imports ${spec}`);
    }
  }
});

test("only src/config.ts reads process.env", () => {
  for (const { file, text } of sources("src")) {
    if (file === path.join("src", "config.ts")) continue;
    assert.doesNotMatch(text, /process\.env/, `${file} reads process.env; add the setting to src/config.ts`);
  }
});
