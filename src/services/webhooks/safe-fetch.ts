// POSTing a webhook to an address an admin typed, without letting it reach Baton's own network.
// The address is checked when the socket connects, not before: the connection's own DNS lookup
// is ours (`lookup`), refuses the host if any address it resolves to is not public, and hands the
// socket exactly the addresses it checked, so a name that resolves differently a moment later
// (DNS rebinding) changes nothing. A host written as an address skips DNS and is checked first.
// Redirects are followed by hand (at most 3), each hop checked the same way. A connection gets
// 5 s, the whole delivery 10 s, and at most 64 KB of the answer is read, then dropped: a slow or
// endless receiver costs one worker slot for 10 s at most.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { addressProblem, literalAddress } from "./address-guard.ts";

export interface TransportLimits {
  connectMs: number;
  totalMs: number;
  maxBodyBytes: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: TransportLimits = {
  connectMs: 5000,
  totalMs: 10_000,
  maxBodyBytes: 64 * 1024,
  maxRedirects: 3,
};

/** How deliveries reach the network; part of `Deps` (services/context.ts). */
export interface WebhookTransport {
  /**
   * FOR TESTS ONLY: "address:port" pairs the guard lets through (a receiver on 127.0.0.1). Set
   * by the test suites' `Deps` and nowhere else — never from configuration, an environment
   * variable or any setting a user can change, or the guard is open to whoever can set it.
   */
  allowAddresses?: readonly string[];
  /** Shorter limits for tests; production uses DEFAULT_LIMITS. */
  limits?: Partial<TransportLimits>;
}

/** The guard refused the address: trying again will not help. */
export class DeliveryRefused extends Error {}
/** The attempt failed on the way (timeout, connection, TLS): worth trying again later. */
export class DeliveryFailed extends Error {}

export interface PostResult {
  status: number;
  /** The URL that answered (after redirects). */
  url: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

export async function safePost(
  target: string,
  body: string,
  headers: Record<string, string>,
  transport: WebhookTransport = {},
): Promise<PostResult> {
  const limits = { ...DEFAULT_LIMITS, ...transport.limits };
  const allowed = new Set(transport.allowAddresses ?? []);
  const deadline = Date.now() + limits.totalMs;
  let url = new URL(target);
  for (let hops = 0; ; hops++) {
    const answer = await postOnce(url, body, headers, { limits, allowed, deadline });
    if (answer.location === null) return { status: answer.status, url: url.href };
    if (hops >= limits.maxRedirects) {
      throw new DeliveryFailed(`more than ${limits.maxRedirects} redirects (last to ${answer.location})`);
    }
    if (!URL.canParse(answer.location, url)) {
      throw new DeliveryFailed(`HTTP ${answer.status} redirect to an invalid address`);
    }
    url = new URL(answer.location, url);
  }
}

interface HopContext {
  limits: TransportLimits;
  allowed: ReadonlySet<string>;
  deadline: number;
}

function postOnce(
  url: URL,
  body: string,
  headers: Record<string, string>,
  ctx: HopContext,
): Promise<{ status: number; location: string | null }> {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return Promise.reject(new DeliveryRefused(`refused: ${url.protocol}// is not http or https`));
  }
  if (url.username || url.password) {
    return Promise.reject(new DeliveryRefused("refused: the URL contains a user name or password"));
  }
  const port = Number(url.port) || (url.protocol === "https:" ? 443 : 80);
  const problem = (address: string) =>
    ctx.allowed.has(`${address}:${port}`) ? null : addressProblem(address);
  const literal = literalAddress(url.hostname);
  if (literal) {
    const p = problem(literal);
    if (p) return Promise.reject(new DeliveryRefused(`refused: ${p}`));
  }
  let refusal: string | null = null;
  const lookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, verbatim: true, family: options.family }, (err, addresses) => {
      if (err) return callback(err, "", 0);
      const list = addresses as LookupAddress[];
      for (const a of list) {
        const p = problem(a.address);
        if (p) {
          refusal = `refused: ${hostname} resolves to ${p}`;
          return callback(new DeliveryRefused(refusal), "", 0);
        }
      }
      if (options.all) return (callback as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };

  return new Promise((resolve, reject) => {
    const remaining = ctx.deadline - Date.now();
    if (remaining <= 0) return reject(new DeliveryFailed(`timed out after ${seconds(ctx.limits.totalMs)}`));
    let settled = false;
    let status: number | null = null;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(overall);
      clearTimeout(connecting);
      outcome();
    };
    const client = url.protocol === "https:" ? https : http;
    const req = client.request(url, {
      method: "POST",
      // A fresh connection every time: a pooled socket would skip the lookup, and with it the check.
      agent: false,
      lookup,
      headers: { ...headers, "Content-Length": String(Buffer.byteLength(body)) },
    });
    const overall = setTimeout(() => {
      // The receiver answered already: its status stands, the rest of its body is not waited for.
      if (status !== null) finish(() => resolve({ status: status!, location: null }));
      else finish(() => reject(new DeliveryFailed(`timed out after ${seconds(ctx.limits.totalMs)}`)));
      req.destroy();
    }, remaining);
    const connecting = setTimeout(
      () => {
        finish(() => reject(new DeliveryFailed(`could not connect within ${seconds(ctx.limits.connectMs)}`)));
        req.destroy();
      },
      Math.min(ctx.limits.connectMs, remaining),
    );
    req.on("socket", (socket) => {
      socket.once("connect", () => clearTimeout(connecting));
      socket.once("secureConnect", () => clearTimeout(connecting));
    });
    req.on("error", (err: NodeJS.ErrnoException) => {
      if (refusal || err instanceof DeliveryRefused) {
        return finish(() => reject(new DeliveryRefused(refusal ?? err.message)));
      }
      finish(() => reject(new DeliveryFailed(networkReason(err, url, port))));
    });
    req.on("response", (res) => {
      status = res.statusCode ?? 0;
      const location = REDIRECTS.has(status) ? (res.headers.location ?? null) : null;
      if (location !== null) {
        res.destroy();
        return finish(() => resolve({ status: status!, location }));
      }
      let read = 0;
      res.on("data", (chunk: Buffer) => {
        read += chunk.length;
        if (read >= ctx.limits.maxBodyBytes) {
          finish(() => resolve({ status: status!, location: null }));
          res.destroy();
        }
      });
      res.on("end", () => finish(() => resolve({ status: status!, location: null })));
      res.on("error", () => finish(() => resolve({ status: status!, location: null })));
    });
    req.end(body);
  });
}

function networkReason(err: NodeJS.ErrnoException, url: URL, port: number): string {
  const where = `${url.hostname}:${port}`;
  switch (err.code) {
    case "ECONNREFUSED":
      return `connection refused by ${where}`;
    case "ENOTFOUND":
      return `the host ${url.hostname} was not found`;
    case "EAI_AGAIN":
      return `the DNS lookup of ${url.hostname} failed for now`;
    case "ECONNRESET":
    case "EPIPE":
      return `the connection to ${where} was closed before an answer`;
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return `${where} cannot be reached`;
    default:
      if (err.code?.startsWith("ERR_TLS") || err.code?.includes("CERT")) return `TLS: ${err.message}`;
      return err.message || "the request failed";
  }
}
