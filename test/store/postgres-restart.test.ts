// An immediate PostgreSQL restart under a running Baton (issue 12, item 4): the database server is
// killed with SIGKILL in the middle of an ingest and started again at once. Baton — its API and
// its worker — must stay up and serve again by itself, every batch that got a 2xx must be there,
// and retrying the failed ones with their Idempotency-Key (and each touch's externalId) must not
// duplicate anything.
import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { sql } from "drizzle-orm";
import { type Database, migrateDatabase, openDatabase } from "../../src/store/db.ts";
import { type RunningDatabase, startEmbeddedPostgres } from "../../src/store/embedded-postgres.ts";
import { setupApi, type TestApi } from "../support/api.ts";

const BATCHES = 60;
const PER_BATCH = 50;
const root = path.join(import.meta.dirname, "../..");
const cli = path.join(root, "src/cli/main.ts");
const dataDir = mkdtempSync(path.join(tmpdir(), "baton-pgrestart-"));

let server: RunningDatabase;
let database: Database;
let api: TestApi;
let baton: ChildProcess;
let batonOutput = "";
let base = "";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

before(async () => {
  server = await startEmbeddedPostgres(dataDir);
  database = openDatabase(server.url, { max: 4 });
  await migrateDatabase(database.pool);
  api = await setupApi({ database });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  baton = spawn(process.execPath, [cli, "start"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: server.url,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "error",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await new Promise<void>((resolve, reject) => {
    const onData = (d: Buffer) => {
      batonOutput += d.toString();
      if (batonOutput.includes("Baton is running")) resolve();
    };
    baton.stdout!.on("data", onData);
    baton.stderr!.on("data", onData);
    baton.once("exit", (code) => reject(new Error(`baton start exited with ${code}:\n${batonOutput}`)));
  });
});
after(async () => {
  if (baton && baton.exitCode === null) baton.kill("SIGKILL");
  await database?.close().catch(() => {});
  await server?.stop().catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
});

const batch = (b: number) => ({
  items: Array.from({ length: PER_BATCH }, (_, i) => ({
    email: `p${(b * PER_BATCH + i) % 400}@restart.test`,
    kind: "page_view",
    externalId: `restart-${b}-${i}`,
    occurredAt: new Date(Date.now() - (b * PER_BATCH + i) * 1000).toISOString(),
  })),
});

async function send(b: number): Promise<number> {
  try {
    const res = await fetch(`${base}/api/v1/touchpoints/batch`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${api.admin.key}`,
        "Content-Type": "application/json",
        "Idempotency-Key": `restart-${api.slug}-${b}`,
      },
      body: JSON.stringify(batch(b)),
      signal: AbortSignal.timeout(30_000),
    });
    await res.text();
    return res.status;
  } catch {
    return 0; // the connection failed: not acknowledged
  }
}

test("PostgreSQL killed and restarted mid-ingest: Baton stays up, every acknowledged batch is there once", {
  skip: process.env.BATON_TEST_DB_KIND === "external",
  timeout: 300_000,
}, async () => {
  const acknowledged = new Set<number>();
  const failures: number[] = [];
  let restarted = false;
  for (let b = 0; b < BATCHES; b++) {
    if (b === BATCHES / 3) {
      // Mid-ingest: SIGKILL the postmaster, and start it again at once, while batches keep coming.
      const pid = Number(readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
      process.kill(pid, "SIGKILL");
      const inFlight = [send(b), send(b + 1)];
      // As a service manager would: the same server, on the same port, as soon as the old one is gone.
      while (isAlive(pid)) await new Promise((r) => setTimeout(r, 20));
      const before = server.url;
      server = await startEmbeddedPostgres(dataDir);
      assert.equal(server.url, before, "PostgreSQL came back on its own port");
      restarted = true;
      for (const [i, status] of (await Promise.all(inFlight)).entries()) {
        if (status >= 200 && status < 300) acknowledged.add(b + i);
        else failures.push(status);
      }
      b += 1;
      continue;
    }
    const status = await send(b);
    if (status >= 200 && status < 300) acknowledged.add(b);
    else failures.push(status);
  }
  assert.ok(restarted);
  // Refused while the database was away: 503 with Retry-After (or a connection the restart cut).
  assert.deepEqual(
    failures.filter((s) => s !== 503 && s !== 0),
    [],
    `statuses during the restart: ${failures.join(",")}`,
  );
  assert.equal(baton.exitCode, null, `Baton exited:\n${batonOutput}`);

  // Baton serves again by itself: within a minute every batch is acknowledged on retry.
  const deadline = Date.now() + 60_000;
  while (acknowledged.size < BATCHES && Date.now() < deadline) {
    for (let b = 0; b < BATCHES; b++) {
      if (acknowledged.has(b)) continue;
      const status = await send(b);
      if (status >= 200 && status < 300) acknowledged.add(b);
    }
    if (acknowledged.size < BATCHES) await new Promise((r) => setTimeout(r, 1000));
  }
  assert.equal(
    acknowledged.size,
    BATCHES,
    `still refused after a minute; failures: ${failures.join(",")}\n${batonOutput.slice(-3000)}`,
  );
  assert.equal(baton.exitCode, null, `Baton exited:\n${batonOutput}`);

  // Everything acknowledged is there, exactly once.
  database = openDatabase(server.url, { max: 2 });
  const rows = await database.db.execute<{ n: number; distinct_ids: number }>(sql`
    select count(*)::int as n, count(distinct external_id)::int as distinct_ids
    from touchpoints where workspace_id = ${api.workspaceId}`);
  assert.equal(rows.rows[0]!.n, BATCHES * PER_BATCH);
  assert.equal(rows.rows[0]!.distinct_ids, BATCHES * PER_BATCH);
  const me = await fetch(`${base}/api/v1/contacts?limit=1`, {
    headers: { Authorization: `Bearer ${api.admin.key}` },
  });
  assert.equal(me.status, 200);
  console.log(
    `postgres restart: ${failures.length} requests refused during the restart (${[...new Set(failures)].join(", ")}), then all ${BATCHES} batches acknowledged`,
  );
});
