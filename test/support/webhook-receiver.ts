// A webhook receiver on loopback for the webhook suites: it records every request (headers and
// the raw body, which is what signatures are over) and answers as the test says — a status (after
// a few milliseconds' work, if asked), a redirect, never (a hung receiver), or an endless body. The SSRF guard lets it through only
// because the suites put its address in `Deps.webhooks.allowAddresses`, which nothing else sets.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

export type Answer =
  | { status: number; delayMs?: number }
  | { redirect: string; status?: number }
  | { hang: true }
  | { endlessBody: true };

export interface Receiver {
  url: string;
  port: number;
  /** "127.0.0.1:port", for `allowAddresses`. */
  address: string;
  received: Received[];
  /** Answers to give, in order; the last one repeats. */
  answers: Answer[];
  close(): Promise<void>;
}

export async function startReceiver(answers: Answer[] = [{ status: 200 }]): Promise<Receiver> {
  const received: Received[] = [];
  const sockets = new Set<import("node:net").Socket>();
  const state = { answers };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8"), at: Date.now() });
      const answer = state.answers.length > 1 ? state.answers.shift()! : state.answers[0]!;
      if ("hang" in answer) return;
      if ("redirect" in answer) {
        res.writeHead(answer.status ?? 307, { Location: answer.redirect }).end();
        return;
      }
      if ("endlessBody" in answer) {
        res.writeHead(200, { "Content-Type": "text/plain" });
        const chunk = Buffer.alloc(16 * 1024, 120);
        const pump = () => {
          while (!res.destroyed && res.write(chunk)) {}
          if (!res.destroyed) res.once("drain", pump);
        };
        pump();
        return;
      }
      const reply = () => res.writeHead(answer.status, { "Content-Type": "text/plain" }).end("ok");
      if (answer.delayMs) setTimeout(reply, answer.delayMs);
      else reply();
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    port,
    address: `127.0.0.1:${port}`,
    received,
    get answers() {
      return state.answers;
    },
    set answers(next: Answer[]) {
      state.answers = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
