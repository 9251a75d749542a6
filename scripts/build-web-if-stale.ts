// Builds the web app (web/ → web/dist) only when it is missing or older than its sources.
// Usage: node scripts/build-web-if-stale.ts   (Node 24, run from anywhere)

import { spawnSync } from "node:child_process";
import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

const repoRoot = path.resolve(import.meta.dirname, "..");
const webDir = path.join(repoRoot, "web");
const distIndex = path.join(webDir, "dist", "index.html");
const SKIPPED_DIRS = new Set([path.join(webDir, "dist"), path.join(webDir, "node_modules")]);

/** Newest modification time (ms) of any file under `dir`, skipping build output and dependencies. */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(full) && entry.name !== "node_modules")
        newest = Math.max(newest, newestMtime(full));
    } else if (entry.isFile()) {
      newest = Math.max(newest, statSync(full).mtimeMs);
    }
  }
  return newest;
}

function builtAt(): number | null {
  try {
    return statSync(distIndex).mtimeMs;
  } catch {
    return null;
  }
}

const built = builtAt();
const sourcesChanged = newestMtime(webDir);

if (built !== null && built >= sourcesChanged) {
  console.log("web: web/dist is up to date, skipping the build");
  process.exit(0);
}

const vite = path.join(repoRoot, "node_modules", ".bin", process.platform === "win32" ? "vite.cmd" : "vite");
const result = spawnSync(vite, ["build", "--config", path.join("web", "vite.config.ts")], {
  cwd: repoRoot,
  stdio: "inherit",
  // vite's `#!/usr/bin/env node` should find this same Node, not an older one on PATH.
  env: {
    ...process.env,
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ""}`,
  },
  shell: process.platform === "win32",
});

if (result.error || result.status !== 0) {
  // A half-written dist must not look up to date next time.
  rmSync(distIndex, { force: true });
}
if (result.error) {
  console.error(`web: could not run vite: ${result.error.message}`);
  process.exit(1);
}
if (result.status !== 0) {
  console.error(`web: vite build failed (exit ${result.status ?? result.signal})`);
  process.exit(result.status || 1);
}
console.log(`web: built web/dist (${built === null ? "it was missing" : "sources changed"})`);
