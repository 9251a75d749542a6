// Ingest: touchpoints per second through POST /touchpoints/batch (HTTP, validation, contact
// lookup by email, temperature update, one transaction per batch) against raw COPY of the same
// number of rows into the same table in the same run.
import { spawn } from "node:child_process";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import { uuidv7 } from "uuidv7";
import { type BenchEnv, fmt, timed } from "./support.ts";

const CONTACTS = 20_000;
const BATCHES = 120;
const BATCH = 1000;
const WRITERS = 4;
const KINDS = ["page_view", "email_open", "email_click", "ad_click", "form_submit", "webinar"];

function batch(b: number, now: number) {
  return Array.from({ length: BATCH }, (_, i) => {
    const n = b * BATCH + i;
    return {
      email: `c${(n * 7919) % CONTACTS}@bench.example`,
      kind: KINDS[n % KINDS.length],
      occurredAt: new Date(now - ((n * 104729) % (90 * 86_400_000))).toISOString(),
      externalId: `e${n}`,
    };
  });
}

async function startServer(env: BenchEnv, port: number) {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, "../src/cli/main.ts"), "start"], {
    env: { ...process.env, DATABASE_URL: env.url, PORT: String(port), LOG_LEVEL: "warn" },
  });
  await new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      if (out.includes("Baton is running")) resolve();
    });
    child.once("exit", (c) => reject(new Error(`server exited ${c}: ${out}`)));
  });
  return child;
}

export async function benchIngest(env: BenchEnv) {
  const port = 3900 + Math.floor(Math.random() * 50);
  const server = await startServer(env, port);
  const now = Date.now();
  const post = async (items: unknown[]) => {
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/touchpoints/batch`, {
      method: "POST",
      headers: { Authorization: `Bearer ${env.apiKey}`, "Content-Type": "application/json" },
      body: JSON.stringify({ items }),
    });
    const body = (await res.json()) as { created: number; errors: number };
    if (!res.ok || body.errors > 0)
      throw new Error(`batch failed: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
    return body.created;
  };
  // Warm-up: create the contacts (first touch of each email) so the timed run measures steady state.
  for (let b = 0; b < CONTACTS / BATCH; b++) {
    await post(
      Array.from({ length: BATCH }, (_, i) => ({
        email: `c${b * BATCH + i}@bench.example`,
        kind: "page_view",
        occurredAt: new Date(now - 100 * 86_400_000).toISOString(),
      })),
    );
  }
  let next = 0;
  const { ms } = await timed(async () => {
    await Promise.all(
      Array.from({ length: WRITERS }, async () => {
        while (next < BATCHES) await post(batch(next++, now));
      }),
    );
  });
  server.kill("SIGTERM");
  const apiRate = (BATCHES * BATCH) / (ms / 1000);

  // Baseline: COPY the same number of rows straight into touchpoints.
  const ids = (
    await env.database.pool.query("select id from contacts where workspace_id = $1", [env.workspaceId])
  ).rows.map((r) => r.id as string);
  const client = await env.database.pool.connect();
  const copy = await timed(async () => {
    const lines = function* () {
      for (let n = 0; n < BATCHES * BATCH; n++) {
        const at = new Date(now - ((n * 104729) % (90 * 86_400_000))).toISOString();
        yield `${env.workspaceId}\t${uuidv7()}\t${ids[n % ids.length]}\t${KINDS[n % KINDS.length]}\tmarketing\t${at}\t{}\tcopy${n}\n`;
      }
    };
    await pipeline(
      Readable.from(lines()),
      client.query(
        copyFrom(
          "copy touchpoints (workspace_id, id, contact_id, kind, side, occurred_at, properties, external_id) from stdin",
        ),
      ),
    );
  });
  client.release();
  const copyRate = (BATCHES * BATCH) / (copy.ms / 1000);
  return {
    name: "ingest",
    lines: [
      `POST /touchpoints/batch: ${fmt(BATCHES * BATCH)} touchpoints in ${BATCHES} batches of ${BATCH}, ${WRITERS} concurrent writers, over ${fmt(CONTACTS)} contacts by email: ${fmt(ms / 1000, 2)} s → **${fmt(apiRate)} touchpoints/s** (temperature and stage updated in the same transaction)`,
      `Baseline, raw COPY of the same number of rows into touchpoints: ${fmt(copy.ms / 1000, 2)} s → ${fmt(copyRate)} rows/s`,
      `API / COPY: ${fmt((apiRate / copyRate) * 100, 1)} %. Goal ≥ 20,000/s: ${apiRate >= 20_000 ? "met" : "not met"}.`,
    ],
  };
}
