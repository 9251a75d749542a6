// `kill -9` of `baton start` during an ingest, then a restart: Baton starts again (stopping the
// PostgreSQL server its dead predecessor left behind) and every touchpoint that got a 2xx is there.
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import pg from "pg";
import {
  batonCommand,
  freePort,
  killAll,
  startBaton,
  waitForExit,
  workspaceByCli,
} from "../support/baton-process.ts";

const dataDir = mkdtempSync(path.join(tmpdir(), "baton-crash-"));
const children: ChildProcess[] = [];
const env = (port: number) => ({ BATON_DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: "" });
const start = (port: number) => startBaton(env(port), children);

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

after(async () => {
  killAll(children);
  // Stop any server the test left behind, then remove the folder.
  const pidFile = path.join(dataDir, "pg", "postmaster.pid");
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    if (pid && isAlive(pid)) process.kill(pid, "SIGINT");
    for (let i = 0; i < 100 && pid && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe("embedded PostgreSQL lifecycle", { skip: process.env.BATON_TEST_DB_KIND === "external" }, () => {
  test("kill -9 during ingest loses no acknowledged touchpoint; a second Baton is refused", async () => {
    const port = await freePort();
    const key = workspaceByCli("crash", env(port));

    const first = await start(port);
    const second = batonCommand(["start"], env(await freePort()));
    assert.notEqual(second.status, 0);
    assert.match(second.out, /already using the data folder/);

    // Ingest from two concurrent writers; remember every externalId that got a 2xx.
    const acknowledged: string[] = [];
    let stop = false;
    let sent = 0;
    const writer = async (w: number) => {
      for (let b = 0; !stop; b++) {
        const items = Array.from({ length: 100 }, (_, i) => ({
          email: `w${w}-${i % 37}@crash.example`,
          kind: "page_view",
          occurredAt: new Date(Date.now() - (i + 1) * 1000).toISOString(),
          externalId: `w${w}-b${b}-i${i}`,
        }));
        sent += items.length;
        try {
          const res = await fetch(`http://127.0.0.1:${port}/api/v1/touchpoints/batch`, {
            method: "POST",
            headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
            body: JSON.stringify({ items }),
          });
          if (res.ok) acknowledged.push(...items.map((x) => x.externalId));
          else await res.text();
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = [writer(1), writer(2)];
    while (acknowledged.length < 2000) await new Promise((r) => setTimeout(r, 20));
    first.child.kill("SIGKILL");
    stop = true;
    await Promise.all(writers);
    await waitForExit(first.child);

    const orphan = Number(readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
    assert.ok(isAlive(orphan), "the killed Baton's PostgreSQL is still running");

    const restarted = await start(port);
    assert.ok(!isAlive(orphan), "the orphaned server was stopped before the new one started");
    const credentials = JSON.parse(readFileSync(path.join(dataDir, "pg-credentials.json"), "utf8"));
    const client = new pg.Client({
      host: "127.0.0.1",
      port: credentials.port,
      user: "postgres",
      password: credentials.password,
      database: "baton",
    });
    await client.connect();
    const found = await client.query(
      "select count(*)::int as n from touchpoints where external_id = any($1)",
      [acknowledged],
    );
    const total = await client.query("select count(*)::int as n from touchpoints");
    await client.end();
    assert.equal(found.rows[0].n, acknowledged.length, "every acknowledged touchpoint survived");
    assert.ok(total.rows[0].n <= sent);
    console.log(`acknowledged ${acknowledged.length}, stored ${total.rows[0].n}, sent ${sent}`);

    restarted.child.kill("SIGTERM");
    assert.equal(await waitForExit(restarted.child), 0);
    assert.ok(!existsSync(path.join(dataDir, "pg", "postmaster.pid")), "a clean stop stops PostgreSQL too");
  });
});
