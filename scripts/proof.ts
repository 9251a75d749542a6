// `npm run proof`: the long trust suites, on a fresh embedded PostgreSQL — the full hostile
// corpus as an admin and as a partner, the crash and start-up suites — with each suite's time.
// docs/RELIABILITY.md records what each proves and its latest figures. Exits non-zero if any fails.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrateDatabase, openDatabase } from "../src/store/db.ts";
import { startEmbeddedPostgres } from "../src/store/embedded-postgres.ts";

const root = path.join(import.meta.dirname, "..");

const SUITES: { title: string; files: string[] }[] = [
  { title: "hostile input, full corpus (admin and partner)", files: ["test/api/hostile-input.test.ts"] },
  { title: "authorization matrix", files: ["test/api/authorization-matrix.test.ts"] },
  { title: "trust defects (login limits, headers, cursors)", files: ["test/api/trust-defects.test.ts"] },
  { title: "kill -9 during ingest, restart", files: ["test/store/crash-recovery.test.ts"] },
  { title: "kill -9 of the worker mid-send", files: ["test/store/send-crash.test.ts"] },
  { title: "PostgreSQL killed and restarted mid-ingest", files: ["test/store/postgres-restart.test.ts"] },
  {
    title: "kill -9 of the server and the worker during hand-offs",
    files: ["test/store/handoff-crash.test.ts"],
  },
  { title: "a full disk during an ingest (as root)", files: ["test/store/disk-full.test.ts"] },
  { title: "kill -9 of the worker during webhook delivery", files: ["test/store/webhook-crash.test.ts"] },
  { title: "the SMTP server down for a while", files: ["test/store/smtp-outage.test.ts"] },
  { title: "a failed start says why", files: ["test/store/start-failure.test.ts"] },
  {
    title: "two API processes and two workers behind a balancer",
    files: ["test/store/two-processes.test.ts"],
  },
];

const dir = mkdtempSync(path.join(tmpdir(), "baton-proof-"));
const server = await startEmbeddedPostgres(dir);
const results: { title: string; ok: boolean; seconds: number }[] = [];
try {
  const db = openDatabase(server.url, { max: 1 });
  await migrateDatabase(db.pool);
  await db.close();
  for (const suite of SUITES) {
    const files = suite.files.filter((f) => existsSync(path.join(root, f)));
    if (files.length === 0) continue;
    console.log(`\n=== ${suite.title} ===`);
    const started = performance.now();
    // Not spawnSync: this process must keep draining the embedded PostgreSQL's log pipe meanwhile.
    const child = spawn(process.execPath, ["--test", "--test-timeout=3600000", ...files], {
      cwd: root,
      stdio: "inherit",
      env: {
        ...process.env,
        BATON_PROOF: "1",
        BATON_TEST_DATABASE_URL: server.url,
        BATON_TEST_DB_KIND: "embedded",
      },
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    results.push({ title: suite.title, ok: code === 0, seconds: (performance.now() - started) / 1000 });
  }
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}

console.log("\n=== proof ===");
for (const r of results)
  console.log(`${r.ok ? "passed" : "FAILED"}  ${r.seconds.toFixed(0).padStart(5)} s  ${r.title}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
