// The soak's load generator: a process of its own, so the server under test never shares an event
// loop with the client. `node bench/soak-load.ts <config.json>` runs a weighted mix of the
// requests real users and integrations make — board reads (a staff member's session cookie),
// contact pages, touchpoint batches, form-like single touchpoints, report reads (an API key) —
// with a fixed number of requests in flight over keep-alive connections, and prints one JSON line
// per interval (counts, latencies, errors per kind) and a last line for the whole run.
import { readFileSync } from "node:fs";
import http from "node:http";

export interface LoadConfig {
  base: string;
  apiKey: string;
  login: { email: string; password: string };
  contactIds: string[];
  /** Contacts c1…cN@reports.example exist; batches name them by email. */
  contacts: number;
  programIds: string[];
  seconds: number;
  concurrency: number;
  intervalSeconds: number;
  /**
   * The share of batches that are backfills (an import of the last 30 days, most of it in closed
   * months); the others carry what just happened (the last 10 minutes), as a live integration does.
   */
  backfill: number;
  /** "mix" the weighted mix; "floor" the cheapest authenticated request only (GET /auth/me). */
  mode: "mix" | "floor";
}

export const KINDS = ["board", "contact", "batch", "form", "report"] as const;
export type Kind = (typeof KINDS)[number] | "floor";
const WEIGHTS: [Kind, number][] = [
  ["board", 35],
  ["contact", 20],
  ["batch", 25],
  ["form", 10],
  ["report", 10],
];
export const BATCH_SIZE = 100;

export interface KindStats {
  n: number;
  errors: number;
  e5xx: number;
  touchpoints: number;
  p50: number;
  p99: number;
  max: number;
}
export interface IntervalLine {
  t: number;
  seconds: number;
  kinds: Partial<Record<Kind, KindStats>>;
  firstErrors: string[];
}

const config = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as LoadConfig;
const url = new URL(config.base);
const agent = new http.Agent({ keepAlive: true, maxSockets: config.concurrency });
const TAG = `${process.pid}-${Date.now().toString(36)}`;
let seq = 0;

function send(method: string, path: string, headers: Record<string, string>, body?: unknown) {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise<{ status: number; text: string; headers: http.IncomingHttpHeaders }>(
    (resolve, reject) => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          method,
          path,
          agent,
          headers: payload ? { ...headers, "Content-Type": "application/json" } : headers,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () =>
            resolve({
              status: res.statusCode ?? 0,
              text: Buffer.concat(chunks).toString("utf8"),
              headers: res.headers,
            }),
          );
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(payload);
    },
  );
}

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
const bearer = { Authorization: `Bearer ${config.apiKey}` };
let session: Record<string, string> = {};

async function login() {
  const r = await send("POST", "/api/v1/auth/login", {}, config.login);
  const cookie = /baton_session=[^;]+/.exec(String(r.headers["set-cookie"] ?? ""))?.[0];
  if (r.status !== 200 || !cookie) throw new Error(`login failed: ${r.status} ${r.text.slice(0, 200)}`);
  session = { Cookie: cookie };
}

const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();

/** One request of a kind: what it sends, and how many touchpoints it carries. */
function request(kind: Kind) {
  switch (kind) {
    case "floor":
      return { go: () => send("GET", "/api/v1/auth/me", bearer), touchpoints: 0 };
    case "board": {
      // The lead board: its column counts and its hot and warm columns, as the web app asks.
      const path = pick([
        "/api/v1/contacts/temperature-counts?closed=exclude",
        "/api/v1/contacts?temperature=hot&closed=exclude&limit=50",
        "/api/v1/contacts?temperature=warm&closed=exclude&limit=50",
      ]);
      return { go: () => send("GET", path, session), touchpoints: 0 };
    }
    case "contact": {
      const id = pick(config.contactIds);
      const path = pick([
        `/api/v1/contacts/${id}`,
        `/api/v1/contacts/${id}/timeline`,
        `/api/v1/contacts/${id}/score`,
      ]);
      return { go: () => send("GET", path, bearer), touchpoints: 0 };
    }
    case "batch": {
      const days = Math.random() < config.backfill ? 30 : 10 / 1440;
      const items = Array.from({ length: BATCH_SIZE }, () => {
        const n = 1 + Math.floor(Math.random() * config.contacts);
        const program = Math.random() < 0.7 ? pick(config.programIds) : undefined;
        return {
          email: `c${n}@reports.example`,
          kind: pick(["page_view", "email_open", "email_click", "ad_click"]),
          programId: program,
          occurredAt: daysAgo(Math.random() * days),
          externalId: `soak-${TAG}-${seq++}`,
        };
      });
      return {
        go: () => send("POST", "/api/v1/touchpoints/batch", bearer, { items }),
        touchpoints: BATCH_SIZE,
      };
    }
    case "form": {
      // A form post from a visitor never seen before: a new contact and its first response.
      const body = {
        email: `form-${TAG}-${seq++}@soak.example`,
        kind: "form_submit",
        programId: pick(config.programIds),
        occurredAt: new Date().toISOString(),
      };
      return { go: () => send("POST", "/api/v1/touchpoints", bearer, body), touchpoints: 1 };
    }
    case "report": {
      const path = pick([
        "/api/v1/reports/program-scorecard",
        "/api/v1/reports/program-scorecard?groupBy=channel",
        "/api/v1/reports/funnel",
      ]);
      return { go: () => send("GET", path, bearer), touchpoints: 0 };
    }
  }
}

function drawKind(): Kind {
  if (config.mode === "floor") return "floor";
  let r = Math.random() * 100;
  for (const [kind, w] of WEIGHTS) {
    r -= w;
    if (r < 0) return kind;
  }
  return "report";
}

interface Bucket {
  times: number[];
  errors: number;
  e5xx: number;
  touchpoints: number;
}
const newBuckets = () => new Map<Kind, Bucket>();
let interval = newBuckets();
const whole = newBuckets();
let firstErrors: string[] = [];

function record(into: Map<Kind, Bucket>, kind: Kind, ms: number, status: number, touchpoints: number) {
  const b = into.get(kind) ?? { times: [], errors: 0, e5xx: 0, touchpoints: 0 };
  into.set(kind, b);
  b.times.push(ms);
  if (status < 200 || status >= 300) b.errors++;
  else b.touchpoints += touchpoints;
  if (status >= 500 || status === 0) b.e5xx++;
}

function summarize(buckets: Map<Kind, Bucket>) {
  const out: Partial<Record<Kind, KindStats>> = {};
  for (const [kind, b] of buckets) {
    const s = b.times.sort((x, y) => x - y);
    const at = (p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
    out[kind] = {
      n: s.length,
      errors: b.errors,
      e5xx: b.e5xx,
      touchpoints: b.touchpoints,
      p50: at(50),
      p99: at(99),
      max: s.at(-1) ?? 0,
    };
  }
  return out;
}

await login();
const started = performance.now();
const end = started + config.seconds * 1000;
let intervalStart = started;
const timer = setInterval(() => {
  const now = performance.now();
  const line: IntervalLine = {
    t: (now - started) / 1000,
    seconds: (now - intervalStart) / 1000,
    kinds: summarize(interval),
    firstErrors,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
  interval = newBuckets();
  firstErrors = [];
  intervalStart = now;
}, config.intervalSeconds * 1000);

await Promise.all(
  Array.from({ length: config.concurrency }, async () => {
    while (performance.now() < end) {
      const kind = drawKind();
      const { go, touchpoints } = request(kind);
      const t0 = performance.now();
      let status = 0;
      let detail = "";
      try {
        const r = await go();
        status = r.status;
        // A batch answers 200 with per-item errors: a failed item is an error too.
        if (status === 200 && kind === "batch" && (JSON.parse(r.text) as { errors: number }).errors > 0)
          status = 207;
        if (status >= 300) detail = r.text.slice(0, 300) || "(empty body)";
      } catch (err) {
        detail = String(err);
      }
      const ms = performance.now() - t0;
      record(interval, kind, ms, status, touchpoints);
      record(whole, kind, ms, status, touchpoints);
      if (detail && firstErrors.length < 3) firstErrors.push(`${kind} ${status}: ${detail}`);
    }
  }),
);
clearInterval(timer);
const total = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ final: true, seconds: total, kinds: summarize(whole) })}\n`);
agent.destroy();
